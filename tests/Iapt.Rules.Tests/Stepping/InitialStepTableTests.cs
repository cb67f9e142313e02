using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Tests.Stepping;

/// <summary>The initial-step table: its checks, its look-up, the "otherwise" row and custom rule sets built on it.</summary>
public class InitialStepTableTests
{
    private static readonly RuleSet Rules = RuleSet.ManualV4;
    private static readonly Source Local = new("LOCAL", "protocol");

    private static InitialStepRow Row(ProblemDescriptor? descriptor, CareStep step = CareStep.HighIntensity,
        InitialStepReason reason = InitialStepReason.NoLowIntensityInTable2) =>
        new() { Descriptor = descriptor, Step = step, Reason = reason, Source = Local };

    private static Score Phq9(int total) => Rules.Measures[MeasureKeys.Phq9].ScoreTotal(total).AsT0;

    [Fact]
    public void A_descriptor_without_a_row_takes_the_otherwise_row()
    {
        var table = new InitialStepTable([Row(ProblemDescriptor.Depression, CareStep.LowIntensity), Row(null)], Local);
        Assert.Same(table.Otherwise, table.RowFor(ProblemDescriptor.Agoraphobia));
        Assert.Same(table.Otherwise, table.RowFor((ProblemDescriptor)999));
        Assert.Equal(CareStep.LowIntensity, table.RowFor(ProblemDescriptor.Depression).Step);
        Assert.Equal(2, table.Count);
        Assert.Equal(table[1], table.Otherwise);
    }

    [Fact]
    public void A_descriptor_with_two_rows_is_rejected() =>
        Assert.Throws<ArgumentException>(() => new InitialStepTable([Row(ProblemDescriptor.Depression), Row(ProblemDescriptor.Depression), Row(null)], Local));

    [Fact]
    public void A_table_needs_exactly_one_otherwise_row()
    {
        Assert.Throws<ArgumentException>(() => new InitialStepTable([Row(ProblemDescriptor.Depression)], Local));
        Assert.Throws<ArgumentException>(() => new InitialStepTable([Row(null), Row(null)], Local));
    }

    [Theory]
    [InlineData(CareStep.PrimaryCare, InitialStepReason.LeastIntrusiveFirst)]
    [InlineData(CareStep.Specialist, InitialStepReason.LeastIntrusiveFirst)]
    [InlineData(CareStep.Unknown, InitialStepReason.LeastIntrusiveFirst)]
    public void A_row_outside_steps_2_and_3_is_rejected(CareStep step, InitialStepReason reason) =>
        Assert.Throws<ArgumentException>(() => new InitialStepTable([Row(ProblemDescriptor.Depression, step, reason), Row(null)], Local));

    [Fact]
    public void An_unknown_step_is_allowed_only_for_no_problem_descriptor()
    {
        var table = new InitialStepTable([Row(ProblemDescriptor.None, CareStep.Unknown, InitialStepReason.NoProblemDescriptor), Row(null)], Local);
        Assert.Equal(CareStep.Unknown, table.RowFor(ProblemDescriptor.None).Step);
    }

    [Fact]
    public void An_undefined_descriptor_is_rejected() =>
        Assert.Throws<ArgumentException>(() => new InitialStepTable([Row((ProblemDescriptor)999), Row(null)], Local));

    [Fact]
    public void Mixed_anxiety_and_depression_starts_at_step_2_and_says_why()
    {
        var decision = SteppedCare.InitialStep(Rules, ProblemDescriptor.MixedAnxietyAndDepression, Phq9(8));
        Assert.Equal(CareStep.LowIntensity, decision.Step);
        Assert.Equal(InitialStepReason.MildestPresentation, decision.Reason);
        Assert.True(decision.Source.Note.Length > 0);
        Assert.Equal(
            "mixed anxiety and depressive disorder: start at step 2 (low intensity): mixed anxiety and depressive disorder is by definition a mild disorder, so the least intrusive intervention is offered first. [M4 §5.1.3, §1.3, Table 5]",
            decision.Explain());
    }

    [Fact]
    public void A_custom_rule_set_can_change_one_row_and_the_rule_follows()
    {
        var rows = Rules.Stepping.InitialSteps.Select(r => r.Descriptor == ProblemDescriptor.Agoraphobia
            ? r with { Step = CareStep.LowIntensity, Reason = InitialStepReason.LeastIntrusiveFirst, Source = Local }
            : r);
        var mine = Rules with { Stepping = Rules.Stepping with { InitialSteps = new InitialStepTable(rows, Local) } };
        var decision = SteppedCare.InitialStep(mine, ProblemDescriptor.Agoraphobia, null);
        Assert.Equal((CareStep.LowIntensity, "LOCAL protocol"), (decision.Step, decision.Source.ToString()));
        Assert.Equal(CareStep.HighIntensity, SteppedCare.InitialStep(Rules, ProblemDescriptor.Agoraphobia, null).Step);
    }

    [Fact]
    public void A_row_can_be_made_to_read_depression_severity()
    {
        var rows = Rules.Stepping.InitialSteps.Select(r => r.Descriptor == ProblemDescriptor.GeneralisedAnxietyDisorder ? r with { ByDepressionSeverity = true } : r);
        var mine = Rules with { Stepping = Rules.Stepping with { InitialSteps = new InitialStepTable(rows, Local) } };
        Assert.Equal(CareStep.HighIntensity, SteppedCare.InitialStep(mine, ProblemDescriptor.GeneralisedAnxietyDisorder, Phq9(20)).Step);
        Assert.Equal(CareStep.LowIntensity, SteppedCare.InitialStep(mine, ProblemDescriptor.GeneralisedAnxietyDisorder, Phq9(19)).Step);
        Assert.Equal(CareStep.Unknown, SteppedCare.InitialStep(mine, ProblemDescriptor.GeneralisedAnxietyDisorder, null).Step);
    }

    [Theory]
    [InlineData(ProblemDescriptor.Depression, true, "depression: step 2 (low intensity), by depression severity")]
    [InlineData(ProblemDescriptor.PanicDisorder, false, "panic disorder: step 2 (low intensity)")]
    public void A_row_reads_as_text(ProblemDescriptor descriptor, bool bySeverity, string expected) =>
        Assert.Equal(expected, (Row(descriptor, CareStep.LowIntensity) with { ByDepressionSeverity = bySeverity }).ToString());

    [Fact]
    public void The_otherwise_row_reads_as_any_other_descriptor() =>
        Assert.Equal("any other descriptor: step 3 (high intensity)", Rules.Stepping.InitialSteps.Otherwise.ToString());

    [Fact]
    public void The_initial_step_allocates_nothing_under_either_rule_set()
    {
        var phq9 = Phq9(17);
        int sink = (int)SteppedCare.InitialStep(RuleSet.Ng222, ProblemDescriptor.Depression, phq9).Step;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++)
        {
            sink += (int)SteppedCare.InitialStep(Rules, ProblemDescriptor.Depression, phq9).Step;
            sink += (int)SteppedCare.InitialStep(RuleSet.Ng222, ProblemDescriptor.Depression, phq9).Step;
            sink += (int)SteppedCare.InitialStep(Rules, ProblemDescriptor.MixedAnxietyAndDepression, null).Step;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(3 + (1_000 * (2 + 3 + 2)), sink);
    }
}
