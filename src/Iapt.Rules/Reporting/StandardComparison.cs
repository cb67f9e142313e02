namespace Iapt.Rules.Reporting;

/// <summary>How a rate is compared with a national standard's target.</summary>
public enum StandardComparison
{
    /// <summary>Met when the rate is at or above the target (recovery &gt;= 50%).</summary>
    AtLeast,

    /// <summary>Met only when the rate is strictly above the target (most referrals seen go on to a course: &gt; 50%).</summary>
    MoreThan,
}
