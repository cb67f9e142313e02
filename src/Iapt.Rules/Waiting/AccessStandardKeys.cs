namespace Iapt.Rules.Waiting;

/// <summary>The keys of the access standards in the default rule set.</summary>
public static class AccessStandardKeys
{
    /// <summary>OSS para 10: 1 to 3 working days from referral to decision to treat.</summary>
    public const string OssDecisionToTreat = "oss-decision-to-treat";

    /// <summary>OSS para 11: 1 to 10 working days from referral to step 2 treatment commencing.</summary>
    public const string OssStep2Treatment = "oss-step-2-treatment";

    /// <summary>OSS para 11: no more than 12 weeks to step 3 or 4 treatment commencing, if that is the first step.</summary>
    public const string OssStep3Or4FirstStep = "oss-step-3-or-4-first-step";

    /// <summary>OSS para 13: high-risk patients referred on urgently, the same day.</summary>
    public const string OssHighRiskSameDay = "oss-high-risk-same-day";

    /// <summary>RtB 7.10, 7.12: 14 days from referral to assessment (early-adopter best practice).</summary>
    public const string RtbAssessment = "rtb-assessment";

    /// <summary>RtB 7.12: 28 days from referral to treatment commencing (early-adopter best practice).</summary>
    public const string RtbTreatment = "rtb-treatment";
}
