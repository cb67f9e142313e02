using Iapt.Rules.Reporting;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>
/// Checks a report's figures one by one and remembers which were checked, so that a test can finally assert that
/// it looked at every figure the report holds.
/// </summary>
internal sealed class ReportAssert(ServiceReport report)
{
    private readonly HashSet<string> _checked = new(StringComparer.Ordinal);

    public ServiceReport Report { get; } = report;

    public static ReportFigure Find(ServiceReport report, string section, string key) =>
        report.Sections.Single(s => s.Key == section).Figures.Single(f => f.Key == key);

    public static ReportGroup Group(ServiceReport report, string breakdown, string value) =>
        report.Breakdowns.Single(b => b.Key == breakdown).Groups.Single(g => g.Value == value);

    /// <summary>A plain count: no denominator, no rate, no standard.</summary>
    public void Count(string section, string key, long count) => Share(section, key, count, null, null);

    /// <summary>
    /// A count out of a denominator: the rate must be count / denominator exactly (null when the denominator is 0)
    /// and the standard met as given (null when the figure has no standard or cannot be judged).
    /// </summary>
    public void Share(string section, string key, long count, long? denominator, bool? met = null)
    {
        var figure = Find(Report, section, key);
        _checked.Add(section + "/" + key);
        AssertShare(figure, count, denominator, met);
    }

    /// <summary>A plain value over a number of people.</summary>
    public void Value(string section, string key, decimal? value, long basis)
    {
        var figure = Find(Report, section, key);
        _checked.Add(section + "/" + key);
        Assert.Equal(value, figure.Value);
        Assert.Equal(basis, figure.Count);
        Assert.Null(figure.Denominator);
        Assert.Null(figure.Rate);
        Assert.Null(figure.Met);
    }

    /// <summary>Every figure of every section has been checked.</summary>
    public void CheckedEveryFigure()
    {
        var all = Report.Sections.SelectMany(s => s.Figures.Select(f => s.Key + "/" + f.Key)).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(all.Except(_checked));
    }

    public static void AssertShare(ReportFigure figure, long count, long? denominator, bool? met)
    {
        Assert.True(count == figure.Count, $"{figure.Key}: count {figure.Count}, expected {count}");
        Assert.True(denominator == figure.Denominator, $"{figure.Key}: denominator {figure.Denominator}, expected {denominator}");
        decimal? rate = denominator is > 0 ? (decimal)count / denominator.Value : null;
        Assert.True(rate == figure.Rate, $"{figure.Key}: rate {figure.Rate}, expected {rate}");
        Assert.True(met == figure.Met, $"{figure.Key}: met {figure.Met}, expected {met}");
        Assert.Equal(DisclosureState.Exact, figure.Disclosure);
    }

    /// <summary>
    /// A breakdown group's seven figures: referrals, entered treatment, finished (plain counts), then recovered (of
    /// finished minus not at caseness), reliable improvement, reliable deterioration and first treatment within 6
    /// weeks (each of finished), each as (count, denominator, met).
    /// </summary>
    public static void GroupFigures(
        ReportGroup group, long referrals, long entered, long finished,
        (long Count, long Denominator, bool? Met) recovered,
        (long Count, long Denominator, bool? Met) improvement,
        (long Count, long Denominator) deterioration,
        (long Count, long Denominator, bool? Met) within6Weeks)
    {
        Assert.Equal(
            [ReportKeys.Referrals, ReportKeys.EnteredTreatment, ReportKeys.Finished, ReportKeys.Recovered, ReportKeys.ReliableImprovement,
             ReportKeys.ReliableDeterioration, ReportKeys.Within6Weeks],
            group.Figures.Select(f => f.Key));
        var f = group.Figures.ToDictionary(x => x.Key, StringComparer.Ordinal);
        AssertShare(f[ReportKeys.Referrals], referrals, null, null);
        AssertShare(f[ReportKeys.EnteredTreatment], entered, null, null);
        AssertShare(f[ReportKeys.Finished], finished, null, null);
        AssertShare(f[ReportKeys.Recovered], recovered.Count, recovered.Denominator, recovered.Met);
        AssertShare(f[ReportKeys.ReliableImprovement], improvement.Count, improvement.Denominator, improvement.Met);
        AssertShare(f[ReportKeys.ReliableDeterioration], deterioration.Count, deterioration.Denominator, null);
        AssertShare(f[ReportKeys.Within6Weeks], within6Weeks.Count, within6Weeks.Denominator, within6Weeks.Met);
    }
}
