namespace Iapt.Rules.Stepping;

/// <summary>
/// Whether a depression intervention treats an acute episode or prevents relapse once the episode is largely
/// resolved (M4 Table 2, depression "prevention of relapse" row and footnote e).
/// </summary>
public enum TreatmentPhase
{
    /// <summary>Not recorded: a Table 2 condition that depends on the phase is then undetermined.</summary>
    Unknown = 0,

    /// <summary>Treatment during an acute episode.</summary>
    AcuteEpisode,

    /// <summary>Relapse prevention, when the episode is largely resolved (Table 2 footnote e).</summary>
    RelapsePrevention,
}
