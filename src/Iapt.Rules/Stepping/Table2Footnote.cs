namespace Iapt.Rules.Stepping;

/// <summary>
/// A footnote or marker of M4 Table 2 attached to an intervention. Footnotes d and e are conditions that decide
/// whether the intervention is recommended; f, g and the star are notes that do not change the verdict.
/// </summary>
public enum Table2Footnote
{
    /// <summary>No footnote.</summary>
    None = 0,

    /// <summary>
    /// Footnote d (couple therapy): only if the relationship is considered to be contributing to the maintenance of
    /// the depression, and both parties wish to work together in therapy. A condition.
    /// </summary>
    RelationshipMaintainsDepression,

    /// <summary>
    /// Footnote e (MBCT): added when the episode is largely resolved; mindfulness is not recommended as a primary
    /// treatment for an acute depressive episode. A condition: relapse prevention only.
    /// </summary>
    RelapsePreventionOnly,

    /// <summary>
    /// Footnote f (PTSD): if no improvement, an alternative form of trauma-focused psychological treatment or
    /// augmentation with a course of pharmacological treatment. A note.
    /// </summary>
    AlternativeIfNoImprovement,

    /// <summary>Footnote g (social anxiety disorder): based on the Clark and Wells model or the Heimberg model. A note.</summary>
    ClarkAndWellsOrHeimberg,

    /// <summary>The star: a specialised form of CBT (the IAPT-LTC pathway). A note.</summary>
    SpecialisedFormOfCbt,
}
