
namespace Iapt.Rules.ProblemDescriptors;

/// <summary>
/// A recorded problem descriptor as the rules use it: the descriptor for the outcome rules and the group it counts in
/// for the national breakdown. Made by <see cref="DescriptorTable.Resolve(ReadOnlySpan{char})"/>, which never fails:
/// a code outside the table or a malformed one still resolves (to <see cref="ProblemDescriptor.Other"/> and one of
/// the national groups). A small value: making and reading one allocates nothing.
/// </summary>
/// <remarks><c>default(ResolvedDescriptor)</c> is not a resolution: its <see cref="Group"/> is <see langword="null"/>.</remarks>
public readonly struct ResolvedDescriptor
{
    internal ResolvedDescriptor(DescriptorGroup group, int groupIndex)
    {
        Group = group;
        GroupIndex = groupIndex;
    }

    /// <summary>
    /// The descriptor the outcome rules use (<see cref="Episodes.OutcomeInput.Descriptor"/>): the table's descriptor,
    /// <see cref="ProblemDescriptor.None"/> when nothing was recorded, or <see cref="ProblemDescriptor.Other"/> (GAD-7
    /// as the anxiety measure) for every other code.
    /// </summary>
    public ProblemDescriptor Descriptor => Group.Descriptor;

    /// <summary>The group the referral counts in.</summary>
    public DescriptorGroup Group { get; }

    /// <summary>
    /// The group's position in <see cref="DescriptorTable.Groups"/> (0-based): an index for per-group counts in an
    /// array, so that tallying allocates nothing.
    /// </summary>
    public int GroupIndex { get; }

    /// <summary>The group's key, for example <c>other_mental_health_problems</c>.</summary>
    public string GroupKey => Group.Key;

    /// <summary>
    /// Whether the text was a usable code (or empty): <see langword="false"/> for the group
    /// <see cref="DescriptorGroupKind.InvalidDataSupplied"/>, the data-quality figure "problem descriptor not a valid code".
    /// </summary>
    public bool IsValidCode => Group.IsValidCode;

    /// <summary>The descriptor and the group key, for example <c>Other (other_mental_health_problems)</c>.</summary>
    /// <returns>The resolution as text; <c>(not resolved)</c> for <c>default</c>.</returns>
    public override string ToString() => Group is null ? "(not resolved)" : $"{Group.Descriptor} ({Group.Key})";
}
