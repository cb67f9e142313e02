using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using NodaTime;

namespace Iapt.Rules.Episodes;

/// <summary>
/// One referral's sessions as a report counts them, fed one at a time in any order: the <see cref="Episode"/>
/// (<see cref="EpisodeAccumulator"/>) and the contacts (attended and missed appointments). Allocates nothing.
/// </summary>
/// <remarks>
/// <para>The rules (M4 §6.4.1; NHSD; reference §4): a contact after the discharge date counts for nothing; a
/// follow-up is neither a contact nor a missed appointment; any other session is an attended contact when attended
/// and a missed appointment when not. A session is a treatment session when it is attended, typed
/// <see cref="SessionType.Treatment"/> or <see cref="SessionType.AssessmentAndTreatment"/>, and on or before
/// discharge: <see cref="Add(in SessionRecord)"/> then returns <see langword="true"/>, and the caller keeps the
/// session (as a <see cref="Stepping.SteppedSession"/>) for the stepped-care rules, which need every treatment session.</para>
/// <para>Check the session with <see cref="RecordRules.CheckSession"/> first: this type trusts that the session
/// belongs to the referral and is not dated before it. A mutable struct: keep it in a variable or an array element
/// and call <see cref="Add(in SessionRecord)"/> on that (a copy is a snapshot). Not thread-safe: one thread adds a
/// referral's sessions.</para>
/// </remarks>
public struct ReferralAccumulator
{
    private EpisodeAccumulator _episode;

    /// <summary>Starts a referral.</summary>
    /// <param name="classifier">The classifier whose rule set names the measures (see <see cref="EpisodeAccumulator"/>).</param>
    /// <param name="descriptor">The referral's primary problem descriptor.</param>
    /// <param name="dischargeDate">The discharge date, or <see langword="null"/> while the referral is open.</param>
    public ReferralAccumulator(IEpisodeMeasures classifier, ProblemDescriptor descriptor, LocalDate? dischargeDate)
    {
        _episode = new EpisodeAccumulator(classifier, descriptor, dischargeDate);
        AttendedContacts = 0;
        MissedAppointments = 0;
    }

    /// <summary>Attended contacts other than follow-ups (assessments and treatment sessions), on or before discharge.</summary>
    public int AttendedContacts { readonly get; private set; }

    /// <summary>Appointments not attended, follow-ups excluded, on or before discharge.</summary>
    public int MissedAppointments { readonly get; private set; }

    /// <summary>Adds one session.</summary>
    /// <param name="session">
    /// The session (its intervention is not read here: keep it with the treatment session; a score list never set, a
    /// default array, is read as empty).
    /// </param>
    /// <returns>Whether the session is a treatment session (the caller keeps it for the stepped-care rules).</returns>
    public bool Add(in SessionRecord session) =>
        Add(session.Date, session.Type, session.Attended, session.Intensity, session.Scores.AsSpan());

    /// <summary>Adds one session given by its parts, allocating nothing.</summary>
    /// <param name="date">The date of the session.</param>
    /// <param name="type">The session type.</param>
    /// <param name="attended">Whether the person attended.</param>
    /// <param name="intensity">The intensity of the intervention, or <see cref="Intensity.Unknown"/>.</param>
    /// <param name="scores">The scores recorded at the session.</param>
    /// <returns>Whether the session is a treatment session (the caller keeps it for the stepped-care rules).</returns>
    public bool Add(LocalDate date, SessionType type, bool attended, Intensity intensity, ReadOnlySpan<Score> scores)
    {
        switch (_episode.Apply(date, type, attended, intensity, scores))
        {
            case ContactKind.Missed:
                MissedAppointments++;
                return false;
            case ContactKind.Attended:
                AttendedContacts++;
                return false;
            case ContactKind.Treatment:
                AttendedContacts++;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The episode of the sessions added so far.</summary>
    /// <returns>The episode.</returns>
    public readonly Episode ToEpisode() => _episode.ToEpisode();
}
