using Iapt.Rules.Dataset;
using Iapt.Rules.Episodes;
using static Iapt.Rules.Specifications.Dataset.Tables;

namespace Iapt.Rules.Specifications.Dataset;

/// <summary>
/// Bad rows of the data set's tables are rejected with table, line, field and reason, as in the two-file report
/// (reference fact sheet §9; the record rules of <see cref="DatasetRecordRules"/>).
/// </summary>
public class NHSD_9_Rejections
{
    /// <summary>An unreadable referral date.</summary>
    [Fact]
    public void An_unreadable_date_is_rejected()
    {
        var translation = Translate(referrals: [Referral(line: 7, received: "01/01/2024")]);
        Assert.Equal(new DatasetRejection(DatasetTable.Referral, 7, "ReferralRequestReceivedDate", RecordFields.DateExpected), translation.Rejections.Single());
    }

    /// <summary>A missing key.</summary>
    [Fact]
    public void A_missing_key_is_rejected()
    {
        var translation = Translate(contacts: [Contact("", "2024-02-01", line: 4)]);
        Assert.Equal(new DatasetRejection(DatasetTable.CareContact, 4, "CareContactId", DatasetRecordRules.EmptyKey), translation.Rejections.Single());
    }

    /// <summary>A contact for an unknown PathwayID.</summary>
    [Fact]
    public void A_contact_of_an_unknown_referral_is_rejected()
    {
        var translation = Translate(contacts: [Contact("C1", "2024-02-01", line: 3, id: "P9")]);
        Assert.Equal(new DatasetRejection(DatasetTable.CareContact, 3, "PathwayID", DatasetRecordRules.UnknownReferral), translation.Rejections.Single());
    }

    /// <summary>A score for an unknown PathwayID.</summary>
    [Fact]
    public void A_score_of_an_unknown_referral_is_rejected()
    {
        var translation = Translate(referralScores: [new ReferralScoreRow(5, "P9", Phq9, "10", "2024-02-01")]);
        Assert.Equal(new DatasetRejection(DatasetTable.ReferralScores, 5, "PathwayID", DatasetRecordRules.UnknownReferral), translation.Rejections.Single());
    }

    /// <summary>A care activity for an unknown contact.</summary>
    [Fact]
    public void A_care_activity_of_an_unknown_contact_is_rejected()
    {
        var translation = Translate(contacts: [Contact("C1", "2024-02-01")], activities: [new CareActivityRow(6, Id, "C2", "304891004")]);
        Assert.Equal(new DatasetRejection(DatasetTable.CareActivity, 6, "CareContactId", DatasetRecordRules.UnknownContact), translation.Rejections.Single());
    }

    /// <summary>A contact before its referral (M4 §6.3: the clock starts at referral).</summary>
    [Fact]
    public void A_contact_before_the_referral_is_rejected()
    {
        var translation = Translate(contacts: [Contact("C1", "2023-12-31", line: 8)]);
        Assert.Equal(new DatasetRejection(DatasetTable.CareContact, 8, "CareContDate", RecordRules.SessionBeforeReferral.Reason), translation.Rejections.Single());
    }

    /// <summary>A discharge before the referral.</summary>
    [Fact]
    public void A_discharge_before_the_referral_is_rejected()
    {
        var translation = Translate(referrals: [Referral(line: 2, discharge: "2023-12-31")]);
        Assert.Equal(new DatasetRejection(DatasetTable.Referral, 2, "ServDischDate", RecordRules.DischargeBeforeReferral.Reason), translation.Rejections.Single());
    }
}
