using Iapt.Rules.Provenance;

namespace Iapt.Rules.ProblemDescriptors;

/// <summary>
/// One group of the descriptor breakdown national reporting uses (reference fact sheet §3 and §8): a descriptor of
/// the table, or one of the groups every other recorded descriptor resolves to, so that no referral is lost to its
/// descriptor. Every referral falls in exactly one group.
/// </summary>
/// <param name="Key">
/// The group's key as files and reports show it, lower case with underscores: the descriptor's name for the
/// descriptor groups (<c>depression</c>, <c>none</c>), <c>other_mental_health_problems</c>,
/// <c>other_recorded_problems</c> or <c>invalid_data_supplied</c>.
/// </param>
/// <param name="Name">The group's name for people, for example <c>Other mental health problems</c>.</param>
/// <param name="Kind">What the group holds.</param>
/// <param name="Descriptor">
/// The descriptor the outcome rules use for the group's referrals: the group's own descriptor, or
/// <see cref="ProblemDescriptor.Other"/> (GAD-7) for the three national groups of other codes.
/// </param>
/// <param name="Source">Where the group and its boundary come from.</param>
public sealed record DescriptorGroup(string Key, string Name, DescriptorGroupKind Kind, ProblemDescriptor Descriptor, Source Source)
{
    /// <summary>
    /// Whether the group's referrals have a usable descriptor code: <see langword="false"/> only for
    /// <see cref="DescriptorGroupKind.InvalidDataSupplied"/> (the data-quality figure "problem descriptor not a valid
    /// code"). An empty descriptor is not an invalid code: it is the group of <see cref="ProblemDescriptor.None"/>.
    /// </summary>
    public bool IsValidCode => Kind != DescriptorGroupKind.InvalidDataSupplied;

    /// <summary>The key, the name and the source, for example <c>depression: Depression (M4 Table 6)</c>.</summary>
    /// <returns>The group as text.</returns>
    public override string ToString() => $"{Key}: {Name} ({Source})";
}
