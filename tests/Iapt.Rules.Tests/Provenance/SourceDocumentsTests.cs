using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Provenance;

/// <summary>Sources in words: a figure's rule with each document code put into words, and its full reference.</summary>
public class SourceDocumentsTests
{
    [Theory]
    [InlineData("M4 §6.4.3; NHSD", "IAPT Manual §6.4.3; NHS Digital definitions")]
    [InlineData("slides; reference §4", "national figures (slides); rules fact sheet §4")]
    [InlineData("M4 §6.3.1; MQS 11", "IAPT Manual §6.3.1; Minimum Quality Standards 11")]
    [InlineData("NHSD: invalid data supplied (reference §8)", "NHS Digital definitions: invalid data supplied (reference §8)")]
    [InlineData("RtB 7.10, 7.12: referral to assessment within 14 days", "Realising the Benefits 7.10, 7.12: referral to assessment within 14 days")]
    [InlineData("M4 §6.2 (first and last scores); the same-day order of docs/rules.md", "IAPT Manual §6.2 (first and last scores); the same-day order of docs/rules.md")]
    [InlineData("M4x is not M4", "M4x is not M4")]
    [InlineData("", "")]
    public void A_rule_reads_in_words(string rule, string words) => Assert.Equal(words, SourceDocuments.Words(rule));

    [Fact]
    public void Each_part_names_the_document_it_cites_with_its_full_reference()
    {
        var parts = SourceDocuments.Parts("M4 Table 7; local note");
        Assert.Equal(2, parts.Count);
        Assert.Equal("M4", parts[0].Cited!.Code);
        Assert.Contains("March 2020", parts[0].Cited!.Reference, StringComparison.Ordinal);
        Assert.Null(parts[1].Cited);
    }

    [Fact]
    public void Every_document_has_distinct_words_and_a_reference() =>
        Assert.All(SourceDocuments.Documents, d =>
        {
            Assert.Single(SourceDocuments.Documents, o => o.Words == d.Words);
            Assert.True(d.Reference.Length > d.Words.Length);
        });
}
