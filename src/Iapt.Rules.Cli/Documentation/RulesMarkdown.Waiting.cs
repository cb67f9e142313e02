using System.Globalization;
using System.Text;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Cli.Documentation;

internal static partial class RulesMarkdown
{
    /// <summary>The waiting-time standards, targets, bands, in-service flags and the waiting-list rules of thumb.</summary>
    private static void Waiting(StringBuilder md, RuleSet rules)
    {
        var w = rules.Waiting;
        md.Append("## Waiting times\n\n");
        md.Append("A wait is counted in calendar days from the day the referral was received to the first treatment ");
        md.Append("session (same day = 0); every day counts.\n\n");
        md.Append(SourcedLine(w.SixWeekStandardDays, "Within 6 weeks: a wait of at most (days)"));
        md.Append(SourcedLine(w.EighteenWeekStandardDays, "Within 18 weeks: a wait of at most (days)"));
        md.Append(CultureInfo.InvariantCulture, $"- Target within 6 weeks: {w.SixWeekTarget.Value} ({w.SixWeekTarget.Source})\n");
        md.Append(CultureInfo.InvariantCulture, $"- Target within 18 weeks: {w.EighteenWeekTarget.Value} ({w.EighteenWeekTarget.Source})\n");
        md.Append(SourcedLine(w.FirstToSecondLongGapDays, "In-service wait flagged: first to second treatment session longer than (days)"));
        md.Append(SourcedLine(w.FirstToSecondVeryLongGapDays, "In-service wait flagged as very long: longer than (days)"));
        md.Append(SourcedLine(w.StepUpStandardDays, "Step-up wait, last low-intensity to first high-intensity session, at most (days)"));
        md.Append('\n');

        md.Append("### National measures beyond M4\n\n");
        md.Append("NHS England's first-to-second treatment measure counts the second treatment sessions dated in the period and ");
        md.Append("those more than the very-long gap after the first. Referral to first assessment is counted in the same calendar ");
        md.Append("days and wait bands as the wait to first treatment. The patient tracking list's national views are drawn up on an ");
        md.Append("as-of date; dates after it are not yet known on it.\n\n");
        md.Append(SourcedLine(w.AssessmentStandardDays, "Referral to first assessment within (days, at most)"));
        md.Append(SourcedLine(w.TrackingListLongWaitDays, "Tracking list: waiting for a first treatment longer than (days)"));
        md.Append(SourcedLine(w.NoContactDays, "Tracking list: open and in treatment with no attended contact for longer than (days)"));
        md.Append('\n');

        md.Append("### Wait bands\n\n");
        Header(md, "band", "from (days)", "to (days)", "source");
        foreach (var band in w.Bands)
        {
            Row(md, $"`{band.Key}`", I(band.MinimumDays), band.MaximumDays is int maximum ? I(maximum) : "no limit", band.Source.ToString());
        }

        md.Append('\n');

        md.Append("### Waiting-list rules of thumb\n\n");
        Header(md, "waiting-time target (weeks)", "weeks of new referrals waiting, at most", "source");
        foreach (var rule in w.RulesOfThumb)
        {
            Row(md, I(rule.TargetWaitWeeks), $"{I(rule.MinimumWeeksOfDemand)}-{I(rule.MaximumWeeksOfDemand)}", rule.Source.ToString());
        }

        md.Append('\n');
        SourceNotes(md, w.Bands.Select(b => (Source?)b.Source).Concat(w.RulesOfThumb.Select(r => (Source?)r.Source))
            .Concat([w.SixWeekStandardDays.Source, w.EighteenWeekStandardDays.Source, w.SixWeekTarget.Source, w.EighteenWeekTarget.Source,
                w.FirstToSecondLongGapDays.Source, w.FirstToSecondVeryLongGapDays.Source, w.StepUpStandardDays.Source,
                w.AssessmentStandardDays.Source, w.TrackingListLongWaitDays.Source, w.NoContactDays.Source]));
    }

    /// <summary>The named access standards a referral can be checked against.</summary>
    private static void AccessStandards(StringBuilder md, RuleSet rules)
    {
        var standards = rules.Waiting.AccessStandards;
        md.Append("## Access standards\n\n");
        md.Append("A referral meets a standard when the days from the first milestone to the second are at most the limit ");
        md.Append("(0 = the same day). Working days leave out weekends and the bank holidays of the calendar used.\n\n");
        Header(md, "key", "standard", "from", "to", "at most (days)", "counting", "applies when", "source");
        foreach (var s in standards)
        {
            Row(md, $"`{s.Key}`", s.Name, Words(s.From), Words(s.To), I(s.MaximumDays), Words(s.Counting),
                s.AppliesWhen.Length > 0 ? s.AppliesWhen : "every referral", s.Source.ToString());
        }

        md.Append('\n');
        SourceNotes(md, standards.Select(s => (Source?)s.Source));
    }

    /// <summary>The shipped working-day calendar: its coverage, its source and its holidays by year.</summary>
    private static void Calendar(StringBuilder md, RuleSet rules)
    {
        _ = rules;
        var calendar = EnglandAndWalesBankHolidays.Calendar;
        md.Append("## Working-day calendar\n\n");
        md.Append(CultureInfo.InvariantCulture,
            $"`{calendar.Name}` ({EnglandAndWalesBankHolidays.Source}) covers {calendar.Coverage.Start:yyyy-MM-dd} to {calendar.Coverage.End:yyyy-MM-dd}. ");
        md.Append("Saturdays, Sundays and these holidays are not working days; a working-day count that needs a date ");
        md.Append("outside the coverage is an error, never a guess. Supply your own calendar for other nations or years.\n\n");
        Header(md, "year", "holidays", "dates (month-day)");
        foreach (var year in calendar.Holidays.GroupBy(h => h.Date.Year))
        {
            Row(md, I(year.Key), I(year.Count()), string.Join(", ", year.Select(h => h.Date.ToString("MM-dd", CultureInfo.InvariantCulture))));
        }

        md.Append('\n');
        var unusual = calendar.Holidays.Where(h => !h.Name.Contains("New Year", StringComparison.Ordinal)
            && !h.Name.Contains("Christmas", StringComparison.Ordinal) && !h.Name.Contains("Boxing", StringComparison.Ordinal)
            && !h.Name.Contains("Easter", StringComparison.Ordinal) && !h.Name.Contains("Good Friday", StringComparison.Ordinal)
            && h.Name is not ("Early May bank holiday" or "Spring bank holiday" or "Summer bank holiday")).ToList();
        if (unusual.Count > 0)
        {
            md.Append("Holidays other than the eight standing ones:\n\n");
            foreach (var holiday in unusual)
            {
                md.Append("- ").Append(holiday.ToString()).Append('\n');
            }

            md.Append('\n');
        }

        SourceNotes(md, [EnglandAndWalesBankHolidays.Source]);
    }
}
