using System.Globalization;
using System.Text;
using Iapt.Rules.Reporting;
using NodaTime.Text;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Csv;

/// <summary>
/// How the Markdown and HTML reports show numbers and text, so the two agree: counts with thousands separators,
/// rates as percentages with one decimal, a withheld part as <c>*</c> and a part the figure never had as <c>-</c>.
/// Public so that a writer of your own (the CLI's terminal tables are one) shows a report in the same words.
/// </summary>
/// <remarks>Pure functions of their arguments; thread-safe. Numbers use the invariant culture.</remarks>
public static class ReportText
{
    /// <summary>What a withheld (suppressed) part shows.</summary>
    public const string Withheld = "*";

    /// <summary>What a part the figure does not have shows.</summary>
    public const string None = "-";

    /// <summary>The document title, for example <c>Service report: IAPT Manual v4 (2020.1), 2024-04-01 to 2025-03-31</c>.</summary>
    public static string Title(ServiceReport report) => $"Service report: {Clean(report.RuleSet)}, {Period(report.Period)}";

    /// <summary>The period as <c>yyyy-MM-dd to yyyy-MM-dd</c>, or <c>all referrals</c>.</summary>
    public static string Period(ReportPeriod? period) =>
        period is { } p ? $"{IsoDate(p.Start)} to {IsoDate(p.End)}" : "all referrals";

    /// <summary>A date as ISO <c>yyyy-MM-dd</c>.</summary>
    public static string IsoDate(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>The sentence explaining disclosure control, or <see langword="null"/> when the report is exact.</summary>
    public static string? SuppressionNote(ServiceReport report)
    {
        if (!report.Suppressed)
        {
            return null;
        }

        string rule = report.DisclosureRules is { } d
            ? $"counts under {d.SuppressBelow.Value.ToString(CultureInfo.InvariantCulture)} are withheld (shown as {Withheld}) and the rest are rounded to the nearest {d.RoundTo.Value.ToString(CultureInfo.InvariantCulture)}"
            : $"small counts are withheld (shown as {Withheld}) and the rest are rounded";
        return $"Statistical disclosure control applied: {rule}. A rate, its verdict against the standard and a mean are withheld " +
            "where a count they rest on is withheld; the rates shown are computed from the exact counts. " +
            "Rows read and rows rejected count input rows, not people, and are exact.";
    }

    /// <summary>A count with thousands separators, for example <c>1,500,000</c>.</summary>
    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A rate (a fraction of 1) as a percentage with one decimal, half away from zero: 0.5 is <c>50.0%</c>.</summary>
    public static string Percent(decimal rate) =>
        Math.Round(rate * 100m, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A plain value with at most two decimals, for example <c>1.43</c> or <c>7</c>.</summary>
    public static string Value(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A standard's target, for example <c>&gt;= 50%</c> or <c>&gt; 50%</c> (at most one decimal: two thirds is 66.7%).</summary>
    public static string Target(ServiceStandard standard)
    {
        string percent = Math.Round(standard.Target * 100m, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
        return (standard.Comparison == StandardComparison.AtLeast ? ">= " : "> ") + percent + "%";
    }

    /// <summary>A figure's count cell.</summary>
    public static string CountCell(ReportFigure f) => Part(f.Count is long c ? Count(c) : null, f, FigureParts.Count);

    /// <summary>A figure's denominator cell.</summary>
    public static string DenominatorCell(ReportFigure f) => Part(f.Denominator is long d ? Count(d) : null, f, FigureParts.Denominator);

    /// <summary>A figure's rate cell, as a percentage.</summary>
    public static string RateCell(ReportFigure f) => Part(f.Rate is decimal r ? Percent(r) : null, f, FigureParts.Rate);

    /// <summary>A figure's value cell.</summary>
    public static string ValueCell(ReportFigure f) => Part(f.Value is decimal v ? Value(v) : null, f, FigureParts.Value);

    /// <summary>A figure's standard cell: the target, or <c>-</c>.</summary>
    public static string StandardCell(ReportFigure f) => f.Standard is { } s ? Target(s) : None;

    /// <summary>A figure's verdict: <c>pass</c>, <c>fail</c>, <c>*</c> when withheld or <c>-</c>.</summary>
    public static string MetCell(ReportFigure f) => Part(f.Met is bool met ? (met ? "pass" : "fail") : null, f, FigureParts.Met);

    /// <summary>The rule a figure follows, or its standard's source when the figure names none.</summary>
    public static string RuleCell(ReportFigure f) =>
        f.Rule.Length > 0 ? Clean(f.Rule) : f.Standard is { } s ? Clean(s.Source.ToString()) : None;

    /// <summary>
    /// A figure in one cell, for breakdown tables: the value for a plain value, otherwise the count with the rate
    /// in brackets when there is one, for example <c>52 (47.3%)</c>; <c>*</c> where withheld.
    /// </summary>
    public static string CompactCell(ReportFigure f)
    {
        if (f.Value is decimal v)
        {
            return Value(v);
        }

        if (f.Withheld.HasFlag(FigureParts.Value))
        {
            return Withheld;
        }

        string count = CountCell(f);
        if (f.Rate is decimal r)
        {
            return $"{count} ({Percent(r)})";
        }

        return f.Withheld.HasFlag(FigureParts.Rate) && count != Withheld ? $"{count} ({Withheld})" : count;
    }

    /// <summary>The heading of a breakdown, for example <c>By problem descriptor</c>.</summary>
    public static string BreakdownTitle(ReportBreakdown breakdown) => "By " + AttributeName(breakdown);

    /// <summary>A breakdown's attribute for people: its key with spaces for underscores.</summary>
    public static string AttributeName(ReportBreakdown breakdown) => Clean(breakdown.Key).Replace('_', ' ');

    /// <summary>A group's value for people; <c>(none)</c> for the empty value.</summary>
    public static string GroupValue(ReportGroup group) => group.Value.Length == 0 ? "(none)" : Clean(group.Value);

    /// <summary>
    /// Text from the report made safe for one line of any output: line breaks, tabs and other control characters
    /// become spaces; a lone surrogate or a character XML cannot hold becomes U+FFFD.
    /// </summary>
    public static string Clean(string text)
    {
        var builder = default(StringBuilder);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement = null;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                replacement = "\uFFFD";
            }
            else if (char.IsControl(c))
            {
                replacement = " ";
            }

            if (replacement is null)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text.Length).Append(text, 0, i);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>The period in words, for example <c>1 April 2024 to 31 March 2025</c>, or <c>all referrals in the files</c>.</summary>
    public static string PeriodWords(ReportPeriod? period) =>
        period is { } p ? $"{LongDate(p.Start)} to {LongDate(p.End)}" : "all referrals in the files";

    /// <summary>A date as people write it, for example <c>1 April 2024</c> (English month names, whatever the culture).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The date in words.</returns>
    public static string LongDate(NodaTime.LocalDate date) =>
        LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture).Format(date);

    /// <summary>The rule set as <c>IAPT Manual v4, version 2020.1</c> when it reads <c>name (version)</c>.</summary>
    public static string RuleSetWords(string ruleSet)
    {
        string text = Clean(ruleSet);
        int open = text.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && text.EndsWith(')')
            ? $"{text[..open]}, version {text[(open + 2)..^1]}"
            : text;
    }

    /// <summary>
    /// The sentence on the rows read: how many were read and rejected, and where the rejected rows are (the rejects
    /// file, or how to write one).
    /// </summary>
    public static string RowsSentence(HeadlineCounts headline, string? rejectsFile)
    {
        string read = headline.RowsRead is long r ? Count(r) : Withheld;
        if (headline.RowsRejected is not long rejected)
        {
            return $"{read} rows read from the files.";
        }

        if (rejected == 0)
        {
            return $"{read} rows read from the files; none rejected.";
        }

        string where = rejectsFile is null
            ? "run iapt report with --rejects FILE to list them (file, line, field and reason)"
            : $"they are listed in {Clean(rejectsFile)} (file, line, field and reason)";
        return $"{read} rows read from the files; {Count(rejected)} rejected and left out of every figure: {where}.";
    }

    /// <summary>The order of the sections as the HTML and terminal reports show them; sections with other keys follow in report order.</summary>
    public static readonly string[] SectionOrder =
        [ReportKeys.OutcomesSection, ReportKeys.WaitsSection, ReportKeys.DataQualitySection, ReportKeys.SteppingSection, ReportKeys.ActivitySection];

    /// <summary>The sections in <see cref="SectionOrder"/>.</summary>
    public static List<ReportSection> OrderedSections(ServiceReport report) =>
        [.. (report.Sections.IsDefault ? [] : report.Sections)
            .OrderBy(s => Array.IndexOf(SectionOrder, s.Key) is int i and >= 0 ? i : SectionOrder.Length)];

    /// <summary>Every figure of the report judged against a standard, in the order of the sections shown.</summary>
    public static List<ReportFigure> Standards(ServiceReport report) =>
        [.. OrderedSections(report)
            .SelectMany(s => s.Figures.IsDefault ? [] : s.Figures)
            .Where(f => f.Standard is not null)];

    private static string Part(string? shown, ReportFigure f, FigureParts part) =>
        shown ?? (f.Withheld.HasFlag(part) ? Withheld : None);
}
