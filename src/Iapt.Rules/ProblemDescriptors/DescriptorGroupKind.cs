namespace Iapt.Rules.ProblemDescriptors;

/// <summary>
/// What a descriptor group holds: one descriptor of the table (M4 Table 6), or one of the national groups for the
/// codes outside it (NHS England's Talking Therapies reporting; reference fact sheet §8).
/// </summary>
public enum DescriptorGroupKind
{
    /// <summary>One descriptor of the table, including <see cref="ProblemDescriptor.None"/> (nothing recorded, "Unspecified").</summary>
    Descriptor,

    /// <summary>
    /// "Other Mental Health problems": a well-formed ICD-10 code of the mental-health chapter (F) that is in no group of
    /// the table, for example F31.0, F34.1, F50.0, F10.2, F60.3, F44.x or F48.x.
    /// </summary>
    OtherMentalHealthProblems,

    /// <summary>
    /// "Other recorded problems": a well-formed code outside the mental-health chapter (for example Z63.0, R45.8,
    /// M79.7), or a SNOMED CT concept id (6 to 18 digits) that the table does not map.
    /// </summary>
    OtherRecordedProblems,

    /// <summary>"Invalid Data supplied": text that is neither a well-formed ICD-10 code, a SNOMED CT id nor a named key.</summary>
    InvalidDataSupplied,
}
