using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iapt.Rules.Stepping;
using NodaTime;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Tests.Stepping;

/// <summary>
/// <see cref="SteppedCare.OrderSessions"/>: treatment sessions by date, then intensity (unknown, low, high), then
/// intervention in <see cref="Intervention"/> order (<see cref="SteppedCare.SessionOrder"/>), so that row order never
/// changes a stepping summary.
/// </summary>
public class SessionOrderTests
{
    private static readonly LocalDate Day1 = new(2024, 1, 1);

    private static SteppedSession Session(int day, Intensity intensity = Intensity.Unknown, Intervention intervention = Intervention.Unknown) =>
        new(Day1.PlusDays(day), intensity, intervention);

    private static SteppedSession[] Ordered(params SteppedSession[] sessions)
    {
        SteppedCare.OrderSessions(sessions);
        return sessions;
    }

    [Fact]
    public void Sessions_are_ordered_by_date_first()
    {
        Assert.Equal(
            [Session(1, Intensity.High, Intervention.Cbt), Session(2, Intensity.Low, Intervention.GuidedSelfHelp), Session(3)],
            Ordered(Session(3), Session(1, Intensity.High, Intervention.Cbt), Session(2, Intensity.Low, Intervention.GuidedSelfHelp)));
    }

    [Fact]
    public void On_one_date_unknown_comes_before_low_before_high_intensity()
    {
        Assert.Equal(
            [Session(5, Intensity.Unknown, Intervention.Other), Session(5, Intensity.Low, Intervention.Other), Session(5, Intensity.High, Intervention.GuidedSelfHelp)],
            Ordered(Session(5, Intensity.High, Intervention.GuidedSelfHelp), Session(5, Intensity.Low, Intervention.Other), Session(5, Intensity.Unknown, Intervention.Other)));
    }

    [Fact]
    public void On_one_date_and_intensity_the_intervention_order_decides()
    {
        Assert.Equal(
            [Session(5, Intensity.High, Intervention.Unknown), Session(5, Intensity.High, Intervention.Cbt), Session(5, Intensity.High, Intervention.Counselling)],
            Ordered(Session(5, Intensity.High, Intervention.Counselling), Session(5, Intensity.High, Intervention.Unknown), Session(5, Intensity.High, Intervention.Cbt)));
    }

    [Fact]
    public void No_sessions_and_one_session_are_already_in_order()
    {
        Assert.Empty(Ordered());
        Assert.Equal([Session(4, Intensity.Low)], Ordered(Session(4, Intensity.Low)));
    }

    [Fact]
    public void The_order_is_stated_in_words()
    {
        Assert.Equal(
            "treatment sessions by date; on one date unknown, then low, then high intensity; then by intervention",
            SteppedCare.SessionOrder);
    }

    /// <summary>Up to 15 sessions on a few days with every intensity and intervention, so that keys tie often.</summary>
    private static Gen<SteppedSession[]> Sessions() =>
        Gen.Choose(0, 15).SelectMany(n => Gen.CollectToArray(Enumerable.Range(0, n).Select(_ =>
            from day in Gen.Choose(0, 3)
            from intensity in Gen.Elements(Enum.GetValues<Intensity>())
            from intervention in Gen.Elements(Enum.GetValues<Intervention>())
            select Session(day, intensity, intervention))));

    [Property(MaxTest = 300)]
    public Property The_order_is_by_date_then_intensity_then_intervention() =>
        Prop.ForAll(Sessions().ToArbitrary(), sessions =>
        {
            var expected = sessions.OrderBy(s => s.Date).ThenBy(s => (int)s.Intensity).ThenBy(s => (int)s.Intervention).ToArray();
            return Ordered([.. sessions]).SequenceEqual(expected);
        });

    [Property(MaxTest = 300)]
    public Property Any_permutation_gives_the_same_order() =>
        Prop.ForAll(
            Sessions().SelectMany(s => Gen.Shuffle(s), (s, shuffled) => (Sessions: s, Shuffled: shuffled)).ToArbitrary(),
            input => Ordered([.. input.Sessions]).SequenceEqual(Ordered([.. input.Shuffled])));
}
