namespace Iapt.Rules.ProblemDescriptors;

/// <summary>How many referrals counted in one descriptor group.</summary>
/// <param name="Group">The group.</param>
/// <param name="Count">The number of referrals in it.</param>
public readonly record struct DescriptorGroupCount(DescriptorGroup Group, long Count);
