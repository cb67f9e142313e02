using System.Globalization;
using BenchmarkDotNet.Attributes;
using Iapt.Rules.Csv;
using Iapt.Rules.Episodes;
using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using nietras.SeparatedValues;

namespace Iapt.Rules.Benchmarks.Reporting;

/// <summary>
/// Reading one million rows of a generated <c>sessions.csv</c> with Sep, as the report opens it
/// (Sep with the options of <see cref="CsvRecordReader"/>, the commands' reader, but with a header): splitting only, parsing every field, and parsing every field on both cores
/// (Sep's ordered parallel enumeration, or one byte range per core). Each operation is one million rows.
/// </summary>
[MemoryDiagnoser]
public class CsvIngestionBenchmarks
{
    private const int Rows = 1_000_000;
    private SampleFiles _files = null!;
    private string _sessions = string.Empty;
    private MeasureDefinition[] _measures = [];

    [GlobalSetup]
    public void Setup()
    {
        // About 6.6 sessions per referral: 160,000 referrals give a little over a million session rows.
        _files = SampleFiles.Write(160_000);
        _sessions = _files.FirstSessionRows(Rows);
        _measures = [.. ServiceReportFiles.ScoreColumns.Select(c => RuleSet.ManualV4.Measures[c])];
    }

    [GlobalCleanup]
    public void Cleanup() => _files.Dispose();

    /// <summary>Sep alone: find every row and column and touch each field's text.</summary>
    [Benchmark(Baseline = true)]
    public long SplitSessionsPerMillionRows()
    {
        using var reader = OpenSep(_sessions);
        long sum = 0;
        foreach (var row in reader)
        {
            for (int c = 0; c < row.ColCount; c++)
            {
                sum += row[c].Span.Length;
            }
        }

        return sum;
    }

    /// <summary>Parse every field into its value as the report does: dates, types, flags, intensities, interventions and every score.</summary>
    [Benchmark]
    public long ParseSessionsPerMillionRows()
    {
        using var reader = OpenSep(_sessions);
        var columns = Columns.Of(reader);
        long sum = 0;
        foreach (var row in reader)
        {
            sum += ParseRow(row, columns, _measures);
        }

        return sum;
    }

    /// <summary>Parse every field, rows split and parsed on every core (Sep's ordered parallel enumeration).</summary>
    [Benchmark]
    public long ParseSessionsInParallelPerMillionRows()
    {
        using var reader = OpenSep(_sessions);
        var columns = Columns.Of(reader);
        var measures = _measures;
        long sum = 0;
        foreach (long value in reader.ParallelEnumerate(row => ParseRow(row, columns, measures)))
        {
            sum += value;
        }

        return sum;
    }

    private static SepReader OpenSep(string path) =>
        Sep.New(',').Reader(o => o with { HasHeader = true, ColNameComparer = StringComparer.OrdinalIgnoreCase, DisableColCountCheck = true }).FromFile(path);

    private static long ParseRow(SepReader.Row row, Columns columns, MeasureDefinition[] measures)
    {
        long sum = row[columns.Id].Span.Trim().Length;
        sum += RecordFields.TryParseDate(row[columns.Date].Span.Trim(), out var date) ? date.Day : -1;
        sum += RecordFields.TryParseSessionType(row[columns.Type].Span.Trim(), out var type) ? (int)type : -1;
        sum += RecordFields.TryParseAttended(row[columns.Attended].Span.Trim(), out bool attended) && attended ? 1 : 0;
        sum += RecordFields.TryParseIntensity(row[columns.Intensity].Span.Trim(), out var intensity) ? (int)intensity : -1;
        sum += RecordFields.TryParseIntervention(row[columns.Intervention].Span.Trim(), out var intervention) ? (int)intervention : -1;

        for (int i = 0; i < measures.Length; i++)
        {
            var text = row[columns.Scores[i]].Span.Trim();
            if (text.IsEmpty)
            {
                continue;
            }

            var measure = measures[i];
            var score = measure.Method == ScoringMethod.Sum && RecordFields.TryParseShortWholeNumber(text, out int whole)
                ? measure.ScoreTotal(whole)
                : measure.ScoreText(default, text);
            sum += score.IsT0 ? score.AsT0.Ratio.Numerator : -1;
        }

        return sum;
    }


    private sealed record Columns(int Id, int Date, int Type, int Attended, int Intensity, int Intervention, int[] Scores)
    {
        public static Columns Of(SepReader reader)
        {
            int Index(string name) => reader.Header.TryIndexOf(name, out int index) ? index : throw new InvalidOperationException(name);
            return new Columns(Index("referral_id"), Index("date"), Index("type"), Index("attended"), Index("intensity"),
                Index("intervention"), [.. ServiceReportFiles.ScoreColumns.Select(Index)]);
        }
    }
}
