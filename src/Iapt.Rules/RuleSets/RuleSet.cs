using System.Collections.Immutable;
using Iapt.Rules.Measures;
using NodaTime;

namespace Iapt.Rules.RuleSets;

/// <summary>
/// A named, immutable, versioned set of every table and threshold the rules read: the measure catalogue and (in
/// the other rule areas) the descriptor table, the waiting-time and stepping values. No rule holds a bare number:
/// each reads it from the rule set it is given, and results say which rule set produced them.
/// </summary>
/// <remarks>
/// <para>The default is <see cref="ManualV4"/>, the IAPT Manual v4 (NCCMH / NHS England, March 2020).</para>
/// <para>
/// A custom rule set is built from another without forking the library, for example a service that uses the
/// OCI-R in place of the OCI:
/// <code>
/// var mine = RuleSet.ManualV4.WithMeasure(ociR) with { Name = "Our service", Version = "2026.1" };
/// </code>
/// </para>
/// </remarks>
public sealed partial record RuleSet : Dataset.IDatasetRuleSet
{
    /// <summary>The rule set's name, for example <c>IAPT Manual v4</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The version of the rule set; change it whenever any value changes.</summary>
    public required string Version { get; init; }

    /// <summary>The date from which the rule set applies (the publication date of its core source).</summary>
    public required LocalDate EffectiveDate { get; init; }

    /// <summary>The documents the rule set draws on, one line each, in the form <c>CODE: title</c>.</summary>
    public required ImmutableArray<string> Sources { get; init; }

    /// <summary>The measures, their ranges, cut-offs, reliable-change values and severity bands.</summary>
    public required MeasureCatalogue Measures { get; init; }

    /// <summary>A copy of this rule set with a measure added, or replacing the measure with the same key.</summary>
    /// <param name="measure">The measure definition; it is checked for consistency.</param>
    /// <returns>The new rule set; this one is unchanged. Give it its own <see cref="Name"/> and <see cref="Version"/>.</returns>
    /// <exception cref="ArgumentException">The definition is inconsistent.</exception>
    public RuleSet WithMeasure(MeasureDefinition measure) => this with { Measures = Measures.With(measure) };

    /// <summary>The name and version, for example <c>IAPT Manual v4 (2020.1)</c>.</summary>
    /// <returns>The rule set's name and version.</returns>
    public override string ToString() => $"{Name} ({Version})";
}
