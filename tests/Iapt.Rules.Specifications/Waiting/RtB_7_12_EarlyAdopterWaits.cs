using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using NodaTime;
using NodaTime.Text;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Specifications.Waiting;

/// <summary>
/// Realising the Benefits (2010) 7.10 and 7.12: the early-adopter best-practice waits, in calendar days.
/// Source: seeds/003_9ae1e8ca8363f986.txt paras 7.10-7.12; reference fact sheet §5.
/// </summary>
public class RtB_7_12_EarlyAdopterWaits
{
    private static readonly WaitingTimeRules Rules = RuleSet.ManualV4.Waiting;

    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    /// <summary>
    /// RtB 7.12: "waiting times standards of 14 days from referral to assessment and 28 days from referral to
    /// treatment commencing" (7.10: "a best practice standard of two weeks from referral to assessment").
    /// </summary>
    [Theory]
    [InlineData(AccessStandardKeys.RtbAssessment, AccessMilestone.Assessment, 14)]
    [InlineData(AccessStandardKeys.RtbTreatment, AccessMilestone.FirstTreatment, 28)]
    public void Early_adopter_standard(string key, AccessMilestone to, int days)
    {
        var standard = Rules.FindAccessStandard(key)!;
        Assert.Equal(AccessMilestone.Referral, standard.From);
        Assert.Equal(to, standard.To);
        Assert.Equal(days, standard.MaximumDays);
        Assert.Equal(DayCounting.CalendarDays, standard.Counting);
        Assert.Equal("RtB", standard.Source.Document);

        var referral = D("2024-03-04");
        Assert.True(standard.Check(referral, referral.PlusDays(days), EnglandAndWalesBankHolidays.Calendar).AsT0.IsMet);
        Assert.False(standard.Check(referral, referral.PlusDays(days + 1), EnglandAndWalesBankHolidays.Calendar).AsT0.IsMet);
    }
}
