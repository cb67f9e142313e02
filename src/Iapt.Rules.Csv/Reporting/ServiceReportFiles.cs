using System.Globalization;
using Iapt.Rules.Reporting;

namespace Iapt.Rules.Csv;

/// <summary>
/// A service's report from its two CSV extracts, <c>referrals.csv</c> and <c>sessions.csv</c>: the contract of
/// <c>iapt report</c>, read fast on every core, with the same rules and the same report as
/// <see cref="ServiceReportBatch"/> given the same records.
/// </summary>
/// <remarks>
/// <para><b>Input.</b> Column names are case-insensitive, in any order; dates ISO <c>yyyy-MM-dd</c>; cells are trimmed.
/// <c>referrals.csv</c>: <c>referral_id</c>, <c>referral_date</c>, <c>problem_descriptor</c> (ICD-10, may be
/// empty), <c>discharge_date</c> (empty while open), and any further column as an attribute for
/// <see cref="CsvReportOptions.By"/>. <c>sessions.csv</c>: <c>referral_id</c>, <c>date</c>, <c>type</c>,
/// <c>attended</c>, optional <c>intensity</c>, <c>intervention</c> and the score columns <see cref="ScoreColumns"/>
/// (totals; the MI its item mean; empty for none). The fields are read by
/// <see cref="Episodes.RecordFields"/> and the rows checked by <see cref="Episodes.RecordRules"/>.</para>
/// <para><b>Rows.</b> Every data row is used or rejected with its file, line, field and reason, so that rows read =
/// rows used + rows rejected. The files are read by <see cref="CsvRecordReader"/>, the reader of every command: a
/// blank line is no row (neither read nor rejected); a row with fewer fields than the header is rejected naming the
/// first missing column, one with more fields naming <see cref="CsvRecordReader.RowField"/>, one with bad quoting
/// naming its column; a session of a rejected referral is rejected too. The rejects file names each file by its own
/// name. Neither file's row order changes the report, except which of
/// two rows with one referral id is used (the first; the other is rejected).</para>
/// <para><b>Memory and cores.</b> The referrals file is parsed by every thread in turns of rows; the sessions file
/// by one byte range per thread when each referral's sessions are together (as extracts usually list them), else
/// by every thread reading the whole file. Memory holds one small state per referral and the treatment sessions,
/// never the rows.</para>
/// </remarks>
public static class ServiceReportFiles
{
    /// <summary>The name <c>iapt sample</c> gives the referrals file (the rejects file names each file by its own name).</summary>
    public const string ReferralsFile = "referrals.csv";

    /// <summary>The name <c>iapt sample</c> gives the sessions file.</summary>
    public const string SessionsFile = "sessions.csv";

    /// <summary>The score columns of <c>sessions.csv</c>, each named by its measure's key (totals; the MI its item mean).</summary>
    public static IReadOnlyList<string> ScoreColumns { get; } = Array.AsReadOnly(["phq9", "gad7", "wsas", "spin", "pcl5", "mi", "oci", "pdss", "hai"]);

    /// <summary>Reads both files and builds the report.</summary>
    /// <param name="referralsPath">The referrals file.</param>
    /// <param name="sessionsPath">The sessions file.</param>
    /// <param name="options">The period, breakdowns, rule set, rejects and progress; <see langword="null"/> for the defaults.</param>
    /// <returns>The report (disclosure control applied when <see cref="CsvReportOptions.Suppress"/>).</returns>
    /// <exception cref="CsvInputException">
    /// A file is missing or unreadable, or a required column or a <see cref="CsvReportOptions.By"/> column is absent:
    /// the files cannot be reported on at all (a bad row never throws; it is rejected).
    /// </exception>
    public static ServiceReport Read(string referralsPath, string sessionsPath, CsvReportOptions? options = null)
    {
        Guard.Against.Null(referralsPath);
        Guard.Against.Null(sessionsPath);
        return ReportPipeline.Run(referralsPath, sessionsPath, options ?? new CsvReportOptions());
    }

    /// <summary>Writes the header of the rejects file.</summary>
    internal static void WriteRejectsHeader(TextWriter rejects) => rejects.Write("file,line,field,reason\n");

    /// <summary>Writes one rejected row of the rejects file.</summary>
    internal static void WriteReject(TextWriter rejects, string file, long line, string field, string reason)
    {
        rejects.Write(file);
        rejects.Write(',');
        rejects.Write(line.ToString(CultureInfo.InvariantCulture));
        rejects.Write(',');
        rejects.Write(Quote(field));
        rejects.Write(',');
        rejects.Write(Quote(reason));
        rejects.Write('\n');
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
