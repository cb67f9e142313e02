using System.CommandLine;
using Iapt.Rules.Csv;

namespace Iapt.Rules.Cli.Commands;

/// <summary>
/// The input side of <c>iapt report</c> (kept apart from its output formats): the file arguments, the usage rules
/// between them and <c>--sample</c>, standard input, and the <c>--help</c> text.
/// </summary>
internal static class ReportInput
{
    /// <summary>The name standard input is copied under (the rejects file names it so).</summary>
    public const string StandardInputName = "stdin";

    /// <summary>The <c>--help</c> description: what the report is, its input columns, an example and the exit codes.</summary>
    public const string Help =
        "A service report against the national standards, from referrals.csv and sessions.csv (or the built-in --sample).\n\n" +
        "Input: referrals.csv with referral_id, referral_date, problem_descriptor, discharge_date (empty = open) and any attribute columns for --by; " +
        "sessions.csv with referral_id, date, type (assessment, assessment_and_treatment, treatment, follow_up), attended (true/false), optional intensity, intervention " +
        "and score columns phq9 gad7 wsas spin pcl5 mi oci pdss hai; dates yyyy-MM-dd; any order, any case; cells trimmed; - reads one of the files from standard input. " +
        "Every row is used or rejected (--rejects lists them by file, line, field and reason).\n\n" +
        "Example: iapt report referrals.csv sessions.csv --from 2025-04-01 --to 2026-03-31 --by ethnicity --format html > report.html\n\n" +
        CommandRunner.ExitCodes;

    /// <summary>A file argument: a path, <c>-</c> for standard input, or absent (with <c>--sample</c>).</summary>
    public static Argument<string?> Argument(string name, string description)
    {
        var argument = new Argument<string?>(name) { Description = description + " (- for standard input)", Arity = ArgumentArity.ZeroOrOne };
        CommandRunner.RejectOptionWords(argument);
        return argument;
    }

    /// <summary>Why the files given cannot be used together, or <see langword="null"/> when they can.</summary>
    public static string? UsageError(bool sample, string? referrals, string? sessions)
    {
        if (sample)
        {
            return referrals is null && sessions is null ? null : "give REFERRALS and SESSIONS files or --sample, not both";
        }

        if (referrals is null || sessions is null)
        {
            return "give REFERRALS and SESSIONS files, or --sample";
        }

        return referrals == CsvRecordReader.StandardInput && sessions == CsvRecordReader.StandardInput
            ? "only one of REFERRALS and SESSIONS can be - (standard input)"
            : null;
    }

    /// <summary>
    /// When one file is <c>-</c>, copies standard input into a new temporary folder (removed by the caller) and
    /// returns the folder; else <see langword="null"/>.
    /// </summary>
    public static string? StandardInputFolder(string referrals, string sessions)
    {
        if (referrals != CsvRecordReader.StandardInput && sessions != CsvRecordReader.StandardInput)
        {
            return null;
        }

        string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"iapt-stdin-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        using var copy = new StreamWriter(System.IO.Path.Combine(folder, StandardInputName), false, new System.Text.UTF8Encoding(false), 1 << 16);
        var buffer = new char[1 << 16];
        int read;
        while ((read = Console.In.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
        }

        return folder;
    }

    /// <summary>The path to read: the argument, or the copy of standard input in <paramref name="folder"/>.</summary>
    public static string Path(string argument, string? folder) =>
        argument == CsvRecordReader.StandardInput && folder is not null ? System.IO.Path.Combine(folder, StandardInputName) : argument;
}
