using Iapt.Rules.Dataset;

namespace Iapt.Rules.Tests.Dataset;

public class DatasetTablesTests
{
    // reference §9: the tables' names as NHS England's processed copies give them.
    [Theory]
    [InlineData(DatasetTable.Referral, "IDS101Referral")]
    [InlineData(DatasetTable.CareContact, "IDS201CareContact")]
    [InlineData(DatasetTable.CareActivity, "IDS202CareActivity")]
    [InlineData(DatasetTable.PresentingComplaints, "IDS603PresentingComplaints")]
    [InlineData(DatasetTable.ReferralScores, "IDS606CodedScoreAssessmentRefer")]
    [InlineData(DatasetTable.ContactScores, "IDS607CodedScoreAssessmentAct")]
    public void Each_table_has_its_data_set_name(DatasetTable table, string name)
    {
        Assert.Equal(name, DatasetTables.NameOf(table));
    }

    // reference §9: a report cannot be made without IDS101 and IDS201; the others are optional.
    [Theory]
    [InlineData(DatasetTable.Referral, true)]
    [InlineData(DatasetTable.CareContact, true)]
    [InlineData(DatasetTable.CareActivity, false)]
    [InlineData(DatasetTable.PresentingComplaints, false)]
    [InlineData(DatasetTable.ContactScores, false)]
    [InlineData(DatasetTable.ReferralScores, false)]
    public void Only_IDS101_and_IDS201_are_required(DatasetTable table, bool required)
    {
        Assert.Equal(required, DatasetTables.IsRequired(table));
    }
}
