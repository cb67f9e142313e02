using Iapt.Rules.Csv;
using Iapt.Rules.Dataset;

namespace Iapt.Rules.Tests.Csv;

public class NationalDatasetFilesTests
{
    private static DatasetReport Read(Dictionary<string, string> files, DatasetReadOptions? options = null)
    {
        using var folder = new DatasetFolder(files);
        return NationalDatasetFiles.Read(folder.Path, options);
    }

    [Fact]
    public void File_and_column_names_are_case_insensitive_in_any_order_with_extra_columns_ignored()
    {
        var result = Read(DatasetFolder.Small());
        var headline = result.Report.Headline;
        Assert.Equal((22L, 4L, 2L, 1L, 1L), (headline.RowsRead!.Value, headline.RowsRejected!.Value, headline.Referrals!.Value, headline.Finished!.Value, headline.Recovered!.Value));
        Assert.Equal(
            [new(DatasetTable.Referral, 4, 2, 1, 1), new(DatasetTable.CareContact, 6, 4, 0, 2), new(DatasetTable.CareActivity, 3, 2, 0, 1),
             new(DatasetTable.PresentingComplaints, 3, 2, 1, 0), new(DatasetTable.ContactScores, 5, 5, 0, 0), new DatasetTableCount(DatasetTable.ReferralScores, 1, 1, 0, 0)],
            result.Translation.Counts.ToArray());
        Assert.Equal(Rules.ProblemDescriptors.ProblemDescriptor.BodyDysmorphicDisorder, result.Translation.Referrals.Single(r => r.Id == "P2").Descriptor);
    }

    [Fact]
    public void Rejected_rows_are_written_with_file_line_field_and_reason()
    {
        var rejects = new StringWriter();
        Read(DatasetFolder.Small(), new DatasetReadOptions { Rejects = rejects });
        Assert.Equal(
            "file,line,field,reason\n"
            + "ids101referral.csv,5,ReferralRequestReceivedDate,not a date in the form yyyy-MM-dd\n"
            + "IDS201CareContact.csv,6,PathwayID,\"no such referral (unknown, or its IDS101 rows were rejected)\"\n"
            + "IDS201CareContact.csv,7,AttendOrDNACode,not an attendance code of the rule set (2 to 7)\n"
            + "IDS202CareActivity.csv,4,CareContactId,\"no such care contact (unknown, or its IDS201 rows were rejected)\"\n",
            rejects.ToString());
    }

    [Fact]
    public void Any_ids101_column_can_be_a_breakdown()
    {
        var report = Read(DatasetFolder.Small(), new DatasetReadOptions { By = ["endcode", "Extra"] }).Report;
        Assert.Equal(["problem_descriptor", "endcode", "Extra"], report.Breakdowns.Select(b => b.Key));
    }

    [Fact]
    public void A_by_column_that_ids101_lacks_is_an_input_error()
    {
        var error = Assert.Throws<CsvInputException>(() => Read(DatasetFolder.Small(), new DatasetReadOptions { By = ["age_band"] }));
        Assert.Contains("'age_band'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ids101referral.csv")]
    [InlineData("IDS201CareContact.csv")]
    public void The_required_tables_must_be_present(string missing)
    {
        var files = DatasetFolder.Small();
        files.Remove(missing);
        var error = Assert.Throws<CsvInputException>(() => Read(files));
        Assert.Contains("(required)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_optional_tables_may_be_absent()
    {
        var files = DatasetFolder.Small();
        foreach (var name in files.Keys.Where(k => !k.StartsWith("ids101", StringComparison.OrdinalIgnoreCase) && !k.StartsWith("IDS201", StringComparison.Ordinal)).ToArray())
        {
            files.Remove(name);
        }

        var result = Read(files);
        Assert.Equal(2, result.Report.Headline.Referrals);
        Assert.All(result.Translation.Referrals, r => Assert.Equal(Rules.ProblemDescriptors.ProblemDescriptor.None, r.Descriptor));
    }

    [Theory]
    [InlineData("IDS201CareContact.csv", "PathwayID,CareContactId,CareContDate,AttendOrDNACode\n")]
    [InlineData("IDS603PresentingComplaints.csv", "PathwayID,PresCompCodSig,PresCompDate\n")]
    public void A_required_column_must_be_present(string file, string header)
    {
        var files = DatasetFolder.Small();
        files[file] = header;
        Assert.Throws<CsvInputException>(() => Read(files));
    }

    [Fact]
    public void PresComp_is_read_like_Validated_PresentingComplaint()
    {
        var files = DatasetFolder.Small();
        files["IDS603PresentingComplaints.csv"] = files["IDS603PresentingComplaints.csv"].Replace("Validated_PresentingComplaint", "presComp", StringComparison.Ordinal);
        Assert.Equal(Rules.ProblemDescriptors.ProblemDescriptor.Depression, Read(files).Translation.Referrals.Single(r => r.Id == "P1").Descriptor);
    }

    [Fact]
    public void A_short_row_is_rejected_naming_the_empty_field()
    {
        var files = DatasetFolder.Small();
        files["IDS201CareContact.csv"] = "PathwayID,CareContactId,CareContDate,AttendOrDNACode,AppType\nP1,C1\n";
        var rejection = Read(files).Translation.Rejections.Single(r => r.Table == DatasetTable.CareContact);
        Assert.Equal((2L, "CareContDate"), (rejection.Line, rejection.Field));
    }

    [Fact]
    public void The_reconciliation_lists_each_disagreement()
    {
        var output = new StringWriter();
        NationalDatasetFiles.WriteReconciliation(Read(DatasetFolder.Small()), output);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("PathwayID,flag,nhs_digital,engine,explanation", lines[0]);
        Assert.StartsWith("P1,Recovery_Flag,false,true,\"rule set: IAPT Manual v4", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("P2,Recovery_Flag,true,false,", lines[2], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void Without_disagreements_the_reconciliation_is_its_header()
    {
        var files = DatasetFolder.Small();
        files["ids101referral.csv"] = files["ids101referral.csv"].Replace(",False,x", ",True,x", StringComparison.Ordinal).Replace("46,1,y", "46,0,y", StringComparison.Ordinal);
        var output = new StringWriter();
        NationalDatasetFiles.WriteReconciliation(Read(files), output);
        Assert.Equal("PathwayID,flag,nhs_digital,engine,explanation\n", output.ToString());
    }

    [Fact]
    public void A_missing_folder_is_an_input_error()
    {
        Assert.Throws<CsvInputException>(() => NationalDatasetFiles.Read(Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}")));
    }
}
