namespace Iapt.Rules.Tests.Csv;

/// <summary>A temporary folder of data set tables for a test, removed afterwards.</summary>
internal sealed class DatasetFolder : IDisposable
{
    public DatasetFolder(IReadOnlyDictionary<string, string> files)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"iapt-dataset-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
        foreach (var (name, content) in files)
        {
            File.WriteAllText(System.IO.Path.Combine(Path, name), content);
        }
    }

    public string Path { get; }

    /// <summary>
    /// A small extract exercising every contract rule: lower-case file and column names, columns in another order,
    /// extra columns, a resubmitted referral, zero-padded codes, a cancellation, both score tables, two descriptors,
    /// and bad rows in three tables. P1 finishes and recovers (PHQ-9 18 to 6, GAD-7 15 to 4); P2 is assessed only.
    /// </summary>
    public static Dictionary<string, string> Small() => new()
    {
        ["ids101referral.csv"] =
            "pathwayid,ReferralRequestReceivedDate,ServDischDate,UniqMonthID,EndCode,Recovery_Flag,Extra\n"
            + "P1,2024-01-01,2024-06-30,1450,46,False,x\n"
            + "P2,2024-01-05,,1450,,,y\n"
            + "P2,2024-01-05,2024-07-01,1451,46,1,y\n"
            + "P3,bad,,1450,,,z\n",
        ["IDS201CareContact.csv"] =
            "AppType,PathwayID,CareContactId,CareContDate,AttendOrDNACode\n"
            + "02,P1,C1,2024-02-01,5\n"
            + "2,P1,C2,2024-03-01,05\n"
            + "01,P2,C1,2024-01-10,6\n"
            + "02,P2,C2,2024-02-10,2\n"
            + "02,P9,C1,2024-02-10,5\n"
            + "02,P1,C3,2024-03-05,9\n",
        ["IDS607CodedScoreAssessmentAct.csv"] =
            "PathwayID,CareContactId,CodedAssToolType,PersScore\n"
            + "P1,C1,720433000,18\nP1,C1,445455005,15\nP1,C2,720433000,6\nP1,C2,445455005,NA\nP1,C2,12345678,3\n",
        ["IDS606CodedScoreAssessmentRefer.csv"] = "PathwayID,CodedAssToolType,PersScore,AssToolCompDate\nP1,445455005,4,2024-03-01\n",
        ["IDS603PresentingComplaints.csv"] =
            "PathwayID,Validated_PresentingComplaint,PresCompCodSig,PresCompDate\nP1,F32.1,P,2024-01-01\nP1,F41.1,S,2024-02-01\nP2,83482000,P,2024-01-05\n",
        ["IDS202CareActivity.csv"] = "PathwayID,CareContactId,CodeProcAndProcStatus\nP1,C1,304891004\nP1,C2,748051000000105\nP1,C9,304891004\n",
    };

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
