namespace Iapt.Rules.Reporting;

/// <summary>
/// One figure of a service report: a count, optionally out of a denominator (then it has a rate), or a plain value
/// (a mean, an effect size), optionally judged against a national standard.
/// </summary>
/// <remarks>
/// Rates are computed from the exact counts. After disclosure control (<see cref="Disclosure"/> is not
/// <see cref="DisclosureState.Exact"/>), counts may be rounded or withheld; the rate is withheld whenever its
/// numerator or denominator is suppressed.
/// </remarks>
public sealed record ReportFigure
{
    /// <summary>The stable key, lower case with underscores, for example <c>recovered</c>. Keys never change once shipped.</summary>
    public required string Key { get; init; }

    /// <summary>A label for people, for example <c>Recovered</c>.</summary>
    public required string Label { get; init; }

    /// <summary>
    /// The count, or <see langword="null"/> when the figure is a plain value or the count is suppressed. For a plain
    /// value built with <see cref="OfValue(string, string, decimal?, long, string)"/>, the number of people the value
    /// is over (so that disclosure control can withhold a mean over fewer than 5).
    /// </summary>
    public long? Count { get; init; }

    /// <summary>The count this figure is a share of (the national denominator), or <see langword="null"/> for none or suppressed.</summary>
    public long? Denominator { get; init; }

    /// <summary>
    /// The rate as a fraction of 1 (count / denominator from the exact counts), or <see langword="null"/> when there
    /// is no denominator, it is zero, or disclosure control withholds it.
    /// </summary>
    public decimal? Rate { get; init; }

    /// <summary>A plain value that is not a count (a mean number of sessions, an effect size), or <see langword="null"/>.</summary>
    public decimal? Value { get; init; }

    /// <summary>The national standard the rate is judged against, or <see langword="null"/>.</summary>
    public ServiceStandard? Standard { get; init; }

    /// <summary>Whether the standard is met; <see langword="null"/> with no standard, no rate, or when withheld.</summary>
    public bool? Met { get; init; }

    /// <summary>The rule or definition the figure follows, for example <c>M4 §6.4.3; NHSD</c>.</summary>
    public string Rule { get; init; } = string.Empty;

    /// <summary>The state of the figure's counts after disclosure control.</summary>
    public DisclosureState Disclosure { get; init; } = DisclosureState.Exact;

    /// <summary>
    /// The parts disclosure control has withheld (set to <see langword="null"/>); <see cref="FigureParts.None"/> for
    /// exact figures. A part that is <see langword="null"/> but not listed here was never there (a plain count has
    /// no rate).
    /// </summary>
    public FigureParts Withheld { get; init; } = FigureParts.None;

    /// <summary>A count with an optional denominator and standard; computes the rate and whether the standard is met.</summary>
    /// <param name="key">The stable key.</param>
    /// <param name="label">The label for people.</param>
    /// <param name="count">The count.</param>
    /// <param name="denominator">The denominator, or <see langword="null"/> for a plain count.</param>
    /// <param name="rule">The rule the figure follows.</param>
    /// <param name="standard">The standard to judge the rate against, if any.</param>
    /// <returns>The figure.</returns>
    public static ReportFigure Of(string key, string label, long count, long? denominator = null, string rule = "", ServiceStandard? standard = null)
    {
        decimal? rate = denominator is > 0 ? (decimal)count / denominator.Value : null;
        return new ReportFigure
        {
            Key = key,
            Label = label,
            Count = count,
            Denominator = denominator,
            Rate = rate,
            Standard = standard,
            Met = standard is not null && denominator is long d ? standard.IsMet(count, d) : null,
            Rule = rule,
        };
    }

    /// <summary>A plain value (a mean, an effect size) that is not a count.</summary>
    /// <param name="key">The stable key.</param>
    /// <param name="label">The label for people.</param>
    /// <param name="value">The value, or <see langword="null"/> when it cannot be computed (no data).</param>
    /// <param name="rule">The rule the figure follows.</param>
    /// <returns>The figure.</returns>
    public static ReportFigure OfValue(string key, string label, decimal? value, string rule) =>
        new() { Key = key, Label = label, Value = value, Rule = rule };

    /// <summary>
    /// A plain value (a mean, an effect size) over a known number of people, for example the mean number of sessions
    /// over the finished courses. The number becomes the figure's <see cref="Count"/>, so that disclosure control
    /// withholds the value when it is under 5.
    /// </summary>
    /// <param name="key">The stable key.</param>
    /// <param name="label">The label for people.</param>
    /// <param name="value">The value, or <see langword="null"/> when it cannot be computed (no data).</param>
    /// <param name="basis">How many people (referrals, courses) the value is computed over; zero or more.</param>
    /// <param name="rule">The rule the figure follows.</param>
    /// <returns>The figure, with <see cref="Count"/> set to <paramref name="basis"/>.</returns>
    public static ReportFigure OfValue(string key, string label, decimal? value, long basis, string rule = "") =>
        new() { Key = key, Label = label, Value = value, Count = basis, Rule = rule };
}
