using System.Collections.Immutable;
using System.Globalization;
using Iapt.Rules.Episodes;
using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.Reporting;
using Iapt.Rules.Stepping;
using NodaTime;

namespace Iapt.Rules.Dataset;

/// <summary>
/// A service's report from the national data set's tables (reference §8-9): the rows are translated into the
/// records every report reads (<see cref="Translate"/>) and reported by <see cref="ServiceReportBatch.Run"/>, so that
/// every rule downstream (finished a course, caseness, recovery, reliable change, waits, stepping, standards,
/// breakdowns) is the same code as the two-file report.
/// </summary>
/// <remarks>
/// <para><b>The translation</b> (rule data in <see cref="RuleSets.RuleSet.Dataset"/> and <see cref="DatasetRecordRules.All"/>):</para>
/// <list type="bullet">
/// <item>Latest submission wins: of the usable rows with one <c>PathwayID</c> (IDS101) or one <c>PathwayID</c> +
/// <c>CareContactId</c> (IDS201), the one with the largest <c>UniqMonthID</c> is used (a month given is later than
/// none; in one month, the later line); the others are superseded. A rejected row takes no part.</item>
/// <item>Contacts: attended (5, 6) with <c>AppType</c> 02 or 05 a treatment session, 01 an assessment, 03 both, any
/// other an attended contact that is neither (<see cref="SessionType.FollowUp"/>); missed (3, 7) a missed
/// appointment of that type; cancelled (2, 4) nothing. Intensity from the contact's IDS202 therapy types: high if any
/// is high, else low if any is low.</item>
/// <item>Scores: a tool type the rule set maps to a measure of its catalogue, with a whole-number <c>PersScore</c> in
/// range, is a score (IDS607 at its contact, dated by it; IDS606 as a <see cref="SessionType.ReferralScores"/>
/// session on <c>AssToolCompDate</c>); any other <c>PersScore</c> is counted as unusable by measure; an unmapped tool
/// type is ignored and counted. Which scores count, and their same-day order, is then the episode's rule
/// (<see cref="EpisodeAccumulator.SameDayOrder"/>).</item>
/// <item>The descriptor: the first IDS603 row of the referral by §8's ranking, resolved by
/// <see cref="ProblemDescriptors.DescriptorTable.Resolve(ReadOnlySpan{char})"/> (ICD-10 and SNOMED CT); none without rows.</item>
/// </list>
/// <para><b>Order.</b> Row order within a table never changes the result, except between two rows that tie on every
/// ranking key (same key and month), where the later line wins.</para>
/// <para><b>What streams, what buffers.</b> Each table's rows are enumerated once, in the order of
/// <see cref="DatasetTables.All"/>, given to a <see cref="DatasetTranslator"/> and never held; what the translator
/// holds is in its remarks. <see cref="Translate"/> then builds every session; <see cref="Report"/> never does: it
/// assesses each referral from the translator's stores as it comes to it, on every core, holding no session and no
/// accumulator (<see cref="ReferralAccumulator"/>) beyond the one each thread is assessing.</para>
/// </remarks>
public static class NationalDataset
{
    /// <summary>The key of the report section of row counts and data quality.</summary>
    public const string DatasetSection = "dataset";

    /// <summary>The key of the report section of agreement with NHS Digital's flags.</summary>
    public const string AgreementSection = "nhs_digital_agreement";

    /// <summary>Translates a data set extract into referral and session records.</summary>
    /// <param name="rules">The rule set (its <see cref="RuleSets.RuleSet.Dataset"/>, <see cref="RuleSets.RuleSet.Descriptors"/> and measures).</param>
    /// <param name="input">The tables' rows.</param>
    /// <returns>The records and what became of every row.</returns>
    public static DatasetTranslation Translate(IDatasetRuleSet rules, DatasetInput input)
    {
        Guard.Against.Null(rules);
        Guard.Against.Null(input);
        return Add(new DatasetTranslator(rules), input).Translate();
    }

    /// <summary>
    /// Builds the report of a data set extract, and reconciles it with NHS Digital's flags when present: the same
    /// report as <see cref="ServiceReportBatch.Run"/> of <see cref="Translate"/>'s records, without building the
    /// sessions (the translation it gives has none; see the remarks), on every core.
    /// </summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="input">The tables' rows.</param>
    /// <param name="options">The period, breakdowns (each referral row's <see cref="ReferralRow.Attributes"/>) and threads.</param>
    /// <returns>The report, the translation and the reconciliation.</returns>
    /// <exception cref="ArgumentException">A referral row's number of attributes differs from the number of breakdowns.</exception>
    public static DatasetReport Report(IDatasetRuleSet rules, DatasetInput input, ServiceReportBatchOptions? options = null)
    {
        Guard.Against.Null(rules);
        Guard.Against.Null(input);
        return Add(new DatasetTranslator(rules), input).Report(options);
    }

    /// <summary>The report of a finished translation (<see cref="DatasetTranslator.Report"/>): the sessions come from the translator, by index.</summary>
    internal static DatasetReport ReportOf(IDatasetRuleSet rules, DatasetTranslator translator, DatasetTranslation translation, ServiceReportBatchOptions options)
    {
        var (batch, agreement, disagreements) = Assess(rules, translation, translator, options);
        var sections = batch.Sections.Add(CountsSection(translation));
        if (agreement.Any(a => a.Compared > 0))
        {
            sections = sections.Add(AgreementFigures(agreement));
        }

        var report = batch with
        {
            Headline = batch.Headline with
            {
                RowsRead = translation.RowsRead,
                RowsRejected = translation.RowsRejected,
            },
            Sections = sections,
        };
        return new DatasetReport { Report = report, Translation = translation, Agreement = agreement, Disagreements = disagreements };
    }

    /// <summary>The engine's value of one of NHS Digital's flags for an outcome.</summary>
    /// <param name="flag">The flag.</param>
    /// <param name="outcome">The referral's outcome.</param>
    /// <returns>
    /// <see cref="OutcomeResult.Finished"/> for <c>CompletedTreatment_Flag</c>; finished and not at caseness at the
    /// start for <c>NotCaseness_Flag</c>; the claimed outcome (an outcome that cannot be claimed is
    /// <see langword="false"/>) for the others.
    /// </returns>
    public static bool EngineValue(NhsdIndicator flag, in OutcomeResult outcome) => flag switch
    {
        NhsdIndicator.CompletedTreatment => outcome.Finished,
        NhsdIndicator.NotCaseness => outcome.Finished && outcome.CasenessAtStart == CasenessAtStart.NotCase,
        NhsdIndicator.Recovery => outcome.Recovered == true,
        NhsdIndicator.ReliableImprovement => outcome.ReliableImprovement == true,
        NhsdIndicator.ReliableDeterioration => outcome.ReliableDeterioration == true,
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, "not a flag"),
    };

    /// <summary>
    /// Assesses every referral of the translation and reconciles it with NHS Digital's flags, as
    /// <see cref="ServiceReportBatch.Run"/> does with the same library calls, but by index: each session goes to its
    /// referral's accumulator by index as the translator gives it (no lookup by id, no session kept), the referrals are split
    /// into contiguous shares, each assessed, counted and reconciled by one thread into its own
    /// <see cref="ServiceReportBuilder"/>, and the builders are merged (every figure is a sum, so the report is the
    /// same for any number of threads; the disagreements are joined in referral order).
    /// </summary>
    private static (ServiceReport, ImmutableArray<FlagAgreement>, ImmutableArray<FlagDisagreement>) Assess(
        IDatasetRuleSet rules, DatasetTranslation translation, DatasetTranslator translator, ServiceReportBatchOptions options)
    {
        var referrals = translation.Referrals;
        int breakdowns = options.Breakdowns.Count;
        for (int i = 0; i < referrals.Length; i++)
        {
            int attributes = referrals[i].Attributes.IsDefault ? 0 : referrals[i].Attributes.Length;
            if (attributes != breakdowns)
            {
                throw new ArgumentException(
                    $"The referral row of PathwayID at position {i} has {attributes} attributes; the report has {breakdowns} breakdowns.", nameof(translation));
            }
        }

        var first = new ServiceReportBuilder(rules, options.Period, options.Breakdowns);

        int shares = ShareAssessment.Shares(options.MaxDegreeOfParallelism, referrals.Length);
        var found = new Reconciliation[shares];
        for (int s = 0; s < shares; s++)
        {
            found[s] = new Reconciliation();
        }

        // The translation checked every session against its referral (RecordRules.CheckSession) before keeping it.
        ShareAssessment.Run(first, shares, referrals, translator.SessionFeed, (s, i, assessment) =>
        {
            if (translation.Flags[i].Any)
            {
                found[s].Add(first.Classifier, referrals[i].Id, translation.Flags[i], assessment);
            }
        });

        var compared = new long[NhsdValues.All.Length];
        var agreed = new long[NhsdValues.All.Length];
        var disagreements = ImmutableArray.CreateBuilder<FlagDisagreement>();
        foreach (var reconciliation in found)
        {
            for (int f = 0; f < compared.Length; f++)
            {
                compared[f] += reconciliation.Compared[f];
                agreed[f] += reconciliation.Agreed[f];
            }

            disagreements.AddRange(reconciliation.Disagreements);
        }

        // The headline's rows read and rejected are the tables' own, set by Report.
        var report = first.Build(0, 0);
        return (report, [.. NhsdValues.All.Select(f => new FlagAgreement(f, compared[(int)f], agreed[(int)f]))], disagreements.ToImmutable());
    }

    /// <summary>Adds every row of <paramref name="input"/> to <paramref name="translator"/>, table by table in the order of <see cref="DatasetTables.All"/>.</summary>
    private static DatasetTranslator Add(DatasetTranslator translator, DatasetInput input)
    {
        Guard.Against.Null(input.Referrals);
        Guard.Against.Null(input.CareContacts);
        foreach (var r in input.Referrals)
        {
            translator.AddReferral(r.Line, r.PathwayId.AsSpan(), r.ReferralReceivedDate.AsSpan(), r.DischargeDate.AsSpan(), r.UniqMonthId.AsSpan(), r.Attributes, r.Flags);
        }

        foreach (var c in input.CareContacts)
        {
            translator.AddCareContact(c.Line, c.PathwayId.AsSpan(), c.CareContactId.AsSpan(), c.Date.AsSpan(), c.AttendOrDnaCode.AsSpan(), c.AppType.AsSpan(), c.UniqMonthId.AsSpan());
        }

        foreach (var a in input.CareActivities ?? [])
        {
            translator.AddCareActivity(a.Line, a.PathwayId.AsSpan(), a.CareContactId.AsSpan(), a.TherapyType.AsSpan());
        }

        foreach (var p in input.PresentingComplaints ?? [])
        {
            translator.AddPresentingComplaint(p.Line, p.PathwayId.AsSpan(), p.Code.AsSpan(), p.Significance.AsSpan(), p.Date.AsSpan());
        }

        foreach (var s in input.ContactScores ?? [])
        {
            translator.AddContactScore(s.Line, s.PathwayId.AsSpan(), s.CareContactId.AsSpan(), s.ToolType.AsSpan(), s.Score.AsSpan());
        }

        foreach (var s in input.ReferralScores ?? [])
        {
            translator.AddReferralScore(s.Line, s.PathwayId.AsSpan(), s.ToolType.AsSpan(), s.Score.AsSpan(), s.Date.AsSpan());
        }

        return translator;
    }

    private static ReportSection CountsSection(DatasetTranslation translation)
    {
        var figures = ImmutableArray.CreateBuilder<ReportFigure>();
        const string rule = "reference §9 (rows read = used + superseded + rejected)";
        foreach (var count in translation.Counts)
        {
            string table = DatasetTables.NameOf(count.Table);
            string key = table.ToLowerInvariant();
            figures.Add(ReportFigure.Of(key + "_rows_read", table + ": rows read", count.Read, rule: rule));
            figures.Add(ReportFigure.Of(key + "_rows_used", table + ": rows used", count.Used, count.Read, rule));
            figures.Add(ReportFigure.Of(key + "_rows_superseded", table + ": rows superseded", count.Superseded, count.Read, rule));
            figures.Add(ReportFigure.Of(key + "_rows_rejected", table + ": rows rejected", count.Rejected, count.Read, rule));
        }

        foreach (var unusable in translation.UnusableScores)
        {
            figures.Add(ReportFigure.Of("unusable_scores_" + unusable.MeasureKey, "Unusable scores (NA, Y, N, empty, out of range): " + unusable.MeasureKey,
                unusable.Count, rule: "reference §9 (PersScore)"));
        }

        figures.Add(ReportFigure.Of("unmapped_tool_types", "Score rows of a tool type the rule set does not map (ignored)", translation.UnmappedToolTypes,
            rule: "reference §9 (CodedAssToolType)"));
        return new ReportSection(DatasetSection, "National data set: rows and data quality", figures.ToImmutable());
    }

    private static ReportSection AgreementFigures(ImmutableArray<FlagAgreement> agreement) =>
        new(AgreementSection, "Agreement with NHS Digital's flags",
        [
            .. agreement.Where(a => a.Compared > 0).Select(a => ReportFigure.Of(
                "agreement_" + NhsdValues.ColumnOf(a.Flag).ToLowerInvariant(), "Agreement with " + NhsdValues.ColumnOf(a.Flag),
                a.Agreed, a.Compared, "reference §9 (NHS Digital's derived columns)")),
        ]);

    /// <summary>One share's agreement with NHS Digital's flags: compared and agreed by flag, and the disagreements in referral order.</summary>
    private sealed class Reconciliation
    {
        public long[] Compared { get; } = new long[NhsdValues.All.Length];

        public long[] Agreed { get; } = new long[NhsdValues.All.Length];

        public List<FlagDisagreement> Disagreements { get; } = [];

        public void Add(OutcomeClassifier classifier, string id, NhsdValues flags, in ReferralAssessment assessment)
        {
            FlagDisagreement.Deferred? explanation = null;
            foreach (var flag in NhsdValues.All)
            {
                // Read as a nullable and then unwrapped (not "is not bool theirs"): Stryker's negated pattern would leave
                // "theirs" unassigned, a compile error it cannot pin on one mutant, and it would drop every mutant of this method.
                bool? value = flags[flag];
                if (value is null)
                {
                    continue;
                }

                bool theirs = value.Value;

                bool ours = EngineValue(flag, assessment.Outcome);
                Compared[(int)flag]++;
                if (ours == theirs)
                {
                    Agreed[(int)flag]++;
                }
                else
                {
                    explanation ??= new FlagDisagreement.Deferred(classifier, assessment.Episode.Outcome);
                    Disagreements.Add(new FlagDisagreement(id, flag, theirs, ours, explanation));
                }
            }
        }
    }
}
