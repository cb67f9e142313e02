using Iapt.Rules.Reporting;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>
/// <see cref="HeadlineField.All"/>: the JSON object <c>headline</c> is a contract other tools rely on, so each field's
/// position, key, label and the count it reads are checked one case per field.
/// </summary>
public class HeadlineFieldTests
{
    /// <summary>Every count distinct, so that a field reading the wrong count cannot pass.</summary>
    private static readonly HeadlineCounts Distinct = new()
    {
        RowsRead = 101,
        RowsRejected = 102,
        Referrals = 103,
        EnteredTreatment = 104,
        Finished = 105,
        NotAtCaseness = 106,
        Recovered = 107,
        ReliableImprovement = 108,
        ReliableDeterioration = 109,
        NoReliableChange = 110,
        ReliableRecovery = 111,
        Within6Weeks = 112,
        Within18Weeks = 113,
    };

    [Theory]
    [InlineData(0, "rows_read", "Rows read", 101)]
    [InlineData(1, "rows_rejected", "Rows rejected", 102)]
    [InlineData(2, "referrals", "Referrals", 103)]
    [InlineData(3, "entered_treatment", "Entered treatment", 104)]
    [InlineData(4, "finished", "Finished a course of treatment", 105)]
    [InlineData(5, "not_at_caseness", "Finished, not at caseness at the start", 106)]
    [InlineData(6, "recovered", "Recovered", 107)]
    [InlineData(7, "reliable_improvement", "Reliable improvement", 108)]
    [InlineData(8, "reliable_deterioration", "Reliable deterioration", 109)]
    [InlineData(9, "no_reliable_change", "No reliable change", 110)]
    [InlineData(10, "reliable_recovery", "Reliable recovery", 111)]
    [InlineData(11, "within_6_weeks", "First treatment within 6 weeks", 112)]
    [InlineData(12, "within_18_weeks", "First treatment within 18 weeks", 113)]
    public void Each_headline_field_has_its_place_key_label_and_count(int position, string key, string label, long count)
    {
        var field = HeadlineField.All[position];
        Assert.Equal(key, field.Key);
        Assert.Equal(label, field.Label);
        Assert.Equal(count, field.Read(Distinct));
    }

    [Fact]
    public void There_are_thirteen_headline_fields_each_key_once()
    {
        Assert.Equal(13, HeadlineField.All.Count);
        Assert.Equal(13, HeadlineField.All.Select(f => f.Key).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_count_withheld_by_disclosure_control_reads_as_null()
    {
        var withheld = new HeadlineCounts();
        Assert.All(HeadlineField.All, f => Assert.Null(f.Read(withheld)));
    }

    [Fact]
    public void The_list_cannot_be_changed_by_a_caller()
    {
        var list = Assert.IsAssignableFrom<IList<HeadlineField>>(HeadlineField.All);
        Assert.True(list.IsReadOnly);
    }
}
