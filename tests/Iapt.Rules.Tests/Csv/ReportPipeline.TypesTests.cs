using Iapt.Rules.Csv;
using Iapt.Rules.Reporting;
using Iapt.Rules.Tests.Reporting;

namespace Iapt.Rules.Tests.Csv;

/// <summary>
/// The pipeline's own stores (<c>ReportPipeline.Types.cs</c>): the ids' text, which grows to hold an id of any
/// length, and the packed chain of treatment sessions, which holds any date from year 1.
/// </summary>
public class ReportPipelineTypesTests
{
    private const string RejectsHeader = "file,line,field,reason\n";

    /// <summary>
    /// An id of 2,000 characters, far longer than the room first set aside for the file's ids (and than the 32
    /// characters first kept of the previous session row's id): its referral is kept and both its sessions found.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_referral_id_of_two_thousand_characters_is_kept_and_its_sessions_found(int threads)
    {
        string id = new('x', 2_000);
        var (report, rejects) = ReportPipelineTests.Run(
            $"referral_id,referral_date,problem_descriptor,discharge_date\n{id},2024-01-01,F32,2024-03-01\n",
            $"referral_id,date,type,attended\n{id},2024-01-10,treatment,true\n{id},2024-01-17,treatment,true\n",
            new CsvReportOptions { Parallelism = threads });
        Assert.Equal(RejectsHeader, rejects);
        Assert.Equal(1, report.Headline.Referrals);
        Assert.Equal(1, report.Headline.Finished);
    }

    /// <summary>
    /// The chain packs years 1 to 9999: treatment sessions in year 1 (the first the dates can hold) are kept, and
    /// two of them make a course of treatment.
    /// </summary>
    [Fact]
    public void Treatment_sessions_in_year_one_are_kept()
    {
        var (report, rejects) = ReportPipelineTests.Run(
            "referral_id,referral_date,problem_descriptor,discharge_date\nr,0001-01-01,F32,0001-03-01\n",
            "referral_id,date,type,attended\nr,0001-01-10,treatment,true\nr,0001-01-17,treatment,true\n",
            new CsvReportOptions { Parallelism = 1 });
        Assert.Equal(RejectsHeader, rejects);
        Assert.Equal(1, report.Headline.EnteredTreatment);
        Assert.Equal(1, report.Headline.Finished);
    }
    /// <summary>
    /// Each treatment session's intensity comes back from the packed chain as read (beside its intervention), in year
    /// 9999, the last the chain holds: a has low intensity sessions only (the last on its discharge date, 9999-12-31),
    /// b high only, c low then high; the fourth, d, has sessions with no intensity. So of the three finished with an
    /// intensity, one each is low only, high only and both.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void The_intensity_of_each_treatment_session_comes_back_from_the_chain(int threads)
    {
        var (report, rejects) = ReportPipelineTests.Run(
            "referral_id,referral_date,problem_descriptor,discharge_date\n" +
            "a,9999-01-01,F32,9999-12-31\nb,9999-01-01,F32,9999-12-31\nc,9999-01-01,F32,9999-12-31\nd,9999-01-01,F32,9999-12-31\n",
            "referral_id,date,type,attended,intensity,intervention\n" +
            "a,9999-01-10,treatment,true,low,guided_self_help\na,9999-12-31,treatment,true,low,guided_self_help\n" +
            "b,9999-01-10,treatment,true,high,cbt\nb,9999-01-17,treatment,true,high,cbt\n" +
            "c,9999-01-10,treatment,true,low,guided_self_help\nc,9999-01-17,treatment,true,high,cbt\n" +
            "d,9999-01-10,treatment,true,,\nd,9999-01-17,treatment,true,,\n",
            new CsvReportOptions { Parallelism = threads });
        Assert.Equal(RejectsHeader, rejects);
        var a = new ReportAssert(report);
        a.Share(ReportKeys.SteppingSection, "low_intensity_only", 1, 3);
        a.Share(ReportKeys.SteppingSection, "high_intensity_only", 1, 3);
        a.Share(ReportKeys.SteppingSection, "both_intensities", 1, 3);
    }
}
