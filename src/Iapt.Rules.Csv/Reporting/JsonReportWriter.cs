using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Iapt.Rules.Reporting;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Csv;

/// <summary>
/// Writes a service report as JSON for machines (<c>iapt report --format json</c>), a contract other tools rely on:
/// field names are stable snake_case and only ever added to, never renamed.
/// </summary>
/// <remarks>
/// <para>The document (indented, UTF-8 text, invariant culture):</para>
/// <code>
/// { "rule_set": "IAPT Manual v4 (2020.1)",
///   "period": null | { "start": "2024-04-01", "end": "2025-03-31" },
///   "suppressed": false,
///   "headline": { "rows_read": 0, "rows_rejected": 0, "referrals": 0, "entered_treatment": 0, "finished": 0,
///                 "not_at_caseness": 0, "recovered": 0, "reliable_improvement": 0, "reliable_deterioration": 0,
///                 "no_reliable_change": 0, "reliable_recovery": 0, "within_6_weeks": 0, "within_18_weeks": 0 },
///   "sections": [ { "key", "title", "figures": [ FIGURE, ... ] } ],
///   "breakdowns": [ { "key", "groups": [ { "value", "figures": [ FIGURE, ... ] } ] } ] }
/// FIGURE = { "key", "label", "count", "denominator", "rate", "value",
///            "standard": null | { "key", "target", "comparison": "at_least" | "more_than", "source" },
///            "met", "rule", "disclosure": "exact" | "rounded" | "suppressed",
///            "withheld": [ "count" | "denominator" | "rate" | "met" | "value", ... ] }
/// </code>
/// <para>
/// Headline fields are whole numbers, always present, in that order; <c>null</c> only when disclosure control
/// suppressed the count. A figure's <c>count</c>, <c>denominator</c>, <c>rate</c>, <c>value</c> and <c>met</c> are
/// <c>null</c> when the figure has none or when they are withheld (then named in <c>withheld</c>). <c>rate</c> is a
/// fraction of 1 rounded half away from zero to 4 decimal places (0.5 for 50%, 0.3333 for a third), as is
/// <c>value</c>; <c>target</c> is the standard's exact fraction of 1. Dates are ISO <c>yyyy-MM-dd</c>. Text is
/// JSON-escaped; HTML-sensitive characters (such as <c>&lt; &gt; &amp; ' "</c>) are written as <c>\uXXXX</c>
/// escapes, which every JSON reader decodes; other non-ASCII text (<c>§</c>) is written as it is.
/// </para>
/// </remarks>
public static class JsonReportWriter
{
    /// <summary>Decimal places of a rate or a value in the JSON.</summary>
    internal const int Decimals = 4;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> as one JSON document followed by a line break.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write; it is not flushed or closed.</param>
    public static void Write(ServiceReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            Report(json, report);
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    private static void Report(Utf8JsonWriter json, ServiceReport report)
    {
        json.WriteStartObject();
        json.WriteString("rule_set", ReportText.Clean(report.RuleSet));
        if (report.Period is { } period)
        {
            json.WriteStartObject("period");
            json.WriteString("start", ReportText.IsoDate(period.Start));
            json.WriteString("end", ReportText.IsoDate(period.End));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("period");
        }

        json.WriteBoolean("suppressed", report.Suppressed);
        json.WriteStartObject("headline");
        foreach (var (key, _, read) in HeadlineField.All)
        {
            Number(json, key, read(report.Headline));
        }

        json.WriteEndObject();
        json.WriteStartArray("sections");
        foreach (var section in OrEmpty(report.Sections))
        {
            json.WriteStartObject();
            json.WriteString("key", ReportText.Clean(section.Key));
            json.WriteString("title", ReportText.Clean(section.Title));
            Figures(json, section.Figures);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("breakdowns");
        foreach (var breakdown in OrEmpty(report.Breakdowns))
        {
            json.WriteStartObject();
            json.WriteString("key", ReportText.Clean(breakdown.Key));
            json.WriteStartArray("groups");
            foreach (var group in OrEmpty(breakdown.Groups))
            {
                json.WriteStartObject();
                json.WriteString("value", ReportText.Clean(group.Value));
                Figures(json, group.Figures);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Figures(Utf8JsonWriter json, ImmutableArray<ReportFigure> figures)
    {
        json.WriteStartArray("figures");
        foreach (var f in OrEmpty(figures))
        {
            json.WriteStartObject();
            json.WriteString("key", ReportText.Clean(f.Key));
            json.WriteString("label", ReportText.Clean(f.Label));
            Number(json, "count", f.Count);
            Number(json, "denominator", f.Denominator);
            Number(json, "rate", Rounded(f.Rate));
            Number(json, "value", Rounded(f.Value));
            if (f.Standard is { } standard)
            {
                json.WriteStartObject("standard");
                json.WriteString("key", ReportText.Clean(standard.Key));
                json.WriteNumber("target", Normalised(standard.Target));
                json.WriteString("comparison", standard.Comparison == StandardComparison.AtLeast ? "at_least" : "more_than");
                json.WriteString("source", ReportText.Clean(standard.Source.ToString()));
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("standard");
            }

            if (f.Met is bool met)
            {
                json.WriteBoolean("met", met);
            }
            else
            {
                json.WriteNull("met");
            }

            json.WriteString("rule", ReportText.Clean(f.Rule));
            json.WriteString("disclosure", f.Disclosure switch
            {
                DisclosureState.Rounded => "rounded",
                DisclosureState.Suppressed => "suppressed",
                _ => "exact",
            });
            json.WriteStartArray("withheld");
            foreach (var (part, name) in WithheldNames)
            {
                if (f.Withheld.HasFlag(part))
                {
                    json.WriteStringValue(name);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static readonly (FigureParts Part, string Name)[] WithheldNames =
    [
        (FigureParts.Count, "count"),
        (FigureParts.Denominator, "denominator"),
        (FigureParts.Rate, "rate"),
        (FigureParts.Met, "met"),
        (FigureParts.Value, "value"),
    ];

    private static void Number(Utf8JsonWriter json, string name, long? value)
    {
        if (value is long n)
        {
            json.WriteNumber(name, n);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is decimal d)
        {
            json.WriteNumber(name, d);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>Rounded half away from zero to <see cref="Decimals"/> places, without trailing zeros (0.5, not 0.5000).</summary>
    private static decimal? Rounded(decimal? value) =>
        value is decimal d ? Normalised(Math.Round(d, Decimals, MidpointRounding.AwayFromZero)) : null;

    /// <summary>The same number without trailing zeros in its scale (1.50 becomes 1.5, 2.000 becomes 2).</summary>
    private static decimal Normalised(decimal value) => value / 1.000000000000000000000000000000000m;

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
