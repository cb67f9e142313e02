using System.Text.Json;
using Iapt.Rules.Compatibility;
using Iapt.Rules.ProblemDescriptors;

namespace Iapt.Rules.Tests.Compatibility;

/// <summary>
/// The netstandard2.0 build names problem descriptors with its own lower snake case instead of System.Text.Json's:
/// the two must give the same name for every descriptor, or the report's breakdown keys would differ by framework.
/// </summary>
public class SnakeCaseNamesTests
{
    public static TheoryData<ProblemDescriptor> Descriptors() => [.. Enum.GetValues<ProblemDescriptor>()];

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Every_descriptor_name_converts_as_System_Text_Json_converts_it(ProblemDescriptor descriptor)
    {
        string name = descriptor.ToString();
        Assert.Equal(JsonNamingPolicy.SnakeCaseLower.ConvertName(name), SnakeCaseNames.Convert(name));
    }

    [Theory]
    [InlineData("GeneralisedAnxietyDisorder", "generalised_anxiety_disorder")]
    [InlineData("Depression", "depression")]
    [InlineData("None", "none")]
    public void A_PascalCase_name_becomes_lower_case_words_joined_by_underscores(string name, string expected)
    {
        Assert.Equal(expected, SnakeCaseNames.Convert(name));
    }
}
