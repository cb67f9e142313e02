namespace Iapt.Rules.ProblemDescriptors;

public sealed partial class DescriptorTable
{
    /// <summary>The group with a key, for example <c>generalised_anxiety_disorder</c>, ignoring case.</summary>
    /// <param name="key">A group key as reports and files show it, or <see langword="null"/>.</param>
    /// <returns>The group of <see cref="Groups"/>, or <see langword="null"/> when no group has the key.</returns>
    public DescriptorGroup? FindGroup(string? key)
    {
        if (key is null)
        {
            return null;
        }

        foreach (var group in Groups)
        {
            if (string.Equals(group.Key, key.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>
    /// The codes that record a group, as people read them: the ICD-10 groups of <see cref="Codes"/> that give its
    /// descriptor, in the order they are tried (<c>F32, F33</c> for depression, <c>F41.1</c> for generalised
    /// anxiety disorder); for a descriptor with no ICD-10 code of its own, its SNOMED CT keys
    /// (<c>SNOMED CT 83482000</c> for body dysmorphic disorder).
    /// </summary>
    /// <param name="group">A group of the table.</param>
    /// <returns>
    /// The codes joined with <c>, </c>; empty for a descriptor with neither (chronic pain, no descriptor) and for
    /// the three national groups of other codes, whose boundary their name states.
    /// </returns>
    public string CodesOf(DescriptorGroup group)
    {
        Guard.Against.Null(group);
        if (group.Kind != DescriptorGroupKind.Descriptor)
        {
            return string.Empty;
        }

        var codes = Codes.Where(c => c.Descriptor == group.Descriptor).Select(c => c.Codes).ToList();
        if (codes.Count == 0)
        {
            codes.AddRange(Keys.Where(k => k.Descriptor == group.Descriptor && IsSnomedConceptId(k.Key.AsSpan())).Select(k => "SNOMED CT " + k.Key));
        }

        return string.Join(", ", codes);
    }

    /// <summary>
    /// A breakdown group's name for people with its codes, as every report writer shows it: the group's
    /// <see cref="DescriptorGroup.Name"/> and, in brackets, <see cref="CodesOf"/> when there are codes and the name
    /// does not already state them, for example <c>Generalised anxiety disorder (F41.1)</c>, <c>Depression (F32,
    /// F33)</c>, <c>Chronic pain</c> or <c>Other anxiety (other F40 to F43)</c>.
    /// </summary>
    /// <param name="key">The group's key as the report gives it, for example <c>generalised_anxiety_disorder</c>.</param>
    /// <returns>The name; a key that is no group of the table is returned with its underscores as spaces.</returns>
    public string DisplayName(string key)
    {
        Guard.Against.Null(key);
        if (FindGroup(key) is not { } group)
        {
            return key.Replace('_', ' ');
        }

        string codes = CodesOf(group);
        string first = codes.Split(',')[0].Split('-')[0];
        return codes.Length == 0 || group.Name.Contains(first)
            ? group.Name
            : $"{group.Name} ({codes})";
    }
}
