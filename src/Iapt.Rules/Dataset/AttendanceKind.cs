namespace Iapt.Rules.Dataset;

/// <summary>What an attendance code (<c>AttendOrDNACode</c>) says about a care contact (reference §9).</summary>
public enum AttendanceKind
{
    /// <summary>The person attended (codes 5 and 6): the contact counts as an assessment, treatment or other contact.</summary>
    Attended,

    /// <summary>The person did not attend (codes 3 and 7): a missed appointment.</summary>
    Missed,

    /// <summary>Cancelled by the patient or the provider (codes 2 and 4): neither attended nor missed, it counts for nothing.</summary>
    Cancelled,
}
