using Iapt.Rules.Dataset;
using Iapt.Rules.RuleSets;

namespace Iapt.Rules.Specifications.Dataset;

/// <summary>Small data set extracts for the specification: one referral received on 2024-01-01, its rows given by each test.</summary>
internal static class Tables
{
    public const string Id = "P1";
    public const string Phq9 = "720433000";
    public const string Gad7 = "445455005";

    public static ReferralRow Referral(long line = 2, string id = Id, string received = "2024-01-01", string? discharge = "2024-06-30", string? month = null) =>
        new(line, id, received, discharge) { UniqMonthId = month };

    public static CareContactRow Contact(string contactId, string date, string attend = "5", string appType = "02", long line = 2, string? month = null, string id = Id) =>
        new(line, id, contactId, date, attend, appType) { UniqMonthId = month };

    public static DatasetTranslation Translate(
        IEnumerable<ReferralRow>? referrals = null, IEnumerable<CareContactRow>? contacts = null, IEnumerable<CareActivityRow>? activities = null,
        IEnumerable<PresentingComplaintRow>? complaints = null, IEnumerable<ContactScoreRow>? contactScores = null,
        IEnumerable<ReferralScoreRow>? referralScores = null, RuleSet? rules = null) =>
        NationalDataset.Translate(rules ?? RuleSet.ManualV4, new DatasetInput
        {
            Referrals = referrals ?? [Referral()],
            CareContacts = contacts ?? [],
            CareActivities = activities ?? [],
            PresentingComplaints = complaints ?? [],
            ContactScores = contactScores ?? [],
            ReferralScores = referralScores ?? [],
        });

    /// <summary>The episode of the extract's only referral, from its translated sessions.</summary>
    public static Rules.Episodes.Episode EpisodeOf(this DatasetTranslation translation)
    {
        var referral = translation.Referrals.Single();
        var accumulator = new Rules.Episodes.ReferralAccumulator(new Rules.Outcomes.OutcomeClassifier(RuleSet.ManualV4), referral.Descriptor, referral.DischargeDate);
        foreach (var (_, session) in translation.Sessions)
        {
            accumulator.Add(session);
        }

        return accumulator.ToEpisode();
    }

    public static DatasetTableCount CountOf(this DatasetTranslation translation, DatasetTable table) =>
        translation.Counts.Single(c => c.Table == table);
}
