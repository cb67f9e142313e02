using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.ProblemDescriptors;

/// <summary>Resolving recorded descriptors to a descriptor and a national group (reference §8): it never fails.</summary>
public class DescriptorResolutionTests
{
    private static readonly DescriptorTable Table = RuleSet.ManualV4.Descriptors;
    private static readonly Source Local = new("Local", "test");

    [Theory]
    [InlineData("F39", "other_mental_health_problems")] // just below F40
    [InlineData("F40.0", "agoraphobia")]
    [InlineData("F43.9", "other_anxiety_or_stress_related")] // the last code of F40-F43
    [InlineData("F43", "other_anxiety_or_stress_related")]
    [InlineData("F44", "other_mental_health_problems")] // the first category after F43
    [InlineData("F44.0", "other_mental_health_problems")]
    [InlineData("F45", "other_mental_health_problems")] // no subdivision: neither health anxiety nor MUS can be told
    [InlineData("F45.0", "medically_unexplained_symptoms")]
    [InlineData("F45.9", "medically_unexplained_symptoms")]
    [InlineData("F48", "other_mental_health_problems")]
    [InlineData("F49", "other_mental_health_problems")]
    [InlineData("F00", "other_mental_health_problems")] // the first code of chapter F
    [InlineData("F99", "other_mental_health_problems")] // the last
    [InlineData("f34.1", "other_mental_health_problems")] // any case
    [InlineData("E99", "other_recorded_problems")] // the chapter before F
    [InlineData("G00", "other_recorded_problems")] // the chapter after F
    [InlineData("G93.1", "other_recorded_problems")] // G93 but not G93.3
    [InlineData("G93.3", "chronic_fatigue_syndrome")]
    [InlineData("K59", "other_recorded_problems")]
    [InlineData("123456", "other_recorded_problems")] // a SNOMED CT id of 6 digits
    [InlineData("123456789012345678", "other_recorded_problems")] // and of 18
    [InlineData("12345", "invalid_data_supplied")] // 5 digits: no SNOMED CT id
    [InlineData("1234567890123456789", "invalid_data_supplied")] // 19 digits
    [InlineData("83482000", "body_dysmorphic_disorder")]
    [InlineData("chronic_pain", "chronic_pain")]
    [InlineData("F4", "invalid_data_supplied")]
    [InlineData("F 41.1", "invalid_data_supplied")]
    [InlineData("none", "invalid_data_supplied")] // the word is not the empty field
    [InlineData("", "none")]
    [InlineData("  ", "none")]
    [InlineData(null, "none")]
    public void Each_text_resolves_to_its_group(string? text, string group)
    {
        Assert.Equal(group, Table.Resolve(text).GroupKey);
    }

    [Fact]
    public void The_groups_are_every_descriptor_but_Other_then_the_three_groups_of_other_codes()
    {
        var groups = Table.Groups;
        Assert.Equal(Enum.GetValues<ProblemDescriptor>().Length - 1 + 3, groups.Length);
        Assert.Equal(3, groups.Count(g => g.Descriptor == ProblemDescriptor.Other));
        Assert.Equal(groups.Length, groups.Select(g => g.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Single(groups, g => !g.IsValidCode);
        Assert.All(groups, g => Assert.NotNull(g.Source));
    }

    [Fact]
    public void A_resolution_and_a_group_read_as_text()
    {
        Assert.Equal("Other (other_mental_health_problems)", Table.Resolve("F34.1").ToString());
        Assert.Equal("(not resolved)", default(ResolvedDescriptor).ToString());
        Assert.StartsWith("depression: Depression (M4 Table 6", Table.Resolve("F32").Group.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_group_index_is_the_position_in_the_table()
    {
        foreach (var text in new[] { "", "F32", "F34.1", "Z63.0", "nonsense", "F43.2" })
        {
            var resolved = Table.Resolve(text);
            Assert.Same(resolved.Group, Table.Groups[resolved.GroupIndex]);
        }
    }

    [Fact]
    public void The_resolution_of_a_descriptor_and_of_a_kind_are_those_Resolve_gives()
    {
        Assert.Same(Table.Resolve("F32").Group, Table.ResolutionOf(ProblemDescriptor.Depression).Group);
        Assert.Same(Table.Resolve("").Group, Table.ResolutionOf(ProblemDescriptor.None).Group);
        Assert.Same(Table.Resolve("F34.1").Group, Table.ResolutionOf(DescriptorGroupKind.OtherMentalHealthProblems).Group);
        Assert.Same(Table.Resolve("Z63.0").Group, Table.ResolutionOf(DescriptorGroupKind.OtherRecordedProblems).Group);
        Assert.Same(Table.Resolve("x").Group, Table.ResolutionOf(DescriptorGroupKind.InvalidDataSupplied).Group);
        Assert.Throws<ArgumentOutOfRangeException>(() => Table.ResolutionOf(ProblemDescriptor.Other));
        Assert.Throws<ArgumentOutOfRangeException>(() => Table.ResolutionOf((ProblemDescriptor)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => Table.ResolutionOf(DescriptorGroupKind.Descriptor));
        Assert.Throws<ArgumentOutOfRangeException>(() => Table.ResolutionOf((DescriptorGroupKind)9));
    }

    [Fact]
    public void The_values_just_past_the_last_descriptor_and_the_last_kind_are_refused_as_out_of_range()
    {
        var pastLastDescriptor = (ProblemDescriptor)(Enum.GetValues<ProblemDescriptor>().Max(d => (int)d) + 1);
        var pastLastKind = (DescriptorGroupKind)(Enum.GetValues<DescriptorGroupKind>().Max(k => (int)k) + 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => Table.ResolutionOf(pastLastDescriptor));
        Assert.Throws<ArgumentOutOfRangeException>(() => Table.ResolutionOf(pastLastKind));
    }

    [Fact]
    public void A_group_of_an_undefined_kind_or_descriptor_is_refused()
    {
        var groups = Table.Groups;
        int other = groups.IndexOf(groups.First(g => g.Kind == DescriptorGroupKind.InvalidDataSupplied));
        Assert.Throws<ArgumentException>(() => Make(groups.SetItem(other, groups[other] with { Kind = (DescriptorGroupKind)9 })));
        Assert.Throws<ArgumentException>(() => Make(groups.SetItem(0, groups[0] with { Descriptor = (ProblemDescriptor)99 })));
    }

    [Fact]
    public void A_descriptor_group_naming_Other_or_another_group_naming_a_descriptor_is_refused_with_that_reason()
    {
        // Descriptor groups name a descriptor of the table; the three national groups of other codes name Other.
        var groups = Table.Groups;
        int other = groups.IndexOf(groups.First(g => g.Kind == DescriptorGroupKind.OtherMentalHealthProblems));
        var namesOther = Assert.Throws<ArgumentException>(() => Make(groups.SetItem(0, groups[0] with { Descriptor = ProblemDescriptor.Other })));
        var namesADescriptor = Assert.Throws<ArgumentException>(() => Make(groups.SetItem(other, groups[other] with { Descriptor = ProblemDescriptor.Depression })));
        Assert.Contains($"'{groups[0].Key}'", namesOther.Message);
        Assert.Contains("a descriptor group names a descriptor other than Other", namesOther.Message);
        Assert.Contains($"'{groups[other].Key}'", namesADescriptor.Message);
        Assert.Contains("the other groups name Other", namesADescriptor.Message);
    }

    private static DescriptorTable Make(IEnumerable<DescriptorGroup> groups) =>
        new(Table.DepressionMeasure, Table.DefaultAnxietyMeasure, Table.Rows, Table.Codes, Table.Keys, groups, Table.MentalHealthChapter);

    [Fact]
    public void A_local_code_added_to_the_table_leaves_the_other_groups()
    {
        var table = Table.WithCode(new Icd10Group("F34.1", ProblemDescriptor.Depression, Local));
        Assert.Equal("depression", table.Resolve("F34.1").GroupKey);
        Assert.Equal("other_mental_health_problems", table.Resolve("F34.0").GroupKey);
        Assert.Equal("other_mental_health_problems", Table.Resolve("F34.1").GroupKey);
    }

    [Fact]
    public void A_group_can_be_renamed_and_the_chapter_changed_in_a_custom_table()
    {
        var renamed = Table.WithGroup(new DescriptorGroup("other_mh", "Other MH", DescriptorGroupKind.OtherMentalHealthProblems, ProblemDescriptor.Other, Local));
        Assert.Equal("other_mh", renamed.Resolve("F34.1").GroupKey);
        Assert.Equal(Table.Groups.Length, renamed.Groups.Length);

        var chapterZ = new DescriptorTable(Table.DepressionMeasure, Table.DefaultAnxietyMeasure, Table.Rows, Table.Codes, Table.Keys,
            Table.Groups, new Sourced<char>('Z', Local));
        Assert.Equal("other_mental_health_problems", chapterZ.Resolve("Z63.0").GroupKey);
        Assert.Equal("other_recorded_problems", chapterZ.Resolve("F34.1").GroupKey);
    }

    [Fact]
    public void A_table_missing_or_repeating_a_group_is_refused()
    {
        var groups = Table.Groups;
        Assert.Throws<ArgumentException>(() => Make(groups.RemoveAt(0)));
        Assert.Throws<ArgumentException>(() => Make(groups.RemoveAt(groups.Length - 2)));
        Assert.Throws<ArgumentException>(() => Make(groups.Add(groups[0] with { Key = "another" })));
        Assert.Throws<ArgumentException>(() => Make(groups.SetItem(1, groups[1] with { Key = groups[0].Key.ToUpperInvariant() })));
        Assert.Throws<ArgumentException>(() => Make(groups.SetItem(0, groups[0] with { Descriptor = ProblemDescriptor.Other })));
        Assert.Throws<ArgumentException>(() => Make(groups.SetItem(0, groups[0] with { Key = " depression" })));
        Assert.Throws<ArgumentException>(() => new DescriptorTable(Table.DepressionMeasure, Table.DefaultAnxietyMeasure, Table.Rows,
            Table.Codes, Table.Keys, groups, new Sourced<char>('f', Local)));
    }

    [Theory]
    [InlineData("F41.1")]
    [InlineData(" f32 ")]
    [InlineData("F34.1")]
    [InlineData("Z63.0")]
    [InlineData("83482000")]
    [InlineData("123456789")]
    [InlineData("F4x.1")]
    [InlineData("")]
    [InlineData("chronic_pain")]
    public void Resolving_allocates_nothing(string text)
    {
        int sink = 0;
        void Resolve()
        {
            var resolved = Table.Resolve(text.AsSpan());
            sink += resolved.GroupIndex + (int)resolved.Descriptor + (resolved.IsValidCode ? 1 : 0) + resolved.GroupKey.Length;
        }

        Resolve();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++)
        {
            Resolve();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.NotEqual(0, sink);
    }

    [Property]
    public Property Resolve_never_fails_and_agrees_with_Parse() =>
        Prop.ForAll(Gen.OneOf(ArbMap.Default.GeneratorFor<string>(), Codes()).ToArbitrary(), text =>
        {
            var resolved = Table.Resolve(text);
            return Table.Parse(text).Match(
                descriptor => resolved.Descriptor == descriptor && resolved.Group.Kind == DescriptorGroupKind.Descriptor,
                _ => resolved.Descriptor == ProblemDescriptor.Other && resolved.Group.Kind != DescriptorGroupKind.Descriptor);
        });

    [Property]
    public Property Every_well_formed_ICD10_code_has_a_valid_group_and_only_chapter_F_is_mental_health() =>
        Prop.ForAll(Codes().ToArbitrary(), code =>
        {
            var resolved = Table.Resolve(code);
            bool chapterF = char.ToUpperInvariant(code[0]) == 'F';
            return resolved.IsValidCode
                && (resolved.Group.Kind != DescriptorGroupKind.OtherMentalHealthProblems || chapterF)
                && (resolved.Group.Kind != DescriptorGroupKind.OtherRecordedProblems || !chapterF);
        });

    /// <summary>Well-formed ICD-10 codes: any letter, two digits, and nothing, a subdivision or a dotted subdivision.</summary>
    private static Gen<string> Codes() =>
        from letter in Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZfgkz".ToCharArray())
        from category in Gen.Choose(0, 99)
        from subdivision in Gen.Choose(-1, 9)
        from dot in ArbMap.Default.GeneratorFor<bool>()
        select subdivision < 0
            ? $"{letter}{category:00}"
            : $"{letter}{category:00}{(dot ? "." : "")}{subdivision}";
}
