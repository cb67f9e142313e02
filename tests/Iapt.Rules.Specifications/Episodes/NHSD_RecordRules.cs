using Iapt.Rules.Episodes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;
using NodaTime;

namespace Iapt.Rules.Specifications.Episodes;

/// <summary>
/// The record rules: which referral and session records can be used at all. NHSD (the IAPT data set: PathwayID
/// identifies every referral, one referral row per PathwayID, care contacts belong to a referral by PathwayID) and
/// M4 §6.3 (the waiting-time clock starts when the referral is received, so nothing of the referral precedes that
/// date). Source: seeds/001_a2cac0063d4a7b45.txt §6.3; reference fact sheet §4. One test per rule, each at its
/// boundary; the faults are typed here from the rules, not read back from the library.
/// </summary>
public class NHSD_RecordRules
{
    private static readonly LocalDate Received = new(2024, 3, 1);

    private static readonly ServiceReportBuilder Builder = new(RuleSet.ManualV4);

    private static ReferralRecord Referral(string id = "r1", LocalDate? discharge = null) =>
        new(id, Received, ProblemDescriptor.Depression, discharge);

    private static SessionRecord Treatment(LocalDate date) => new(date, SessionType.Treatment, true);

    private static ServiceReportBatchResult Batch(ReferralRecord[] referrals, params ReferralSession[] sessions) =>
        ServiceReportBatch.Run(RuleSet.ManualV4, referrals, sessions, new ServiceReportBatchOptions { MaxDegreeOfParallelism = 1 });

    /// <summary>The five rules, by key, and each has a source (M4 or NHSD).</summary>
    [Fact]
    public void The_record_rules_are_these_five_each_with_a_source()
    {
        Assert.Equal<string>(
            ["empty_referral_id", "duplicate_referral", "discharge_before_referral", "unknown_referral", "session_before_referral"],
            RecordRules.All.Select(r => r.Key));
        Assert.All(RecordRules.All, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Source.Document));
            Assert.False(string.IsNullOrWhiteSpace(r.Source.Location));
        });
    }

    /// <summary>NHSD: "PathwayID identifies every referral and joins its records": an empty or white-space id is rejected on referral_id.</summary>
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t ")]
    public void A_referral_without_an_id_is_rejected_on_referral_id(string id)
    {
        Assert.Equal(new RecordFault("referral_id", "empty referral id"), RecordRules.CheckReferral(Referral(id)));
        Assert.Equal(new RecordFault("referral_id", "empty referral id"), Builder.Assess(Referral(id), [], null).AsT1);
    }

    /// <summary>NHSD: an id of one visible character is an id.</summary>
    [Fact]
    public void A_referral_with_a_one_character_id_is_used()
    {
        Assert.Null(RecordRules.CheckReferral(Referral("x")));
    }

    /// <summary>M4 §6.3: a discharge cannot come before the referral was received: the day before is rejected on discharge_date.</summary>
    [Fact]
    public void A_discharge_the_day_before_the_referral_is_rejected_on_discharge_date()
    {
        var referral = Referral(discharge: Received.PlusDays(-1));
        Assert.Equal(new RecordFault("discharge_date", "before the referral date"), RecordRules.CheckReferral(referral));
        Assert.Equal(new RecordFault("discharge_date", "before the referral date"), Builder.Assess(referral, [], null).AsT1);
    }

    /// <summary>M4 §6.3 (boundary): a discharge on the day the referral was received is used, as is an open referral.</summary>
    [Fact]
    public void A_discharge_on_the_referral_date_is_used()
    {
        Assert.Null(RecordRules.CheckReferral(Referral(discharge: Received)));
        Assert.Null(RecordRules.CheckReferral(Referral(discharge: null)));
        var assessment = Builder.Assess(Referral(discharge: Received), [Treatment(Received)], null).AsT0;
        Assert.Equal(Received, assessment.Episode.DischargeDate);
        Assert.Equal(1, assessment.Episode.TreatmentSessions);
    }

    /// <summary>M4 §6.3: a session the day before its referral was received is rejected on date, and counts for nothing.</summary>
    [Fact]
    public void A_session_the_day_before_the_referral_is_rejected_on_date()
    {
        Assert.Equal(new RecordFault("date", "before the referral date"), RecordRules.CheckSession(Received, Received.PlusDays(-1)));
        var rejected = new List<RecordRejection>();
        var assessment = Builder.Assess(Referral(), [Treatment(Received.PlusDays(7)), Treatment(Received.PlusDays(-1))], rejected).AsT0;
        Assert.Equal<RecordRejection>([new RecordRejection(RecordKind.Session, 1, new RecordFault("date", "before the referral date"))], rejected);
        Assert.Equal(1, assessment.Episode.TreatmentSessions);
        Assert.Equal(Received.PlusDays(7), assessment.Episode.FirstTreatmentDate);
    }

    /// <summary>M4 §6.3 (boundary): a session on the day the referral was received is used.</summary>
    [Fact]
    public void A_session_on_the_referral_date_is_used()
    {
        Assert.Null(RecordRules.CheckSession(Received, Received));
        var rejected = new List<RecordRejection>();
        var assessment = Builder.Assess(Referral(), [Treatment(Received)], rejected).AsT0;
        Assert.Empty(rejected);
        Assert.Equal(Received, assessment.Episode.FirstTreatmentDate);
    }

    /// <summary>NHSD: "care contacts belong to a referral by PathwayID": a session whose id matches no referral is rejected on referral_id.</summary>
    [Fact]
    public void A_session_of_no_referral_is_rejected_on_referral_id()
    {
        var result = Batch([Referral("r1")], new ReferralSession("r2", Treatment(Received)), new ReferralSession("r1", Treatment(Received)));
        Assert.Equal<RecordRejection>(
            [new RecordRejection(RecordKind.Session, 0, new RecordFault("referral_id", "no such referral (unknown, or its referral row was rejected)"))],
            result.Rejections);
        Assert.Equal(1, result.Report.Headline.EnteredTreatment);
    }

    /// <summary>NHSD: a session whose referral was rejected has no referral that was used: it is rejected on referral_id too.</summary>
    [Fact]
    public void A_session_of_a_rejected_referral_is_rejected_on_referral_id()
    {
        var result = Batch([Referral("r1", discharge: Received.PlusDays(-1))], new ReferralSession("r1", Treatment(Received)));
        Assert.Equal<RecordRejection>(
            [
                new RecordRejection(RecordKind.Referral, 0, new RecordFault("discharge_date", "before the referral date")),
                new RecordRejection(RecordKind.Session, 0, new RecordFault("referral_id", "no such referral (unknown, or its referral row was rejected)")),
            ],
            result.Rejections);
        Assert.Equal(0, result.Report.Headline.Referrals);
    }

    /// <summary>
    /// NHSD: "one referral row per PathwayID": of two referrals with one id the first is used and the later is
    /// rejected on referral_id, naming where the first is. The session below falls before the later record's date,
    /// so it is used only because the first record is the one kept.
    /// </summary>
    [Fact]
    public void Of_two_referrals_with_one_id_the_first_is_used_and_the_later_rejected()
    {
        var later = new ReferralRecord("r1", Received.PlusDays(30), ProblemDescriptor.Depression, null);
        var result = Batch([Referral("r1"), later], new ReferralSession("r1", Treatment(Received.PlusDays(7))));
        Assert.Equal<RecordRejection>(
            [new RecordRejection(RecordKind.Referral, 1, new RecordFault("referral_id", "duplicate referral id (first at position 0)"))],
            result.Rejections);
        Assert.Equal(1, result.Report.Headline.Referrals);
        Assert.Equal(1, result.Report.Headline.EnteredTreatment);
        Assert.Equal(new RecordFault("referral_id", "duplicate referral id (first at line 12)"), RecordRules.DuplicateReferral("line 12"));
    }
}
