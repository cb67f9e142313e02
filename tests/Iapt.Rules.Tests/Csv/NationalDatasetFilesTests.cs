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
    public void Each_of_two_breakdowns_groups_by_its_own_column()
    {
        var report = Read(DatasetFolder.Small(), new DatasetReadOptions { By = ["Extra", "endcode"] }).Report;
        Assert.Equal(["x", "y"], report.Breakdowns.Single(b => b.Key == "Extra").Groups.Select(g => g.Value).Order(StringComparer.Ordinal));
        Assert.Equal(["46"], report.Breakdowns.Single(b => b.Key == "endcode").Groups.Select(g => g.Value));
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

    [Fact]
    public void A_missing_folder_is_reported_as_not_a_folder()
    {
        string path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}");
        var error = Assert.Throws<CsvInputException>(() => NationalDatasetFiles.Read(path));
        Assert.EndsWith("is not a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_by_column_that_ids101_lacks_is_named_as_given_to_by()
    {
        var error = Assert.Throws<CsvInputException>(() => Read(DatasetFolder.Small(), new DatasetReadOptions { By = ["age_band", "Extra", "region"] }));
        Assert.EndsWith("has no column 'age_band', 'region' (given to --by)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_breakdown_groups_referrals_by_their_ids101_values()
    {
        var report = Read(DatasetFolder.Small(), new DatasetReadOptions { By = ["Extra"] }).Report;
        Assert.Equal(["x", "y"], report.Breakdowns.Single(b => b.Key == "Extra").Groups.Select(g => g.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Suppress_applies_disclosure_control_to_the_report()
    {
        Assert.False(Read(DatasetFolder.Small()).Report.Suppressed);
        Assert.True(Read(DatasetFolder.Small(), new DatasetReadOptions { Suppress = true }).Report.Suppressed);
    }

    [Fact]
    public void A_reconciliation_explanation_is_one_line_its_steps_joined_by_semicolons()
    {
        var output = new StringWriter();
        NationalDatasetFiles.WriteReconciliation(Read(DatasetFolder.Small()), output);
        string row = output.ToString().Split('\n')[1];
        Assert.Contains("; ", row, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', row);
    }

    /// <summary>On a file system that tells case apart, of two files whose names differ only in case the ordinal first is read.</summary>
    [Fact]
    public void Of_two_files_named_alike_but_for_case_the_ordinal_first_is_read()
    {
        var files = DatasetFolder.Small();
        files["IDS101REFERRAL.csv"] = "PathwayID,ReferralRequestReceivedDate,ServDischDate\nQ1,2024-01-01,\n";
        using var folder = new DatasetFolder(files);
        if (Directory.GetFiles(folder.Path).Length < files.Count)
        {
            return; // one file on a case-insensitive file system: nothing to choose between
        }

        Assert.Equal(["Q1"], NationalDatasetFiles.Read(folder.Path).Translation.Referrals.Select(r => r.Id));
    }

    [Fact]
    public void The_presenting_complaint_may_be_the_first_column()
    {
        var files = DatasetFolder.Small();
        files["IDS603PresentingComplaints.csv"] = "PresComp,PathwayID,PresCompCodSig,PresCompDate\nF32.1,P1,P,2024-01-01\n";
        Assert.Equal(Rules.ProblemDescriptors.ProblemDescriptor.Depression, Read(files).Translation.Referrals.Single(r => r.Id == "P1").Descriptor);
    }

    [Fact]
    public void A_flag_may_be_the_first_column()
    {
        var files = DatasetFolder.Small();
        files["ids101referral.csv"] = "Recovery_Flag,PathwayID,ReferralRequestReceivedDate,ServDischDate,UniqMonthID\nFalse,P1,2024-01-01,2024-06-30,1450\nTrue,P2,2024-01-05,2024-07-01,1451\n";
        var result = Read(files);
        Assert.True(result.HasFlags);
        Assert.Equal(["P1", "P2"], result.Disagreements.Select(d => d.PathwayId));
    }

    /// <summary>Latest submission wins for IDS201 too (reference §9): the earlier month's row of a contact is superseded.</summary>
    [Fact]
    public void A_care_contact_resubmitted_in_a_later_month_is_superseded()
    {
        var files = DatasetFolder.Small();
        files["IDS201CareContact.csv"] = "PathwayID,CareContactId,CareContDate,AttendOrDNACode,AppType,UniqMonthID\n"
            + "P1,C1,2024-02-01,5,02,1451\nP1,C2,2024-03-01,3,02,1450\nP1,C2,2024-03-01,5,02,1451\n";
        var contacts = Read(files).Translation.Counts.Single(c => c.Table == DatasetTable.CareContact);
        Assert.Equal(new DatasetTableCount(DatasetTable.CareContact, 3, 2, 1, 0), contacts);
    }
}
