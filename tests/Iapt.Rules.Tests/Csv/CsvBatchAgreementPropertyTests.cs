using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Iapt.Rules.Tests.Reporting.ServiceModel;
using Iapt.Rules.Tests.Reporting;
using static Iapt.Rules.Tests.Reporting.ServiceReportBatchPropertyTests;

namespace Iapt.Rules.Tests.Csv;

/// <summary>
/// The CSV package's reader and pipeline against the library's batch API (issue 13: one report path): the same
/// report and the same number of rejections from the same records, and the same report in any order of either file's
/// rows. They live with the CSV package's tests because the CSV side is what they check (both sides apply the same
/// library rules), so `stryker-csv.json` runs them against the code they are about and the library's mutation runs
/// are spared their time (the two took a fifth of the library filter's test time).
/// </summary>
public class CsvBatchAgreementPropertyTests
{
    /// <summary>The batch API's report equals the CSV reader's, and so do the numbers of records read and rejected.</summary>
    [Property(MaxTest = 60)]
    public Property The_batch_report_equals_the_csv_report_with_bad_records() =>
        Prop.ForAll(ServiceWithBadRecords().ToArbitrary(), Gen.Choose(1, 3).ToArbitrary(), (input, threads) =>
        {
            var batch = Batch(input.Referrals, input.Sessions, threads);
            var (csv, rejects) = ReportPipelineTests.Run(
                RecordsCsv(input.Referrals), SessionsCsv(input.Sessions, input.Service), new Iapt.Rules.Csv.CsvReportOptions { By = Groups, Parallelism = threads });
            int csvRejects = rejects.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
            return (Json(batch.Report) == Json(csv) && csvRejects == batch.Rejections.Length)
                .Label($"{threads} threads, {batch.Rejections.Length} rejected by the batch, {csvRejects} by the reader");
        });

    /// <summary>Any shuffle of the rows of both CSV files gives the same report, sessions on one day included.</summary>
    [Property(MaxTest = 60)]
    public Property Any_shuffle_of_either_csv_file_gives_the_same_report() =>
        Prop.ForAll(
            (from service in ServiceGen.Service(sameDays: true)
             from referralRows in Gen.Shuffle(service.Select(ReferralRow))
             from sessionRows in Gen.Shuffle(SessionRows(service))
             select (service, referralRows, sessionRows)).ToArbitrary(),
            input =>
            {
                string header = ReferralsHeader(Groups) + "\n";
                var (inOrder, _) = ReportPipelineTests.Run(ReferralsCsv(input.service, Groups), SessionsHeader + "\n" + string.Join("", SessionRows(input.service).Select(r => r + "\n")), null, Groups);
                var (shuffled, _) = ReportPipelineTests.Run(
                    header + string.Join("", input.referralRows.Select(r => r + "\n")), SessionsHeader + "\n" + string.Join("", input.sessionRows.Select(r => r + "\n")), null, Groups);
                return Json(inOrder) == Json(shuffled);
            });
}
