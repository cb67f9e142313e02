using System.CommandLine;
using System.Globalization;
using Iapt.Rules.Cli.Csv;
using Iapt.Rules.Csv;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Waiting;
using NodaTime;
using NodaTime.Text;

namespace Iapt.Rules.Cli.Commands;

/// <summary>
/// <c>iapt waits FILE [--as-of DATE]</c>: measures every referral's referral-to-treatment clock. Input columns
/// (case-insensitive, any order, extra columns ignored): <c>referral_id</c>, <c>referral_date</c>,
/// <c>first_treatment_date</c> (empty = still waiting), and the optional <c>second_treatment_date</c> (empty = none),
/// <c>first_assessment_date</c> (empty = not yet assessed), <c>last_contact_date</c> (the last attended contact) and
/// <c>discharge_date</c> (empty = open); dates strictly ISO <c>yyyy-MM-dd</c>. Output on stdout, one row per input row
/// in input order, with the columns of <see cref="OutputColumns"/>: the referral-to-first-assessment columns are filled
/// when the file has <c>first_assessment_date</c>, the <c>as_of_</c> columns (the patient tracking list's national
/// views, reference §9) when <c>--as-of</c> is given.
/// </summary>
internal static class WaitsCommand
{
    /// <summary>The output columns, in order (a contract other tools rely on).</summary>
    public static readonly string[] OutputColumns =
    [
        "referral_id", "status", "days_to_first_treatment", "within_6_weeks", "within_18_weeks", "wait_band",
        "days_first_to_second", "first_to_second_over_28", "first_to_second_over_90", "breach_date_6_weeks",
        "breach_date_18_weeks", "error", "days_to_first_assessment", "assessment_wait_band", "assessment_within_14_days",
        "as_of_state", "as_of_days_waiting", "as_of_waiting_over_90", "as_of_days_since_contact", "as_of_no_contact_over_90",
    ];

    private const string IdColumn = "referral_id";
    private const string ReferralColumn = "referral_date";
    private const string FirstColumn = "first_treatment_date";
    private const string SecondColumn = "second_treatment_date";
    private const string AssessmentColumn = "first_assessment_date";
    private const string LastContactColumn = "last_contact_date";
    private const string DischargeColumn = "discharge_date";
    private const string EmptyIdError = "referral_id: " + Iapt.Rules.Episodes.RecordFields.IdExpected;

    public static Command Create()
    {
        var file = CommandRunner.FileArgument(
            "CSV with columns referral_id, referral_date, first_treatment_date and optionally second_treatment_date, first_assessment_date, last_contact_date, discharge_date");
        var asOf = new Option<string?>("--as-of")
        {
            Description = "Draw up the patient tracking list's national views on this day (yyyy-MM-dd): waiting over 90 days, in treatment with no contact over 90 days",
        };
        var help = CommandRunner.Help(
            "Referral-to-treatment waits: days to first treatment, 6 and 18 weeks, wait band, first-to-second gap, breach dates, referral to first assessment, tracking-list views. One output row per input record.",
            "a CSV with a header; columns referral_id, referral_date, first_treatment_date (empty = waiting), optional second_treatment_date, first_assessment_date, last_contact_date, discharge_date; dates yyyy-MM-dd (years 0001-9999); any order, any case, other columns ignored; cells trimmed. A referral so late that a breach date would pass 9999-12-31 is an invalid row.",
            "iapt waits referrals.csv --as-of 2025-03-31 > waits.csv");
        var command = new Command("waits", help) { file, asOf };
        command.SetAction(parse => StandardStreams.WithOutput(
            parse, (stdout, stderr) => Run(parse.GetValue(file)!, RuleSet.ManualV4, stdout, stderr, parse.GetValue(asOf))));
        return command;
    }

    public static int Run(string path, RuleSet rules, TextWriter stdout, TextWriter stderr) => Run(path, rules, stdout, stderr, null);

    /// <summary>The command body; <paramref name="asOfText"/> is the <c>--as-of</c> value, or <see langword="null"/>.</summary>
    public static int Run(string path, RuleSet rules, TextWriter stdout, TextWriter stderr, string? asOfText)
    {
        LocalDate? asOf = null;
        if (asOfText is not null)
        {
            if (!Iapt.Rules.Episodes.RecordFields.TryParseDate(asOfText.AsSpan().Trim(), out var parsed))
            {
                stderr.WriteLine($"iapt waits: --as-of: {Iapt.Rules.Episodes.RecordFields.DateExpected}");
                return CommandRunner.InputUnusable;
            }

            asOf = parsed;
        }

        return Measure(path, rules, stdout, stderr, asOf);
    }

    private static int Measure(string path, RuleSet rules, TextWriter stdout, TextWriter stderr, LocalDate? asOf) =>
        CommandRunner.Run("waits", stdout, stderr, output =>
        {
            using var reader = CsvRecordReader.Open(path, IdColumn, ReferralColumn, FirstColumn);
            int idIndex = reader.Index(IdColumn);
            int referralIndex = reader.Index(ReferralColumn);
            int firstIndex = reader.Index(FirstColumn);
            bool hasSecond = reader.TryIndex(SecondColumn, out int secondIndex);
            bool hasAssessment = reader.TryIndex(AssessmentColumn, out int assessmentIndex);
            bool hasLastContact = reader.TryIndex(LastContactColumn, out int lastContactIndex);
            bool hasDischarge = reader.TryIndex(DischargeColumn, out int dischargeIndex);
            var waiting = rules.Waiting;
            using var writer = CsvFiles.OpenWriter(output);

            // The header is written first even when the file has no rows, so that an empty extract still gives a
            // well-formed output that other tools can read.
            writer.Header.Add(OutputColumns);
            writer.Header.Write();
            foreach (var row in reader)
            {
                using var outRow = writer.NewRow();
                foreach (var column in OutputColumns)
                {
                    outRow[column].Set(string.Empty);
                }

                var id = row[idIndex];
                outRow["referral_id"].Set(id);
                if (row.FaultMessage is { } fault)
                {
                    Invalid(outRow, fault);
                    continue;
                }

                if (id.IsEmpty)
                {
                    Invalid(outRow, EmptyIdError);
                    continue;
                }

                var second = hasSecond ? row[secondIndex] : default;
                var measured = waiting.MeasureText(row[referralIndex], row[firstIndex], second);
                if (measured.TryPickT1(out var error, out var wait))
                {
                    Invalid(outRow, error.Message);
                    continue;
                }

                AssessmentWait assessment = default;
                if (hasAssessment)
                {
                    var measuredAssessment = waiting.MeasureAssessmentText(row[referralIndex], row[assessmentIndex]);
                    if (measuredAssessment.TryPickT1(out error, out assessment))
                    {
                        Invalid(outRow, error.Message);
                        continue;
                    }
                }

                PathwayPosition position = default;
                if (asOf is LocalDate day)
                {
                    var tracked = waiting.TrackOnText(
                        row[referralIndex], row[firstIndex], hasLastContact ? row[lastContactIndex] : default,
                        hasDischarge ? row[dischargeIndex] : default, day);
                    if (tracked.TryPickT1(out error, out position))
                    {
                        Invalid(outRow, error.Message);
                        continue;
                    }
                }

                WriteTreatment(outRow, wait);
                if (hasAssessment && assessment.Days is int assessmentDays)
                {
                    outRow["days_to_first_assessment"].Set(assessmentDays.ToString(CultureInfo.InvariantCulture));
                    outRow["assessment_wait_band"].Set(assessment.Band!.Key);
                    outRow["assessment_within_14_days"].Set(Bool(assessment.IsWithinStandard!.Value));
                }

                if (asOf.HasValue)
                {
                    WritePosition(outRow, position, hasLastContact);
                }
            }
        });

    private static void WriteTreatment(nietras.SeparatedValues.SepWriter.Row outRow, in ReferralWait wait)
    {
        outRow["breach_date_6_weeks"].Set(Date(wait.SixWeekBreachDate));
        outRow["breach_date_18_weeks"].Set(Date(wait.EighteenWeekBreachDate));
        if (wait.DaysToFirstTreatment is not int days)
        {
            outRow["status"].Set("waiting");
            return;
        }

        outRow["status"].Set("treated");
        outRow["days_to_first_treatment"].Set(days.ToString(CultureInfo.InvariantCulture));
        outRow["within_6_weeks"].Set(Bool(wait.IsWithinSixWeeks!.Value));
        outRow["within_18_weeks"].Set(Bool(wait.IsWithinEighteenWeeks!.Value));
        outRow["wait_band"].Set(wait.Band!.Key);
        if (wait.DaysFirstToSecond is int gap)
        {
            outRow["days_first_to_second"].Set(gap.ToString(CultureInfo.InvariantCulture));
            outRow["first_to_second_over_28"].Set(Bool(wait.IsFirstToSecondOverLongGap!.Value));
            outRow["first_to_second_over_90"].Set(Bool(wait.IsFirstToSecondOverVeryLongGap!.Value));
        }
    }

    /// <summary>
    /// The tracking-list columns. The no-contact columns need <c>last_contact_date</c>: without it the last contact is
    /// not known, so they stay empty rather than read the first treatment as the last contact.
    /// </summary>
    private static void WritePosition(nietras.SeparatedValues.SepWriter.Row outRow, in PathwayPosition position, bool hasLastContact)
    {
        outRow["as_of_state"].Set(position.State switch
        {
            PathwayState.NotYetReferred => "not_yet_referred",
            PathwayState.Closed => "closed",
            PathwayState.WaitingForFirstTreatment => "waiting",
            _ => "in_treatment",
        });
        if (position.DaysWaited is int waited)
        {
            outRow["as_of_days_waiting"].Set(waited.ToString(CultureInfo.InvariantCulture));
            outRow["as_of_waiting_over_90"].Set(Bool(position.IsWaitingOverLimit));
        }

        if (hasLastContact && position.State == PathwayState.InTreatment && position.DaysSinceLastContact is int since)
        {
            outRow["as_of_days_since_contact"].Set(since.ToString(CultureInfo.InvariantCulture));
            outRow["as_of_no_contact_over_90"].Set(Bool(position.IsNoContactOverLimit!.Value));
        }
    }

    private static void Invalid(nietras.SeparatedValues.SepWriter.Row row, string message)
    {
        row["status"].Set("invalid");
        row["error"].Set(message);
    }

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Bool(bool value) => value ? "true" : "false";
}
