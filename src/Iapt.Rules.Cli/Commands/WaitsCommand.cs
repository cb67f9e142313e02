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
/// <c>iapt waits FILE</c>: measures every referral's referral-to-treatment clock. Input columns (case-insensitive, any
/// order, extra columns ignored): <c>referral_id</c>, <c>referral_date</c>, <c>first_treatment_date</c> (empty = still
/// waiting) and the optional <c>second_treatment_date</c> (empty = none); dates strictly ISO <c>yyyy-MM-dd</c>.
/// Output on stdout, one row per input row in input order, with the columns of <see cref="OutputColumns"/>.
/// </summary>
internal static class WaitsCommand
{
    /// <summary>The output columns, in order (a contract other tools rely on).</summary>
    public static readonly string[] OutputColumns =
    [
        "referral_id", "status", "days_to_first_treatment", "within_6_weeks", "within_18_weeks", "wait_band",
        "days_first_to_second", "first_to_second_over_28", "first_to_second_over_90", "breach_date_6_weeks",
        "breach_date_18_weeks", "error",
    ];

    private const string IdColumn = "referral_id";
    private const string ReferralColumn = "referral_date";
    private const string FirstColumn = "first_treatment_date";
    private const string SecondColumn = "second_treatment_date";
    private const string EmptyIdError = "referral_id: empty (every row needs an id)";

    public static Command Create() =>
        CommandRunner.FileCommand("waits", "Referral-to-treatment waits: days to first treatment, 6 and 18 weeks, wait band, first-to-second gap, breach dates", "CSV with columns referral_id, referral_date, first_treatment_date and optionally second_treatment_date", Run);

    public static int Run(string path, RuleSet rules, TextWriter stdout, TextWriter stderr) =>
        CommandRunner.Run("waits", stdout, stderr, output =>
        {
            using var reader = CsvFiles.OpenReader(path, IdColumn, ReferralColumn, FirstColumn);
            CsvFiles.TryIndex(reader, IdColumn, out int idIndex);
            CsvFiles.TryIndex(reader, ReferralColumn, out int referralIndex);
            CsvFiles.TryIndex(reader, FirstColumn, out int firstIndex);
            bool hasSecond = CsvFiles.TryIndex(reader, SecondColumn, out int secondIndex);
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

                var id = row[idIndex].Span;
                outRow["referral_id"].Set(id);
                if (id.IsWhiteSpace())
                {
                    Invalid(outRow, EmptyIdError);
                    continue;
                }

                var second = hasSecond ? row[secondIndex].Span : default;
                var measured = waiting.MeasureText(row[referralIndex].Span, row[firstIndex].Span, second);
                if (measured.TryPickT1(out var error, out var wait))
                {
                    Invalid(outRow, error.Message);
                    continue;
                }

                outRow["breach_date_6_weeks"].Set(Date(wait.SixWeekBreachDate));
                outRow["breach_date_18_weeks"].Set(Date(wait.EighteenWeekBreachDate));
                if (wait.DaysToFirstTreatment is not int days)
                {
                    outRow["status"].Set("waiting");
                    continue;
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
        });

    private static void Invalid(nietras.SeparatedValues.SepWriter.Row row, string message)
    {
        row["status"].Set("invalid");
        row["error"].Set(message);
    }

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Bool(bool value) => value ? "true" : "false";
}
