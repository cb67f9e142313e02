using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Episodes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;
using NodaTime;

namespace Iapt.Rules.Tests.Episodes;

/// <summary>
/// <see cref="RecordRules"/> as a caller meets them: the record and span forms agree, the boundaries are exact, and
/// <see cref="ServiceReportBuilder.Assess(in ReferralRecord, IEnumerable{SessionRecord}, ICollection{RecordRejection})"/>
/// and <see cref="ServiceReportBatch"/> reject exactly the records the rules reject, at their positions.
/// </summary>
public class RecordRulesTests
{
    private static readonly LocalDate Received = new(2024, 5, 10);

    private static readonly RecordFault EmptyId = new("referral_id", "empty referral id");
    private static readonly RecordFault DischargeBefore = new("discharge_date", "before the referral date");
    private static readonly RecordFault SessionBefore = new("date", "before the referral date");
    private static readonly RecordFault NoReferral = new("referral_id", "no such referral (unknown, or its referral row was rejected)");

    [Fact]
    public void A_referral_without_an_id_at_all_is_an_empty_id()
    {
        Assert.Equal(EmptyId, RecordRules.CheckReferral(default(ReferralRecord)));
        Assert.Equal(EmptyId, RecordRules.CheckReferral(ReadOnlySpan<char>.Empty, Received, null));
    }

    [Fact]
    public void An_empty_id_is_reported_before_a_discharge_before_the_referral()
    {
        Assert.Equal(EmptyId, RecordRules.CheckReferral(new ReferralRecord(" ", Received, ProblemDescriptor.None, Received.PlusDays(-5))));
    }

    [Fact]
    public void The_named_faults_are_the_faults_the_checks_give()
    {
        Assert.Equal(EmptyId, RecordRules.EmptyReferralId);
        Assert.Equal(DischargeBefore, RecordRules.DischargeBeforeReferral);
        Assert.Equal(SessionBefore, RecordRules.SessionBeforeReferral);
        Assert.Equal(NoReferral, RecordRules.UnknownReferral);
        Assert.Equal("date: before the referral date", SessionBefore.ToString());
    }

    [Fact]
    public void Every_rule_names_the_field_its_fault_names()
    {
        Assert.Equal(
            [("empty_referral_id", RecordKind.Referral, "referral_id"), ("duplicate_referral", RecordKind.Referral, "referral_id"),
             ("discharge_before_referral", RecordKind.Referral, "discharge_date"), ("unknown_referral", RecordKind.Session, "referral_id"),
             ("session_before_referral", RecordKind.Session, "date")],
            RecordRules.All.Select(r => (r.Key, r.Kind, r.Field)));
        Assert.All(RecordRules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Rule)));
    }

    [Property(MaxTest = 300)]
    public Property A_session_is_rejected_exactly_when_it_is_dated_before_its_referral() =>
        Prop.ForAll(Gen.Choose(-400, 400).ToArbitrary(), offset =>
            (RecordRules.CheckSession(Received, Received.PlusDays(offset)) == SessionBefore) == (offset < 0)
            && (RecordRules.CheckSession(Received, Received.PlusDays(offset)) is null) == (offset >= 0));

    [Property(MaxTest = 300)]
    public Property A_discharge_is_rejected_exactly_when_it_is_before_the_referral_and_both_forms_agree() =>
        Prop.ForAll(Gen.Choose(-400, 400).ToArbitrary(), Gen.Elements("r1", "", " ", "x y").ToArbitrary(), (offset, id) =>
        {
            var referral = new ReferralRecord(id, Received, ProblemDescriptor.Depression, Received.PlusDays(offset));
            var expected = string.IsNullOrWhiteSpace(id) ? EmptyId : offset < 0 ? DischargeBefore : (RecordFault?)null;
            return RecordRules.CheckReferral(referral) == expected
                   && RecordRules.CheckReferral(id.AsSpan(), Received, Received.PlusDays(offset)) == expected;
        });

    [Property(MaxTest = 200)]
    public Property Assess_rejects_exactly_the_sessions_before_the_referral_at_their_positions() =>
        Prop.ForAll(Gen.Choose(-5, 5).ArrayOf().ToArbitrary(), offsets =>
        {
            var builder = new ServiceReportBuilder(RuleSet.ManualV4);
            var rejected = new List<RecordRejection>();
            var sessions = offsets.Select(o => new SessionRecord(Received.PlusDays(o), SessionType.Treatment, true)).ToArray();
            var assessment = builder.Assess(new ReferralRecord("r1", Received, ProblemDescriptor.Depression, null), sessions, rejected).AsT0;
            var expected = offsets.Select((o, i) => (o, i)).Where(x => x.o < 0)
                .Select(x => new RecordRejection(RecordKind.Session, x.i, SessionBefore));
            return rejected.SequenceEqual(expected) && assessment.Episode.TreatmentSessions == offsets.Count(o => o >= 0);
        });

    [Fact]
    public void A_duplicate_names_the_position_of_the_first_used_record_with_its_id()
    {
        var result = ServiceReportBatch.Run(
            RuleSet.ManualV4,
            [
                new ReferralRecord("", Received, ProblemDescriptor.Depression, null),
                new ReferralRecord("r1", Received, ProblemDescriptor.Depression, Received.PlusDays(-1)),
                new ReferralRecord("r1", Received, ProblemDescriptor.Depression, null),
                new ReferralRecord("r1", Received, ProblemDescriptor.Depression, null),
            ],
            [],
            new ServiceReportBatchOptions { MaxDegreeOfParallelism = 1 });
        Assert.Equal<RecordRejection>(
            [
                new RecordRejection(RecordKind.Referral, 0, EmptyId),
                new RecordRejection(RecordKind.Referral, 1, DischargeBefore),
                new RecordRejection(RecordKind.Referral, 3, new RecordFault("referral_id", "duplicate referral id (first at position 2)")),
            ],
            result.Rejections);
        Assert.Equal(1, result.Report.Headline.Referrals);
        Assert.Equal(4, result.Report.Headline.RowsRead);
        Assert.Equal(3, result.Report.Headline.RowsRejected);
    }

    [Fact]
    public void Sessions_are_rejected_at_their_own_positions_with_their_own_fault()
    {
        var result = ServiceReportBatch.Run(
            RuleSet.ManualV4,
            [new ReferralRecord("r1", Received, ProblemDescriptor.Depression, null)],
            [
                new ReferralSession("r1", new SessionRecord(Received, SessionType.Treatment, true)),
                new ReferralSession("r1", new SessionRecord(Received.PlusDays(-1), SessionType.Treatment, true)),
                new ReferralSession("r9", new SessionRecord(Received, SessionType.Treatment, true)),
                new ReferralSession(null!, new SessionRecord(Received, SessionType.Treatment, true)),
            ],
            new ServiceReportBatchOptions { MaxDegreeOfParallelism = 1 });
        Assert.Equal<RecordRejection>(
            [
                new RecordRejection(RecordKind.Session, 1, SessionBefore),
                new RecordRejection(RecordKind.Session, 2, NoReferral),
                new RecordRejection(RecordKind.Session, 3, NoReferral),
            ],
            result.Rejections);
        Assert.Equal(5, result.Report.Headline.RowsRead);
        Assert.Equal(1, result.Report.Headline.EnteredTreatment);
    }
}
