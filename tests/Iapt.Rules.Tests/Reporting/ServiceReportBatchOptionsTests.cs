using Iapt.Rules.Reporting;

namespace Iapt.Rules.Tests.Reporting;

/// <summary><see cref="ServiceReportBatchOptions"/>'s defaults: every referral, no breakdown besides the descriptor, one thread per processor.</summary>
public class ServiceReportBatchOptionsTests
{
    [Fact]
    public void By_default_the_batch_reports_every_referral_with_no_chosen_breakdown_on_every_processor()
    {
        var options = new ServiceReportBatchOptions();
        Assert.Null(options.Period);
        Assert.NotNull(options.Breakdowns);
        Assert.Empty(options.Breakdowns);
        Assert.Null(options.MaxDegreeOfParallelism);
    }
}
