namespace Iapt.Rules.ProblemDescriptors;

/// <summary>Why a recorded problem descriptor could not be read as one of the rule set's descriptors.</summary>
public enum ProblemDescriptorErrorKind
{
    /// <summary>
    /// The text is not a code at all: not an ICD-10 code (a letter, two digits and an optional subdivision such as
    /// <c>F41.1</c> or <c>F411</c>), not a SNOMED CT concept id (6 to 18 digits) and not a named descriptor key.
    /// </summary>
    Malformed,

    /// <summary>
    /// A well-formed code that is not an IAPT problem descriptor of the rule set: an ICD-10 code outside the groups of
    /// M4 Table 6 and other anxiety F40-F43 (for example <c>F31.0</c> bipolar disorder, <c>F20</c> schizophrenia or
    /// <c>F48.0</c>), or a SNOMED CT concept id the rule set does not map. It is never read as "no descriptor";
    /// <see cref="DescriptorTable.Resolve(ReadOnlySpan{char})"/> puts such a code in a national group instead.
    /// </summary>
    NotAnIaptProblemDescriptor,
}
