using System;
using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Episodes;

// Checks a PHQ-9 score from items (total, severity, caseness, the item 9 risk signal) and one outcome (a reliable
// recovery, which goes through the exact cut-off and reliable-change comparisons) on .NET Framework. Prints one line
// per check; exits 1 on any mismatch.
internal static class Program
{
    private static int _failures;

    private static int Main()
    {
        var rules = RuleSet.ManualV4;
        var phq9 = rules.Measures["phq9"];
        var gad7 = rules.Measures["gad7"];

        var scored = phq9.ScoreItems(new[] { 2, 2, 1, 2, 1, 2, 1, 2, 1 });
        Check("PHQ-9 items score", scored.IsT0, true);
        if (scored.IsT0)
        {
            var score = scored.AsT0;
            Check("PHQ-9 total", score.Value, 14m);
            Check("PHQ-9 severity", score.Severity?.Key, "moderate");
            Check("PHQ-9 caseness", score.IsCase, true);
            Check("PHQ-9 item 9 risk", score.Risk, RiskSignal.Raised);
        }

        var missing = phq9.ScoreItems(new int?[] { 2, 2, 1, 2, null, 2, 1, 2, 1 });
        Check("PHQ-9 missing item is an error", missing.IsT1 ? missing.AsT1.Kind.ToString() : "scored", "MissingItems");

        // The Mobility Inventory is scored as the exact item mean, and its cut-off (above 2.3) compared as a fraction:
        // 62/27 (2.296...) is not a case, 63/27 (2.333...) is.
        var mi = rules.Measures["mi"];
        Check("MI mean 62/27 caseness", mi.ScoreItems(Repeat(19, 2, 8, 3)).AsT0.IsCase, false);
        Check("MI mean 63/27 caseness", mi.ScoreItems(Repeat(18, 2, 9, 3)).AsT0.IsCase, true);

        var input = new OutcomeInput
        {
            Descriptor = ProblemDescriptor.Depression,
            TreatmentSessions = 8,
            Ended = true,
            Phq9 = new ScorePair(phq9.ScoreTotal(16).AsT0, phq9.ScoreTotal(7).AsT0),
            Gad7 = new ScorePair(gad7.ScoreTotal(12).AsT0, gad7.ScoreTotal(5).AsT0),
        };
        var result = new OutcomeClassifier(RuleSet.ManualV4).Classify(input);
        Check("outcome recovered", result.Recovered, true);
        Check("outcome reliable improvement", result.ReliableImprovement, true);
        Check("outcome reliable recovery", result.ReliableRecovery, true);

        Console.WriteLine(_failures == 0
            ? $"net48 consumer: all checks passed on {Environment.Version}"
            : $"net48 consumer: {_failures} check(s) failed");
        return _failures == 0 ? 0 : 1;
    }

    private static int[] Repeat(int count, int value, int otherCount, int otherValue)
    {
        var items = new int[count + otherCount];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = i < count ? value : otherValue;
        }

        return items;
    }

    private static void Check<T>(string what, T actual, T expected)
    {
        bool ok = Equals(actual, expected);
        if (!ok)
        {
            _failures++;
        }

        Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}: {actual} (expected {expected})");
    }
}
