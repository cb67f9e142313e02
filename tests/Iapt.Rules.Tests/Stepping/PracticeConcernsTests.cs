using Iapt.Rules.Stepping;

namespace Iapt.Rules.Tests.Stepping;

/// <summary>Practice concern keys and citations.</summary>
public class PracticeConcernsTests
{
    [Fact]
    public void Every_single_concern_has_a_unique_key_and_a_citation()
    {
        var keys = PracticeConcernsExtensions.All.Select(f => f.Key()).ToArray();
        Assert.Equal(10, keys.Length);
        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(PracticeConcernsExtensions.All, f => Assert.StartsWith("M4 ", f.Citation(), StringComparison.Ordinal));
    }

    [Fact]
    public void Keys_of_a_combination_are_listed_in_declaration_order()
    {
        var flags = PracticeConcerns.NoProblemDescriptor | PracticeConcerns.OneOffAppointment;
        Assert.Equal("one_off_appointment;no_problem_descriptor", flags.Keys());
        Assert.Equal(string.Empty, PracticeConcerns.None.Keys());
        Assert.Equal(string.Empty, flags.Key());
    }

    [Fact]
    public void The_data_quality_set_is_exactly_the_three_outcome_flags()
    {
        Assert.Equal(
            PracticeConcerns.NoProblemDescriptor | PracticeConcerns.MixedAnxietyAndDepressionWhenBothAtCaseness | PracticeConcerns.AnxietyMeasureNotUsed,
            PracticeConcerns.FromDataQuality);
    }
}
