using System.CommandLine;
using Iapt.Rules.Csv;
using Iapt.Rules.Episodes;
using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.RuleSets;
using nietras.SeparatedValues;

namespace Iapt.Rules.Cli.Commands;

/// <summary>
/// <c>iapt outcomes FILE</c>: the clinical outcome of every referral of a CSV. Input columns (case-insensitive, any
/// order, extra columns ignored): <c>referral_id</c>, <c>problem_descriptor</c>, <c>treatment_sessions</c>, optional
/// <c>ended</c>, and optional <c>KEY_first</c> / <c>KEY_last</c> for each of <c>phq9 gad7 spin pcl5 mi oci pdss hai</c>.
/// Output on stdout, one row per input row in input order:
/// <c>referral_id,status,anxiety_measure,caseness_at_start,paired,recovered,reliable_improvement,reliable_deterioration,no_reliable_change,reliable_recovery,error,descriptor_group</c>.
/// A descriptor outside the table, or one that is not a code, never makes a row invalid: it resolves to a national
/// descriptor group (reference §8) and GAD-7 is its anxiety measure; <c>descriptor_group</c> gives every row's group.
/// </summary>
internal static class OutcomesCommand
{
    /// <summary>The output columns, in order (a contract other tools rely on).</summary>
    public static readonly string[] OutputColumns =
    [
        "referral_id", "status", "anxiety_measure", "caseness_at_start", "paired", "recovered", "reliable_improvement",
        "reliable_deterioration", "no_reliable_change", "reliable_recovery", "error", "descriptor_group",
    ];

    /// <summary>The measures whose first and last scores the file may carry, in the order errors are reported.</summary>
    public static readonly string[] ScoredMeasures =
    [
        MeasureKeys.Phq9, MeasureKeys.Gad7, MeasureKeys.Spin, MeasureKeys.Pcl5, MeasureKeys.Mi, MeasureKeys.Oci,
        MeasureKeys.Pdss, MeasureKeys.Hai,
    ];

    private static readonly string[] OutcomeColumns =
        ["recovered", "reliable_improvement", "reliable_deterioration", "no_reliable_change", "reliable_recovery"];

    public static Command Create() =>
        CommandRunner.FileCommand(
            "outcomes",
            CommandRunner.Help(
                "Clinical outcomes of each referral: finished course, anxiety measure, caseness, recovery, reliable change. Output: " + string.Join(',', OutputColumns) + ", one row per input record.",
                "a CSV with a header; columns referral_id, problem_descriptor (ICD-10), treatment_sessions (a count: digits only), optional ended (true/false) and KEY_first / KEY_last totals for phq9 gad7 spin pcl5 mi oci pdss hai; any order, any case, other columns ignored; cells trimmed.",
                "iapt outcomes referrals.csv > outcomes.csv"),
            "CSV with referral_id, problem_descriptor, treatment_sessions, ended and KEY_first/KEY_last scores",
            Run);

    public static int Run(string path, RuleSet rules, TextWriter stdout, TextWriter stderr) =>
        CommandRunner.Run("outcomes", stdout, stderr, output =>
        {
            var classifier = new OutcomeClassifier(rules);
            using var reader = CsvRecordReader.Open(path, "referral_id", "problem_descriptor", "treatment_sessions");
            int idIndex = reader.Index("referral_id");
            int descriptorIndex = reader.Index("problem_descriptor");
            int sessionsIndex = reader.Index("treatment_sessions");
            bool hasEnded = reader.TryIndex("ended", out int endedIndex);
            var columns = ScoreColumns(reader, rules);
            var pairs = new ScorePair[columns.Length];
            var errors = new List<string>();

            using var writer = CsvFiles.OpenWriter(output);

            // The header comes first even when the file has no rows.
            writer.Header.Add(OutputColumns);
            writer.Header.Write();
            foreach (var row in reader)
            {
                using var outRow = writer.NewRow();
                foreach (var column in OutputColumns)
                {
                    outRow[column].Set(string.Empty);
                }

                errors.Clear();
                var id = row[idIndex];
                outRow["referral_id"].Set(id);
                if (row.FaultMessage is { } fault)
                {
                    outRow["status"].Set("invalid");
                    outRow["error"].Set(fault);
                    continue;
                }

                if (id.IsEmpty)
                {
                    errors.Add("referral_id: " + RecordFields.IdExpected);
                }

                // Every descriptor resolves (reference §8): a code outside the table counts in its national group.
                var descriptor = rules.Descriptors.Resolve(row[descriptorIndex]);
                outRow["descriptor_group"].Set(descriptor.GroupKey);

                if (!RecordFields.TryParseCount(row[sessionsIndex], out int sessions))
                {
                    errors.Add("treatment_sessions: " + RecordFields.CountExpected);
                }

                bool ended = true;
                if (hasEnded && !RecordFields.TryParseAttended(row[endedIndex], out ended))
                {
                    errors.Add("ended: expected true or false");
                }

                for (int i = 0; i < columns.Length; i++)
                {
                    var column = columns[i];
                    pairs[i] = new ScorePair(
                        ReadScore(row, column.Measure, column.FirstIndex, column.FirstName, errors),
                        ReadScore(row, column.Measure, column.LastIndex, column.LastName, errors));
                }

                if (errors.Count > 0)
                {
                    outRow["status"].Set("invalid");
                    outRow["error"].Set(string.Join("; ", errors));
                    continue;
                }

                var input = new OutcomeInput
                {
                    Descriptor = descriptor.Descriptor,
                    TreatmentSessions = sessions,
                    Ended = ended,
                    Phq9 = PairOf(columns, pairs, classifier.DepressionMeasure),
                    Gad7 = PairOf(columns, pairs, classifier.DefaultAnxietyMeasure),
                    Adsm = classifier.CallsForAdsm(descriptor.Descriptor)
                        ? PairOf(columns, pairs, classifier.RecommendedMeasure(descriptor.Descriptor))
                        : ScorePair.None,
                };
                Write(outRow, classifier.Classify(input));
            }
        });

    private static void Write(SepWriter.Row row, OutcomeResult result)
    {
        row["status"].Set(result.Finished ? "finished" : "not_finished");
        row["anxiety_measure"].Set(result.AnxietyMeasure.Key);
        row["caseness_at_start"].Set(result.CasenessAtStart switch
        {
            CasenessAtStart.Case => "case",
            CasenessAtStart.NotCase => "not_case",
            _ => "unknown",
        });
        row["paired"].Set(Bool(result.Paired));
        if (!result.Finished)
        {
            return;
        }

        row[OutcomeColumns[0]].Set(Bool(result.Recovered == true));
        row[OutcomeColumns[1]].Set(Bool(result.ReliableImprovement == true));
        row[OutcomeColumns[2]].Set(Bool(result.ReliableDeterioration == true));
        row[OutcomeColumns[3]].Set(Bool(result.NoReliableChange == true));
        row[OutcomeColumns[4]].Set(Bool(result.ReliableRecovery == true));
    }

    private static Score? ReadScore(CsvRecord row, MeasureDefinition measure, int index, string name, List<string> errors)
    {
        if (index < 0)
        {
            return null;
        }

        var text = row[index];
        if (text.IsEmpty)
        {
            return null;
        }

        var scored = measure.ScoreText(default, text);
        if (scored.TryPickT1(out var error, out var score))
        {
            // The library names its own field ("total"); the file's field is this column.
            string reason = error.Message.StartsWith(error.Field + ": ", StringComparison.Ordinal)
                ? error.Message[(error.Field.Length + 2)..]
                : error.Message;
            errors.Add($"{name}: {reason}");
            return null;
        }

        return score;
    }

    private static ScorePair PairOf(ScoreColumn[] columns, ScorePair[] pairs, MeasureDefinition measure)
    {
        for (int i = 0; i < columns.Length; i++)
        {
            if (ReferenceEquals(columns[i].Measure, measure))
            {
                return pairs[i];
            }
        }

        return ScorePair.None;
    }

    private static ScoreColumn[] ScoreColumns(CsvRecordReader reader, RuleSet rules)
    {
        var columns = new List<ScoreColumn>();
        foreach (var key in ScoredMeasures)
        {
            if (!rules.Measures.TryGet(key, out var measure))
            {
                continue;
            }

            string first = $"{key}_first";
            string last = $"{key}_last";
            columns.Add(new ScoreColumn(
                measure,
                first,
                reader.TryIndex(first, out int firstIndex) ? firstIndex : -1,
                last,
                reader.TryIndex(last, out int lastIndex) ? lastIndex : -1));
        }

        return [.. columns];
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private sealed record ScoreColumn(MeasureDefinition Measure, string FirstName, int FirstIndex, string LastName, int LastIndex);
}
