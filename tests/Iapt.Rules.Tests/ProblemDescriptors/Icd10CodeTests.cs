using Iapt.Rules.ProblemDescriptors;

namespace Iapt.Rules.Tests.ProblemDescriptors;

/// <summary>
/// Reading one ICD-10 code (the internal reader behind <see cref="Icd10Group"/> and the descriptor table): the chapter
/// letter, the two-digit category as a number and the first subdivision digit.
/// </summary>
public class Icd10CodeTests
{
    [Theory]
    [InlineData("F32", 'F', 32, Icd10Code.WholeCategory)]
    [InlineData("F09", 'F', 9, Icd10Code.WholeCategory)] // a leading zero in the category
    [InlineData("F90", 'F', 90, Icd10Code.WholeCategory)] // a zero second digit
    [InlineData("f41.1", 'F', 41, 1)] // the chapter letter in either case
    [InlineData("F411", 'F', 41, 1)] // the dot left out
    [InlineData("F32.X", 'F', 32, Icd10Code.WholeCategory)] // the UK filler for "no subdivision"
    [InlineData("F40.01", 'F', 40, 0)] // a fifth character, read by its first subdivision digit
    [InlineData("Z63.0", 'Z', 63, 0)]
    public void A_code_reads_as_its_chapter_category_and_subdivision(string text, char chapter, int category, int subdivision)
    {
        Assert.True(Icd10Code.TryRead(text, out var code));
        Assert.Equal(new Icd10Code(chapter, category, subdivision), code);
    }

    [Theory]
    [InlineData("F3")] // too short
    [InlineData("3F2")] // no chapter letter
    [InlineData("F3x")] // a category that is not two digits
    [InlineData("F32.")] // a dot with nothing after it
    [InlineData("F32.123")] // more than two characters after the category
    [InlineData("F32.XX")]
    [InlineData("F32.a")]
    public void Text_that_is_not_one_code_is_not_read(string text)
    {
        Assert.False(Icd10Code.TryRead(text, out _));
    }
}
