using Iapt.Rules.Provenance;

namespace Iapt.Rules.Outcomes;

/// <summary>Where each outcome definition comes from, cited by explanations.</summary>
internal static class OutcomeSources
{
    public static readonly Source Paired = Source.M4("§6.2, §6.4.3, Table 9: first and last scores");
    public static readonly Source AnxietyMeasure = Source.M4("Table 6 note, §6.2.1");
    public static readonly Source CasenessAtStart = Source.M4("§6.4.3 Recovery standard: caseness on either measure at the start");
    public static readonly Source Recovery = Source.M4("§6.4.3 Recovery standard");
    public static readonly Source ReliableImprovement = Source.M4("§6.4.3 Reliable improvement and reliable recovery");
    public static readonly Source ReliableDeterioration = Source.Nhsd("reliable deterioration");
    public static readonly Source NoReliableChange = Source.Nhsd("no reliable change");
    public static readonly Source ReliableRecovery = Source.M4("§6.4.3 Reliable improvement and reliable recovery");
    public static readonly Source NoProblemDescriptor = Source.M4("Table 7: no problem descriptor; Table 8: descriptor recorded");
    public static readonly Source MixedAtCaseness = Source.M4("§5.1.3, Table 7: mixed anxiety and depression used when criteria for both are met");
    public static readonly Source AdsmNotPaired = Source.M4("Table 7: ADSM not used when the descriptor calls for one");
}
