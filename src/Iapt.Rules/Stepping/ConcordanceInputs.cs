namespace Iapt.Rules.Stepping;

/// <summary>The inputs of a <see cref="TreatmentContext"/> that a Table 2 condition can depend on.</summary>
[Flags]
public enum ConcordanceInputs
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>The depression severity (the first PHQ-9's severity band).</summary>
    Severity = 1,

    /// <summary>The phase: acute episode or relapse prevention (Table 2 footnote e).</summary>
    Phase = 2,

    /// <summary>Whether the relationship maintains the depression (Table 2 footnote d).</summary>
    Relationship = 4,
}
