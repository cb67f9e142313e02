using System.Collections.Immutable;
using System.Text;
using Iapt.Rules.Measures;
using Iapt.Rules.Provenance;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Outcomes;

/// <summary>
/// Why a referral has the outcome it has, in words an auditor can check against the manual: the rule set, the
/// descriptor and the measure chosen, every score used against its threshold, and the rule (with its source) that
/// decided each outcome. Made by <see cref="OutcomeClassifier.Explain(in OutcomeInput)"/>.
/// </summary>
/// <remarks>Scores are shown to at most four decimal places (the MI's item means); decisions use the exact values.</remarks>
public sealed class OutcomeExplanation
{
    private OutcomeExplanation(OutcomeResult result, string ruleSet, ImmutableArray<ExplanationLine> lines)
    {
        Result = result;
        RuleSet = ruleSet;
        Lines = lines;
    }

    /// <summary>The result explained (the same as <see cref="OutcomeClassifier.Classify(in OutcomeInput)"/> gives).</summary>
    public OutcomeResult Result { get; }

    /// <summary>The name and version of the rule set, for example <c>IAPT Manual v4 (2020.1)</c>.</summary>
    public string RuleSet { get; }

    /// <summary>The steps, in the order the rules apply.</summary>
    public ImmutableArray<ExplanationLine> Lines { get; }

    /// <summary>The explanation as text: the rule set, then one line per step.</summary>
    /// <returns>Several lines of text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder().Append("rule set: ").Append(RuleSet);
        foreach (var line in Lines)
        {
            text.AppendLine().Append(line);
        }

        return text.ToString();
    }

    internal static OutcomeExplanation Build(
        OutcomeClassifier classifier,
        in OutcomeInput input,
        OutcomeResult result,
        MeasureDefinition recommended,
        in PreparedMeasure phq9,
        in PreparedMeasure anxiety,
        in ScorePair anxietyScores,
        int minimumSessions)
    {
        var rules = classifier.Rules;
        var table = rules.Descriptors;
        var row = table[input.Descriptor];
        var gad7 = classifier.DefaultAnxietyMeasure;
        var lines = ImmutableArray.CreateBuilder<ExplanationLine>();

        lines.Add(new("problem descriptor",
            $"{input.Descriptor}: recommended anxiety measure {row.RecommendedMeasure}, depression measure {table.DepressionMeasure.Value}",
            row.Source));

        lines.Add(ReferenceEquals(recommended, gad7)
            ? new("anxiety measure", $"{gad7.Key}: the descriptor's recommended measure", row.Source)
            : !recommended.CountsForRecovery.Value
                ? new("anxiety measure",
                    $"{gad7.Key}: {recommended.Key} does not count for recovery in this rule set, so the default anxiety measure is used",
                    recommended.CountsForRecovery.Source)
                : ReferenceEquals(result.AnxietyMeasure, recommended)
                    ? new("anxiety measure", $"{recommended.Key}: it has a first and a last score", OutcomeSources.AnxietyMeasure)
                    : new("anxiety measure",
                        $"{gad7.Key}: {recommended.Key} has no first and last score, so the default anxiety measure is used",
                        OutcomeSources.AnxietyMeasure));

        var minimum = rules.Outcomes.MinimumTreatmentSessions;
        lines.Add(new("finished course of treatment",
            $"{YesNo(result.Finished)}: {(input.Ended ? "ended" : "not ended")} with {input.TreatmentSessions} treatment session(s); " +
            $"a course needs the referral ended after at least {minimumSessions}",
            minimum.Source));

        lines.Add(ScoresLine(phq9, input.Phq9));
        lines.Add(ScoresLine(anxiety, anxietyScores));

        lines.Add(new("paired scores",
            $"{YesNo(result.Paired)}: {phq9.Definition.Key} {PairWords(input.Phq9)}, {anxiety.Definition.Key} {PairWords(anxietyScores)}",
            OutcomeSources.Paired));

        lines.Add(new("caseness at start", CasenessWords(result.CasenessAtStart, phq9, input.Phq9, anxiety, anxietyScores),
            OutcomeSources.CasenessAtStart));

        if (!result.Finished)
        {
            lines.Add(new("outcomes", "not claimed: the referral has not finished a course of treatment", minimum.Source));
        }
        else if (!result.Paired)
        {
            lines.Add(new("outcomes",
                "none: without paired PHQ-9 and anxiety scores no outcome is shown; only demonstrated recovery is claimed",
                OutcomeSources.Recovery));
        }
        else
        {
            var change = (Phq9: Change(phq9, input.Phq9), Anxiety: Change(anxiety, anxietyScores));
            lines.Add(ChangeLine(phq9, input.Phq9, change.Phq9));
            lines.Add(ChangeLine(anxiety, anxietyScores, change.Anxiety));
            AddOutcomeLines(lines, result, phq9, input.Phq9, anxiety, anxietyScores, change.Phq9, change.Anxiety);
        }

        if ((result.DataQuality & DataQualityIssues.NoProblemDescriptor) != 0)
        {
            lines.Add(new("data quality", "no problem descriptor recorded", OutcomeSources.NoProblemDescriptor));
        }

        if ((result.DataQuality & DataQualityIssues.MixedAnxietyDepressionAtCaseness) != 0)
        {
            lines.Add(new("data quality",
                "mixed anxiety and depressive disorder recorded while the first PHQ-9 and anxiety scores are both at caseness",
                OutcomeSources.MixedAtCaseness));
        }

        if ((result.DataQuality & DataQualityIssues.AdsmNotPaired) != 0)
        {
            lines.Add(new("data quality",
                $"the descriptor calls for {recommended.Key}, which has no first and last score", OutcomeSources.AdsmNotPaired));
        }

        return new OutcomeExplanation(result, $"{rules.Name} ({rules.Version})", lines.ToImmutable());
    }

    private static void AddOutcomeLines(
        ImmutableArray<ExplanationLine>.Builder lines, OutcomeResult result,
        in PreparedMeasure phq9, in ScorePair phq9Scores, in PreparedMeasure anxiety, in ScorePair anxietyScores,
        Direction phq9Change, Direction anxietyChange)
    {
        string phq9Key = phq9.Definition.Key;
        string anxietyKey = anxiety.Definition.Key;
        bool phq9LastCase = phq9.IsCase(phq9Scores.Last) == true;
        bool anxietyLastCase = anxiety.IsCase(anxietyScores.Last) == true;

        string recovered = result.Recovered == true
            ? "yes: at caseness at the start and both last scores below caseness"
            : result.CasenessAtStart != CasenessAtStart.Case
                ? "no: not at caseness at the start"
                : $"no: the last {ScoresAre(phq9LastCase ? phq9Key : null, anxietyLastCase ? anxietyKey : null)} at caseness";
        lines.Add(new("recovered", recovered, OutcomeSources.Recovery));

        string? fell = Join(phq9Change == Direction.ReliableFall ? phq9Key : null, anxietyChange == Direction.ReliableFall ? anxietyKey : null);
        string? rose = Join(phq9Change == Direction.ReliableRise ? phq9Key : null, anxietyChange == Direction.ReliableRise ? anxietyKey : null);

        lines.Add(new("reliable improvement",
            result.ReliableImprovement == true ? $"yes: {fell} fell reliably and neither measure rose reliably"
            : fell is null ? "no: neither measure fell by its reliable-change value"
            : $"no: {fell} fell reliably but {rose} rose reliably",
            OutcomeSources.ReliableImprovement));

        lines.Add(new("reliable deterioration",
            result.ReliableDeterioration == true ? $"yes: {rose} rose reliably and neither measure fell reliably"
            : rose is null ? "no: neither measure rose by its reliable-change value"
            : $"no: {rose} rose reliably but {fell} fell reliably",
            OutcomeSources.ReliableDeterioration));

        lines.Add(new("no reliable change",
            result.NoReliableChange == true ? "yes: paired scores with neither reliable improvement nor reliable deterioration"
            : result.ReliableImprovement == true ? "no: reliably improved" : "no: reliably deteriorated",
            OutcomeSources.NoReliableChange));

        lines.Add(new("reliable recovery",
            result.ReliableRecovery == true ? "yes: recovered and reliably improved"
            : $"no: {(result.Recovered == true ? "recovered but not reliably improved" : "not recovered")}",
            OutcomeSources.ReliableRecovery));
    }

    private enum Direction
    {
        NotReliable,
        ReliableFall,
        ReliableRise,
    }

    private static Direction Change(in PreparedMeasure measure, in ScorePair scores)
    {
        var first = scores.First!.Value;
        var last = scores.Last!.Value;
        return measure.FellReliably(first, last) && !measure.FellReliably(last, first) ? Direction.ReliableFall
            : measure.FellReliably(last, first) && !measure.FellReliably(first, last) ? Direction.ReliableRise
            : Direction.NotReliable;
    }

    private static ExplanationLine ChangeLine(in PreparedMeasure measure, in ScorePair scores, Direction direction)
    {
        decimal difference = scores.First!.Value.Value - scores.Last!.Value.Value;
        var definition = measure.Definition;
        string moved = difference > 0 ? $"fell by {definition.FormatValue(difference)}"
            : difference < 0 ? $"rose by {definition.FormatValue(-difference)}"
            : "did not change";
        string verdict = direction switch
        {
            Direction.ReliableFall => "a reliable fall",
            Direction.ReliableRise => "a reliable rise",
            _ => "not a reliable change",
        };
        var reliableChange = measure.Definition.ReliableChange!.Value;
        return new($"reliable change on {measure.Definition.Key}",
            $"{moved} (reliable-change value {reliableChange.Value}, a change of at least that size is reliable): {verdict}",
            reliableChange.Source);
    }

    private static ExplanationLine ScoresLine(in PreparedMeasure measure, in ScorePair scores)
    {
        var rule = measure.Caseness;
        string cutOff = $"{(rule.Comparison == CasenessComparison.AtOrAbove ? "at or above" : "strictly above")} {rule.CutOff}";
        return new($"{measure.Definition.Key} scores",
            $"first {ScoreWords(measure, scores.First)}, last {ScoreWords(measure, scores.Last)}; caseness is {cutOff}",
            rule.Source);
    }

    private static string ScoreWords(in PreparedMeasure measure, Score? score) =>
        score is { } value
            ? $"{value.FormatValue()} ({(measure.Caseness.IsCase(value.Ratio) ? "at caseness" : "below caseness")})"
            : "missing";

    private static string PairWords(in ScorePair scores) =>
        scores.IsPaired ? "has first and last scores"
        : scores.First.HasValue || scores.Last.HasValue ? "has one score only"
        : "has no scores";

    private static string CasenessWords(
        CasenessAtStart caseness, in PreparedMeasure phq9, in ScorePair phq9Scores, in PreparedMeasure anxiety, in ScorePair anxietyScores)
    {
        string phq9Key = phq9.Definition.Key;
        string anxietyKey = anxiety.Definition.Key;
        return caseness switch
        {
            CasenessAtStart.Case => $"case: the first {ScoresAre(phq9.IsCase(phq9Scores.First) == true ? phq9Key : null, anxiety.IsCase(anxietyScores.First) == true ? anxietyKey : null)} at caseness",
            CasenessAtStart.NotCase => "not a case: both first scores are below caseness",
            _ => $"unknown: no first score is at caseness and the first {ScoresAre(phq9Scores.First is null ? phq9Key : null, anxietyScores.First is null ? anxietyKey : null)} missing",
        };
    }

    private static string ScoresAre(string? a, string? b) =>
        a is not null && b is not null ? $"{a} and {b} scores are" : $"{a ?? b} score is";

    private static string? Join(string? a, string? b) =>
        a is null ? b : b is null ? a : $"{a} and {b}";

    private static string YesNo(bool value) => value ? "yes" : "no";

}
