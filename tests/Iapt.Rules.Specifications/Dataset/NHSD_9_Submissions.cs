using Iapt.Rules.Dataset;
using static Iapt.Rules.Specifications.Dataset.Tables;

namespace Iapt.Rules.Specifications.Dataset;

/// <summary>
/// Resubmissions: NHS England keeps only the latest submission of each month (reference fact sheet §9). Of several
/// rows with one key, the one with the largest UniqMonthID is used; in one month the later line; the others are
/// superseded (counted, not rejected), so that rows read = used + superseded + rejected per table.
/// </summary>
public class NHSD_9_Submissions
{
    /// <summary>§9: the larger UniqMonthID wins for IDS101, whichever line comes first.</summary>
    [Theory]
    [InlineData(1450, 1451, "2024-06-30")]
    [InlineData(1451, 1450, "2024-05-31")]
    public void The_latest_month_of_a_referral_is_used(int firstMonth, int secondMonth, string expectedDischarge)
    {
        var translation = Translate(referrals:
        [
            Referral(line: 2, discharge: "2024-05-31", month: firstMonth.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Referral(line: 3, discharge: "2024-06-30", month: secondMonth.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(expectedDischarge).Value, translation.Referrals.Single().DischargeDate);
        Assert.Equal(new DatasetTableCount(DatasetTable.Referral, 2, 1, 1, 0), translation.CountOf(DatasetTable.Referral));
    }

    /// <summary>§9: the same id twice in the same month: the later line wins.</summary>
    [Fact]
    public void In_one_month_the_later_line_wins()
    {
        var translation = Translate(referrals: [Referral(line: 5, discharge: null, month: "1450"), Referral(line: 4, discharge: "2024-05-31", month: "1450")]);
        Assert.Null(translation.Referrals.Single().DischargeDate);
    }

    /// <summary>§9: a care contact resubmitted in a later month replaces the earlier one (PathwayID + CareContactId).</summary>
    [Fact]
    public void The_latest_month_of_a_care_contact_is_used()
    {
        var translation = Translate(contacts:
        [
            Contact("C1", "2024-02-01", attend: "3", line: 2, month: "1450"),
            Contact("C1", "2024-02-01", attend: "5", line: 3, month: "1451"),
        ]);
        Assert.True(translation.Sessions.Single().Session.Attended);
        Assert.Equal(new DatasetTableCount(DatasetTable.CareContact, 2, 1, 1, 0), translation.CountOf(DatasetTable.CareContact));
    }

    /// <summary>§9: superseded rows are counted, not rejected; read = used + superseded + rejected.</summary>
    [Fact]
    public void Rows_read_are_used_superseded_or_rejected()
    {
        var translation = Translate(contacts:
        [
            Contact("C1", "2024-02-01", month: "1450"),
            Contact("C1", "2024-02-01", month: "1451"),
            Contact("C2", "not a date"),
        ]);
        var count = translation.CountOf(DatasetTable.CareContact);
        Assert.Equal(new DatasetTableCount(DatasetTable.CareContact, 3, 1, 1, 1), count);
        Assert.Equal(count.Read, count.Used + count.Superseded + count.Rejected);
    }
}
