using System.Collections.Immutable;
using Iapt.Rules.Measures;
using NodaTime;

namespace Iapt.Rules.Episodes;

/// <summary>
/// One care contact of a referral as services record it: its date, its type, whether the person attended, the
/// intensity and kind of the intervention and the scores recorded at it.
/// </summary>
/// <param name="Date">The date of the contact.</param>
/// <param name="Type">What the contact was (assessment, treatment, follow-up ...).</param>
/// <param name="Attended">Whether the person attended; contacts not attended count for nothing.</param>
public readonly record struct SessionRecord(LocalDate Date, SessionType Type, bool Attended)
{
    /// <summary>The intensity of the intervention, when recorded (used for the step-up dates).</summary>
    public Intensity Intensity { get; init; }

    /// <summary>
    /// The intervention delivered, when recorded (<see cref="Intervention.Unknown"/> otherwise): the stepped-care rules
    /// read it for NICE concordance (M4 Table 2).
    /// </summary>
    public Intervention Intervention { get; init; }

    /// <summary>The scores recorded at the contact, on any measures; empty (or default) when none.</summary>
    public ImmutableArray<Score> Scores { get; init; }
}
