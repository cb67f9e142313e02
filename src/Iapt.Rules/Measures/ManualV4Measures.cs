using System.Collections.Immutable;
using Iapt.Rules.Numerics;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.Measures;

/// <summary>
/// The measure catalogue of the IAPT Manual v4 (2020) rule set: every measure of M4 Table 6 and Table 9 and the
/// screening tools of M4 §7.3.1, each value with its source. This table is the single source of the measure
/// figures; <c>docs/rules.md</c> is generated from it.
/// </summary>
public static class ManualV4Measures
{
    private static readonly Source Table6 = Source.M4("Table 6");
    private static readonly Source Table6And9 = Source.M4("Table 6, Table 9");
    private static readonly Source NhsdReliableChange = Source.Nhsd("reliable change values");
    private static readonly Source NotForRecoveryYet =
        new("M4", "Table 6 (*), §6.2.2", Note: "counts once a reliable change value exists; switch on in a custom rule set");

    /// <summary>PHQ-9: 9 items 0-3, total 0-27; caseness at or above 10; reliable change 6; item 9 is the risk item.</summary>
    public static MeasureDefinition Phq9 { get; } = new()
    {
        Key = MeasureKeys.Phq9,
        Name = "PHQ-9 (Patient Health Questionnaire, depression)",
        Role = MeasureRole.Outcome,
        ItemCount = 9,
        ItemMinimum = 0,
        ItemMaximum = 3,
        StructureSource = Source.Literature("PHQ-9"),
        Caseness = new CasenessRule(10m, CasenessComparison.AtOrAbove, Table6And9),
        ReliableChange = new Sourced<Threshold>(6m, NhsdReliableChange),
        Severity = Bands(Source.Nhsd("PHQ-9 severity (and LIT)"),
            ("minimal", 0, 4), ("mild", 5, 9), ("moderate", 10, 14), ("moderately_severe", 15, 19), ("severe", 20, 27)),
        CountsForRecovery = new Sourced<bool>(true, Source.M4("§6.4.3, Table 6: always the depression measure")),
        RiskItem = 9,
    };

    /// <summary>GAD-7: 7 items 0-3, total 0-21; caseness at or above 8; reliable change 4; the default anxiety measure.</summary>
    public static MeasureDefinition Gad7 { get; } = new()
    {
        Key = MeasureKeys.Gad7,
        Name = "GAD-7 (Generalised Anxiety Disorder scale)",
        Role = MeasureRole.Outcome,
        ItemCount = 7,
        ItemMinimum = 0,
        ItemMaximum = 3,
        StructureSource = Source.Literature("GAD-7"),
        Caseness = new CasenessRule(8m, CasenessComparison.AtOrAbove, Table6And9),
        ReliableChange = new Sourced<Threshold>(4m, NhsdReliableChange),
        Severity = Bands(Source.Nhsd("GAD-7 severity (and LIT)"),
            ("minimal", 0, 4), ("mild", 5, 9), ("moderate", 10, 14), ("severe", 15, 21)),
        CountsForRecovery = new Sourced<bool>(true, Source.M4("Table 6: the default anxiety measure")),
    };

    /// <summary>
    /// WSAS: 5 items 0-8, total 0-40; no caseness; bands subclinical (&lt;10), significant (10-20), moderately severe
    /// (&gt;20). Item 1 (work) may be not applicable (retired, or not working for reasons unrelated to the problem): the
    /// total is then the sum of the other four items (0-32), read on the same bands [unconfirmed].
    /// </summary>
    public static MeasureDefinition Wsas { get; } = new()
    {
        Key = MeasureKeys.Wsas,
        Name = "WSAS (Work and Social Adjustment Scale)",
        Role = MeasureRole.Disability,
        ItemCount = 5,
        ItemMinimum = 0,
        ItemMaximum = 8,
        StructureSource = Source.Literature("WSAS"),
        Severity = Bands(Source.Literature("WSAS"),
            ("subclinical", 0, 9), ("significant", 10, 20), ("moderately_severe", 21, 40)),
        CountsForRecovery = new Sourced<bool>(false, Source.M4("Table 9: disability measure, no caseness")),
        NotApplicable = new NotApplicableRule(
            [1],
            "work, for someone retired or not working for reasons unrelated to their problem",
            new Source("LIT", "WSAS form, item 1", Note: "the form lets a person who is retired or chooses not to have a job for reasons unrelated to their problem tick a box instead of rating work"),
            new Sourced<NotApplicableScoring>(NotApplicableScoring.SumOfApplicableItems, Source.UnconfirmedValue(
                "LIT", "WSAS with item 1 not applicable",
                "no source checked says how the total is read then: the other four items are summed (0-32) and read on the usual bands, not rescaled; ProratedToAllItems (x 5/4) is the alternative"))),
    };

    /// <summary>SPIN: 17 items 0-4, total 0-68; caseness at or above 19; reliable change 10 [unconfirmed].</summary>
    public static MeasureDefinition Spin { get; } = Adsm(
        MeasureKeys.Spin, "SPIN (Social Phobia Inventory)", items: 17, min: 0, max: 4, cutOff: 19m,
        reliableChange: 10m, note: "social anxiety disorder");

    /// <summary>PCL-5: 20 items 0-4, total 0-80; caseness at or above 32; reliable change 10 [unconfirmed].</summary>
    public static MeasureDefinition Pcl5 { get; } = Adsm(
        MeasureKeys.Pcl5, "PCL-5 (PTSD Checklist for DSM-5)", items: 20, min: 0, max: 4, cutOff: 32m,
        reliableChange: 10m, note: "post-traumatic stress disorder");

    /// <summary>
    /// MI (avoidance when alone): 27 items 1-5 scored as the exact item mean (1.0-5.0); caseness strictly above 2.3;
    /// reliable change 0.73 [unconfirmed].
    /// </summary>
    public static MeasureDefinition Mi { get; } = Adsm(
        MeasureKeys.Mi, "Mobility Inventory for agoraphobia (avoidance when alone)", items: 27, min: 1, max: 5,
        cutOff: 2.3m, reliableChange: 0.73m, note: "agoraphobia", comparison: CasenessComparison.StrictlyAbove,
        method: ScoringMethod.ItemMean);

    /// <summary>OCI (42-item): 42 items 0-4, total 0-168; caseness at or above 40; reliable change 32 [unconfirmed].</summary>
    public static MeasureDefinition Oci { get; } = Adsm(
        MeasureKeys.Oci, "OCI (Obsessive-Compulsive Inventory, 42 items)", items: 42, min: 0, max: 4, cutOff: 40m,
        reliableChange: 32m, note: "obsessive-compulsive disorder");

    /// <summary>PDSS: 7 items 0-4, total 0-28; caseness at or above 8; reliable change 5 [unconfirmed].</summary>
    public static MeasureDefinition Pdss { get; } = Adsm(
        MeasureKeys.Pdss, "PDSS (Panic Disorder Severity Scale)", items: 7, min: 0, max: 4, cutOff: 8m,
        reliableChange: 5m, note: "panic disorder");

    /// <summary>HAI (short, 18 items): 18 items 0-3, total 0-54; caseness at or above 18 [unconfirmed]; reliable change 4 [unconfirmed].</summary>
    public static MeasureDefinition Hai { get; } = Adsm(
        MeasureKeys.Hai, "HAI (Health Anxiety Inventory, short 18-item version)", items: 18, min: 0, max: 3,
        cutOff: 18m, reliableChange: 4m, note: "health anxiety", cutOffUnconfirmed: true);

    /// <summary>
    /// BIQ: the sources give no item structure, cut-off or reliable-change value (M4 Table 6 marks it * : not used
    /// for recovery yet). It is in the catalogue by key so that descriptors can name it; it cannot be scored until a
    /// custom rule set supplies its items and range.
    /// </summary>
    public static MeasureDefinition Biq { get; } = new()
    {
        Key = MeasureKeys.Biq,
        Name = "BIQ (Body Image Questionnaire)",
        Role = MeasureRole.Outcome,
        ItemCount = null,
        ItemMinimum = 0,
        ItemMaximum = 0,
        StructureSource = new Source("LIT", "BIQ", Note: "item structure not given in the sources; supply it in a custom rule set"),
        CountsForRecovery = new Sourced<bool>(false, NotForRecoveryYet),
    };

    /// <summary>Francis IBS Severity Scale: 5 items 0-100, total 0-500; bands remission (&lt;75), mild (75-174), moderate (175-300), severe (&gt;300).</summary>
    public static MeasureDefinition Ibs { get; } = new()
    {
        Key = MeasureKeys.Ibs,
        Name = "Francis IBS Severity Scale",
        Role = MeasureRole.Outcome,
        ItemCount = 5,
        ItemMinimum = 0,
        ItemMaximum = 100,
        StructureSource = Source.Literature("IBS-SSS: 5 visual analogue items of 0-100"),
        Severity = Bands(
            Source.UnconfirmedValue("LIT", "IBS-SSS bands",
                "the literature gives 75-175 mild and 175-300 moderate; 175 is placed in moderate and 300 in moderate"),
            ("remission", 0, 74), ("mild", 75, 174), ("moderate", 175, 300), ("severe", 301, 500)),
        CountsForRecovery = new Sourced<bool>(false, NotForRecoveryYet),
    };

    /// <summary>Chalder Fatigue Questionnaire: 11 items 0-3 (Likert scoring), total 0-33; no cut-off in M4.</summary>
    public static MeasureDefinition Cfq { get; } = new()
    {
        Key = MeasureKeys.Cfq,
        Name = "Chalder Fatigue Questionnaire (11 items, Likert scoring)",
        Role = MeasureRole.Outcome,
        ItemCount = 11,
        ItemMinimum = 0,
        ItemMaximum = 3,
        StructureSource = Source.Literature("Chalder Fatigue Questionnaire"),
        CountsForRecovery = new Sourced<bool>(false, NotForRecoveryYet),
    };

    /// <summary>
    /// PHQ-15: 15 items 0-2, total 0-30; bands minimal (0-4), low (5-9), medium (10-14), high (15-30); no cut-off in
    /// M4. Item 4 (menstrual problems, women only) may be not applicable: the total is then the sum of the other 14
    /// items (0-28), read on the same bands [unconfirmed].
    /// </summary>
    public static MeasureDefinition Phq15 { get; } = new()
    {
        Key = MeasureKeys.Phq15,
        Name = "PHQ-15 (somatic symptoms)",
        Role = MeasureRole.Outcome,
        ItemCount = 15,
        ItemMinimum = 0,
        ItemMaximum = 2,
        StructureSource = Source.Literature("PHQ-15"),
        Severity = Bands(Source.Literature("PHQ-15: 5 low, 10 medium, 15 high"),
            ("minimal", 0, 4), ("low", 5, 9), ("medium", 10, 14), ("high", 15, 30)),
        CountsForRecovery = new Sourced<bool>(false, NotForRecoveryYet),
        NotApplicable = new NotApplicableRule(
            [4],
            "menstrual cramps or other problems with periods, for a man",
            new Source("LIT", "PHQ-15 form, item 4", Note: "the form marks item 4 (menstrual problems) as for women only"),
            new Sourced<NotApplicableScoring>(NotApplicableScoring.SumOfApplicableItems, Source.UnconfirmedValue(
                "LIT", "PHQ-15 with item 4 not applicable",
                "no source checked says how a man's total is read: the other 14 items are summed (0-28) and read on the usual bands; ProratedToAllItems (x 15/14) is the alternative"))),
    };

    /// <summary>
    /// IES-R (Impact of Event Scale - Revised), the PTSD measure of older extracts: 22 items 0-4, total 0-88.
    /// Cut-off at or above 33 [unconfirmed]; no reliable-change value, so it does not count for recovery (M4 Table 6
    /// names the PCL-5 for PTSD).
    /// </summary>
    public static MeasureDefinition Iesr { get; } = new()
    {
        Key = MeasureKeys.Iesr,
        Name = "IES-R (Impact of Event Scale - Revised)",
        Role = MeasureRole.Outcome,
        ItemCount = 22,
        ItemMinimum = 0,
        ItemMaximum = 4,
        StructureSource = new Source("LIT", "IES-R", Note: "Weiss and Marmar (1997): 22 items rated 0 (not at all) to 4 (extremely), total 0-88"),
        Caseness = new CasenessRule(33m, CasenessComparison.AtOrAbove, Source.UnconfirmedValue(
            "LIT", "IES-R cut-off",
            "33 or more as probable PTSD (Creamer, Bell and Failla 2003), cited widely but not checked against the paper; other studies propose other cut-offs")),
        CountsForRecovery = new Sourced<bool>(false, new Source("M4", "Table 6",
            Note: "not an M4 measure: Table 6 names the PCL-5 for PTSD, and no reliable-change value for the IES-R is confirmed")),
    };

    /// <summary>GAD-2: GAD-7 items 1-2 (0-3 each), total 0-6; positive screen at or above 3.</summary>
    public static MeasureDefinition Gad2 { get; } = Screening(
        MeasureKeys.Gad2, "GAD-2 (GAD-7 items 1 and 2)", items: 2, max: 3, positiveAt: 3m, "GAD-2");

    /// <summary>Mini-SPIN: 3 SPIN items (0-4 each), total 0-12; positive screen at or above 6.</summary>
    public static MeasureDefinition MiniSpin { get; } = Screening(
        MeasureKeys.MiniSpin, "Mini-SPIN (3 SPIN items)", items: 3, max: 4, positiveAt: 6m, "Mini-SPIN");

    /// <summary>Whooley questions: two yes/no answers (0 = no, 1 = yes), total 0-2; positive when either is yes (total at or above 1).</summary>
    public static MeasureDefinition Whooley { get; } = Screening(
        MeasureKeys.Whooley, "Whooley questions (two yes/no questions; 0 = no, 1 = yes)", items: 2, max: 1,
        positiveAt: 1m, "Whooley questions");

    /// <summary>Every measure of the catalogue, in the order of the reference fact sheet (IES-R after the M4 measures).</summary>
    public static ImmutableArray<MeasureDefinition> All { get; } =
    [
        Phq9, Gad7, Wsas, Spin, Pcl5, Mi, Oci, Pdss, Hai, Biq, Ibs, Cfq, Phq15, Iesr, Gad2, MiniSpin, Whooley,
    ];

    private static MeasureDefinition Adsm(
        string key, string name, int items, int min, int max, decimal cutOff, decimal reliableChange, string note,
        CasenessComparison comparison = CasenessComparison.AtOrAbove, ScoringMethod method = ScoringMethod.Sum,
        bool cutOffUnconfirmed = false) => new()
    {
        Key = key,
        Name = name,
        Role = MeasureRole.Outcome,
        ItemCount = items,
        ItemMinimum = min,
        ItemMaximum = max,
        Method = method,
        StructureSource = Source.Literature(name),
        Caseness = new CasenessRule(cutOff, comparison,
            cutOffUnconfirmed
                ? Source.UnconfirmedValue("LIT", $"{key} cut-off", "widely used; M4 Table 6 names the measure without a cut-off that could be checked")
                : Table6),
        ReliableChange = new Sourced<Threshold>(reliableChange,
            Source.UnconfirmedValue("NHSD", $"{key} reliable change", "widely used value; no primary source could be checked")),
        CountsForRecovery = new Sourced<bool>(true, Source.M4($"Table 6: anxiety disorder specific measure for {note}")),
    };

    private static MeasureDefinition Screening(
        string key, string name, int items, int max, decimal positiveAt, string literature) => new()
    {
        Key = key,
        Name = name,
        Role = MeasureRole.Screening,
        ItemCount = items,
        ItemMinimum = 0,
        ItemMaximum = max,
        StructureSource = Source.Literature(literature),
        Caseness = new CasenessRule(positiveAt, CasenessComparison.AtOrAbove, Source.Literature(literature)),
        CountsForRecovery = new Sourced<bool>(false, Source.M4("§7.3.1: a case-finding tool, not an outcome measure")),
    };

    private static SeverityScale Bands(Source source, params (string Key, int Min, int Max)[] bands) =>
        new([.. bands.Select(b => new SeverityBand(b.Key, b.Min, b.Max))], source);
}
