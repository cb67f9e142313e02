using Iapt.Rules.Episodes;

namespace Iapt.Rules.Stepping;

public static partial class SteppedCare
{
    /// <summary>
    /// How <see cref="OrderSessions"/> orders treatment sessions, in words: by date; on one date low intensity before
    /// high intensity (unknown first), then by intervention (<see cref="Intervention"/> order). Row order never decides.
    /// </summary>
    public const string SessionOrder =
        "treatment sessions by date; on one date unknown, then low, then high intensity; then by intervention";

    /// <summary>
    /// Puts a referral's treatment sessions in the order <see cref="Summarise"/> reads them: by date, and on one
    /// date by a key of the session's own values (<see cref="SessionOrder"/>), so that the order the sessions were
    /// recorded or read in never changes the summary. Sorts in place, allocates nothing; stable and in linear time
    /// when the sessions are nearly in order already (an insertion sort: a referral has tens of sessions).
    /// </summary>
    /// <param name="sessions">The sessions, sorted in place.</param>
    public static void OrderSessions(Span<SteppedSession> sessions)
    {
        for (int i = 1; i < sessions.Length; i++)
        {
            var item = sessions[i];
            int j = i - 1;
            while (j >= 0 && Compare(sessions[j], item) > 0)
            {
                sessions[j + 1] = sessions[j];
                j--;
            }

            sessions[j + 1] = item;
        }
    }

    private static int Compare(in SteppedSession a, in SteppedSession b)
    {
        int byDate = a.Date.CompareTo(b.Date);
        if (byDate != 0)
        {
            return byDate;
        }

        int byIntensity = ((int)a.Intensity).CompareTo((int)b.Intensity);
        return byIntensity != 0 ? byIntensity : ((int)a.Intervention).CompareTo((int)b.Intervention);
    }
}
