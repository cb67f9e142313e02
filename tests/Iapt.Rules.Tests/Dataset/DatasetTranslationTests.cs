using Iapt.Rules.Dataset;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Tests.Dataset;

public class DatasetTranslationTests
{
    // reference §9 (rows read = used + superseded + rejected): the rows rejected are the sum over the tables.
    [Fact]
    public void Rows_rejected_sum_the_rejections_of_every_table()
    {
        var translation = NationalDataset.Translate(RuleSet.ManualV4, new DatasetInput
        {
            Referrals = [new(2, "P1", "2024-01-01", null), new(3, "", "2024-01-01", null)],
            CareContacts = [new(2, "P1", "", "2024-02-01", "5", "02"), new(3, "P1", "C2", "2024-02-01", "5", "xx")],
        });
        Assert.Equal(translation.Rejections.Length, (int)translation.RowsRejected);
        Assert.Equal(3, translation.RowsRejected);
        Assert.Equal(4, translation.RowsRead);
    }
}
