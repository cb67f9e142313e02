using Iapt.Rules.Reporting;
using static Iapt.Rules.Tests.Reporting.ServiceModel;

namespace Iapt.Rules.Tests.Reporting;

/// <summary><see cref="ReportPeriod"/>: both ends are in the period (CHANGELOG "Report periods").</summary>
public class ReportPeriodTests
{
    private static readonly ReportPeriod FirstHalf2024 = new(D("2024-01-01"), D("2024-06-30"));

    [Theory]
    [InlineData("2023-12-31", false)]
    [InlineData("2024-01-01", true)]
    [InlineData("2024-03-15", true)]
    [InlineData("2024-06-30", true)]
    [InlineData("2024-07-01", false)]
    public void A_date_is_in_the_period_from_its_first_to_its_last_day_both_included(string date, bool inPeriod)
    {
        Assert.Equal(inPeriod, FirstHalf2024.Contains(D(date)));
    }

    [Fact]
    public void A_period_reads_as_its_two_iso_dates()
    {
        Assert.Equal("2024-01-01..2024-06-30", FirstHalf2024.ToString());
    }
}
