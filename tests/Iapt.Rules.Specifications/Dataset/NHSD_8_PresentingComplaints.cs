using Iapt.Rules.Dataset;
using Iapt.Rules.ProblemDescriptors;
using static Iapt.Rules.Specifications.Dataset.Tables;

namespace Iapt.Rules.Specifications.Dataset;

/// <summary>
/// Several descriptors on one referral (IDS603PresentingComplaints): the one used is the first by a code before
/// none, primary significance before secondary, the most recent date, the latest record. Source: reference fact
/// sheet §8 (NHS England Talking Therapies dashboard SQL, Programme Development Tool inequalities step).
/// </summary>
public class NHSD_8_PresentingComplaints
{
    private static PresentingComplaintRow Row(string code, string significance, string date, long line) => new(line, Id, code, significance, date);

    private static ProblemDescriptor Chosen(params PresentingComplaintRow[] rows) => Translate(complaints: rows).Referrals.Single().Descriptor;

    /// <summary>§8: primary before secondary, even when the secondary is more recent.</summary>
    [Fact]
    public void Primary_before_secondary()
    {
        Assert.Equal(ProblemDescriptor.Depression, Chosen(Row("F32.1", "P", "2024-01-01", 2), Row("F41.1", "S", "2024-03-01", 3)));
    }

    /// <summary>§8: between two primaries, the most recent date.</summary>
    [Fact]
    public void Then_the_most_recent_date()
    {
        Assert.Equal(ProblemDescriptor.GeneralisedAnxietyDisorder, Chosen(Row("F41.1", "P", "2024-03-01", 2), Row("F32.1", "P", "2024-01-01", 3)));
    }

    /// <summary>§8: same significance and date: the later line (the latest record).</summary>
    [Fact]
    public void Then_the_later_line()
    {
        Assert.Equal(ProblemDescriptor.Depression, Chosen(Row("F41.1", "P", "2024-03-01", 2), Row("F32.1", "P", "2024-03-01", 3)));
    }

    /// <summary>§8: a code before none: an empty code never displaces a recorded one.</summary>
    [Fact]
    public void A_code_before_none()
    {
        Assert.Equal(ProblemDescriptor.Depression, Chosen(Row("F32.1", "S", "2024-01-01", 2), Row("", "P", "2024-03-01", 3)));
    }

    /// <summary>§8 with §3: ICD-10 and SNOMED CT both resolve (body dysmorphic disorder is SNOMED CT 83482000).</summary>
    [Theory]
    [InlineData("F32.1", ProblemDescriptor.Depression)]
    [InlineData("83482000", ProblemDescriptor.BodyDysmorphicDisorder)]
    public void Icd10_and_snomed_ct_both_resolve(string code, ProblemDescriptor expected)
    {
        Assert.Equal(expected, Chosen(Row(code, "P", "2024-01-01", 2)));
    }

    /// <summary>§8: a referral without IDS603 rows has no descriptor (and is still reported).</summary>
    [Fact]
    public void No_rows_no_descriptor()
    {
        var translation = Translate();
        Assert.Equal(ProblemDescriptor.None, translation.Referrals.Single().Descriptor);
    }

    /// <summary>§8: the descriptors not chosen are counted as superseded.</summary>
    [Fact]
    public void The_others_are_superseded()
    {
        var translation = Translate(complaints: [Row("F32.1", "P", "2024-01-01", 2), Row("F41.1", "S", "2024-01-01", 3)]);
        Assert.Equal(new DatasetTableCount(DatasetTable.PresentingComplaints, 2, 1, 1, 0), translation.CountOf(DatasetTable.PresentingComplaints));
    }
}
