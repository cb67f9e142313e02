namespace Iapt.Rules.Stepping;

/// <summary>
/// The steps of the stepped-care model (M4 Table 9 "Stepped-care services"; OSS 5, 7). IAPT delivers steps 2 and 3;
/// step 1 is primary care and step 4 specialist care outside the service. The numeric value of each member is its
/// step number.
/// </summary>
public enum CareStep
{
    /// <summary>Not recorded or not known (for example no problem descriptor, so no step can be chosen).</summary>
    Unknown = 0,

    /// <summary>Step 1: primary care (M4 Table 9), before or outside IAPT.</summary>
    PrimaryCare = 1,

    /// <summary>Step 2: the low-intensity service, psychological wellbeing practitioners (M4 Table 9; OSS 5, 6).</summary>
    LowIntensity = 2,

    /// <summary>Step 3: the high-intensity service, high-intensity therapists (M4 Table 9; OSS 5, 7).</summary>
    HighIntensity = 3,

    /// <summary>Step 4: specialist care, for example community mental health teams (OSS 7, 8).</summary>
    Specialist = 4,
}
