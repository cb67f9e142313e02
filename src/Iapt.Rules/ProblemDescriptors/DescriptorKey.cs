using Iapt.Rules.Provenance;

namespace Iapt.Rules.ProblemDescriptors;

/// <summary>
/// A name or code, other than ICD-10, by which a descriptor can be given explicitly: needed for the descriptors that
/// have no ICD-10 code of their own (body dysmorphic disorder shares F45.2 with health anxiety; chronic pain has
/// none). Matched whole, ignoring case and surrounding spaces.
/// </summary>
/// <param name="Key">The key, for example <c>83482000</c> (SNOMED CT) or <c>chronic_pain</c>.</param>
/// <param name="Descriptor">The descriptor it gives.</param>
/// <param name="Source">Where the key comes from.</param>
public sealed record DescriptorKey(string Key, ProblemDescriptor Descriptor, Source Source);
