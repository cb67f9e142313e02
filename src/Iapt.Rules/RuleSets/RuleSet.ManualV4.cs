using System.Collections.Immutable;
using Iapt.Rules.Measures;
using NodaTime;
using Iapt.Rules.Provenance;

namespace Iapt.Rules.RuleSets;

public sealed partial record RuleSet
{
    /// <summary>
    /// The default rule set: the IAPT Manual v4 (March 2020), with the NHS Digital national definitions where the
    /// manual is silent. Values that no primary source confirms are marked unconfirmed in their
    /// <see cref="Source"/>.
    /// </summary>
    public static RuleSet ManualV4 { get; } = new()
    {
        Name = "IAPT Manual v4",
        Version = "2020.1",
        EffectiveDate = new LocalDate(2020, 3, 1),
        Sources =
        [
            "M4: The Improving Access to Psychological Therapies Manual, version 4 (NCCMH / NHS England, March 2020)",
            "MQS: IAPT for Adults Minimum Quality Standards",
            "OSS: IAPT Outline Service Specification (pathfinder sites)",
            "RtB: Realising the Benefits: IAPT at Full Roll Out (2010)",
            "NHSD: NHS Digital / NHS England published national definitions",
            "LIT: each instrument's own published literature",
        ],
        Measures = new MeasureCatalogue(ManualV4Measures.All),
    };
}
