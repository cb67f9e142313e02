using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Iapt.Rules.Episodes;
using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Reporting;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using NodaTime;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>One session of a test service, as a service records it; a score is <see langword="null"/> when not given.</summary>
internal sealed record SessionSpec(
    LocalDate Date,
    SessionType Type,
    bool Attended,
    Intensity Intensity = Intensity.Unknown,
    Intervention Intervention = Intervention.Unknown,
    int? Phq9 = null,
    int? Gad7 = null,
    int? Spin = null);

/// <summary>
/// One referral of a test service: its id, referral date, problem descriptor (the ICD-10 text of the CSV and the
/// descriptor it stands for), discharge date, breakdown values and sessions.
/// </summary>
internal sealed record ReferralSpec(
    string Id,
    LocalDate Referred,
    string Code,
    ProblemDescriptor Descriptor,
    LocalDate? Discharged,
    ImmutableArray<string> Groups,
    ImmutableArray<SessionSpec> Sessions);

/// <summary>
/// Feeds test services to <see cref="ServiceReportBuilder"/> as records (its per-referral derivation applies every rule),
/// to <see cref="ServiceReportBatch"/>, and writes them as the two CSV files of <c>iapt report</c>.
/// </summary>
internal static class ServiceModel
{
    public const string SessionsHeader = "referral_id,date,type,attended,intensity,intervention,phq9,gad7,spin";

    public static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    /// <summary>A report over the given referrals, built with the library alone.</summary>
    public static ServiceReport Report(
        IEnumerable<ReferralSpec> referrals, ReportPeriod? period = null, IEnumerable<string>? breakdowns = null,
        long rowsRead = 0, long rowsRejected = 0, RuleSet? rules = null)
    {
        var builder = new ServiceReportBuilder(rules ?? RuleSet.ManualV4, period, breakdowns);
        foreach (var referral in referrals)
        {
            AddTo(builder, referral, withGroups: breakdowns is not null);
        }

        return builder.Build(rowsRead, rowsRejected);
    }

    /// <summary>
    /// Assesses one referral with its sessions through the library's per-referral derivation and counts it, with its
    /// group values when the builder was given breakdowns.
    /// </summary>
    public static ReferralAssessment AddTo(ServiceReportBuilder builder, ReferralSpec referral, bool withGroups = false)
    {
        var record = Record(referral, withGroups);
        var assessment = builder.Assess(record, referral.Sessions.Select(s => Record(builder.Rules, s)), null).AsT0;
        builder.Add(assessment, record);
        return assessment;
    }

    /// <summary>A referral as the library's record (its groups as attributes when <paramref name="withGroups"/>).</summary>
    public static ReferralRecord Record(ReferralSpec referral, bool withGroups = true) =>
        ReferralRecord.Resolved(referral.Id, referral.Referred, RuleSet.ManualV4.Descriptors.Resolve(referral.Code), referral.Discharged)
            with { Attributes = withGroups ? referral.Groups : [] };

    /// <summary>A session as the library's record.</summary>
    public static SessionRecord Record(Iapt.Rules.Outcomes.IOutcomeRuleSet rules, SessionSpec s) =>
        new(s.Date, s.Type, s.Attended) { Intensity = s.Intensity, Intervention = s.Intervention, Scores = Scores(rules, s) };

    /// <summary>Every session of the referrals, with its referral id, referral by referral.</summary>
    public static IEnumerable<ReferralSession> Sessions(IEnumerable<ReferralSpec> referrals, RuleSet? rules = null) =>
        referrals.SelectMany(r => r.Sessions.Select(s => new ReferralSession(r.Id, Record(rules ?? RuleSet.ManualV4, s))));

    private static ImmutableArray<Score> Scores(Iapt.Rules.Outcomes.IOutcomeRuleSet rules, SessionSpec s)
    {
        var scores = ImmutableArray.CreateBuilder<Score>();
        if (s.Phq9 is int phq9)
        {
            scores.Add(rules.Measures[MeasureKeys.Phq9].ScoreTotal(phq9).AsT0);
        }

        if (s.Gad7 is int gad7)
        {
            scores.Add(rules.Measures[MeasureKeys.Gad7].ScoreTotal(gad7).AsT0);
        }

        if (s.Spin is int spin)
        {
            scores.Add(rules.Measures[MeasureKeys.Spin].ScoreTotal(spin).AsT0);
        }

        return scores.ToImmutable();
    }

    /// <summary>The referrals.csv header: the four contract columns, then one column per breakdown.</summary>
    public static string ReferralsHeader(IEnumerable<string> breakdowns) =>
        string.Join(",", ["referral_id", "referral_date", "problem_descriptor", "discharge_date", .. breakdowns]);

    /// <summary>A referral as a referrals.csv data row.</summary>
    public static string ReferralRow(ReferralSpec r) =>
        string.Join(",", [r.Id, Iso(r.Referred), r.Code, r.Discharged is { } d ? Iso(d) : "", .. r.Groups]);

    /// <summary>A session as a sessions.csv data row (columns of <see cref="SessionsHeader"/>).</summary>
    public static string SessionRow(string id, SessionSpec s) =>
        string.Join(",",
            id, Iso(s.Date), TypeText(s.Type), s.Attended ? "true" : "false",
            s.Intensity switch { Intensity.Low => "low", Intensity.High => "high", _ => "" },
            s.Intervention == Intervention.Unknown ? "" : s.Intervention.Key(),
            Number(s.Phq9), Number(s.Gad7), Number(s.Spin));

    /// <summary>The whole referrals.csv text.</summary>
    public static string ReferralsCsv(IReadOnlyList<ReferralSpec> referrals, IEnumerable<string> breakdowns)
    {
        var text = new StringBuilder(ReferralsHeader(breakdowns)).Append('\n');
        foreach (var r in referrals)
        {
            text.Append(ReferralRow(r)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The session rows of every referral, referral by referral.</summary>
    public static IEnumerable<string> SessionRows(IEnumerable<ReferralSpec> referrals) =>
        referrals.SelectMany(r => r.Sessions.Select(s => SessionRow(r.Id, s)));

    public static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string TypeText(SessionType type) => type switch
    {
        SessionType.Assessment => "assessment",
        SessionType.AssessmentAndTreatment => "assessment_and_treatment",
        SessionType.Treatment => "treatment",
        _ => "follow_up",
    };
}
