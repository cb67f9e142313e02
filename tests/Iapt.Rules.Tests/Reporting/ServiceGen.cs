using FsCheck;
using FsCheck.Fluent;
using Iapt.Rules.Episodes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Stepping;
using NodaTime;

namespace Iapt.Rules.Tests.Reporting;

/// <summary>
/// Random services for the report's properties: referrals with any descriptor, open or discharged, and sessions of
/// every type on or after the referral, on distinct days or (for the order properties) several on one day.
/// </summary>
internal static class ServiceGen
{
    public static readonly LocalDate Origin = new(2024, 1, 1);

    private static readonly (string Code, ProblemDescriptor Descriptor)[] Descriptors =
    [
        ("F32", ProblemDescriptor.Depression),
        ("F41.1", ProblemDescriptor.GeneralisedAnxietyDisorder),
        ("F40.1", ProblemDescriptor.SocialAnxietyDisorder),
        ("F41.2", ProblemDescriptor.MixedAnxietyAndDepression),
        ("F43.1", ProblemDescriptor.PostTraumaticStressDisorder),
        ("", ProblemDescriptor.None),
        ("F31.0", ProblemDescriptor.Other),
        ("depressed", ProblemDescriptor.Other),
    ];

    private static Gen<int?> Optional(Gen<int> values) =>
        Gen.Frequency((1, Gen.Constant<int?>(null)), (2, values.Select(v => (int?)v)));

    private static Gen<SessionSpec> Session(LocalDate date) =>
        from type in Gen.Elements(SessionType.Assessment, SessionType.AssessmentAndTreatment, SessionType.Treatment, SessionType.Treatment, SessionType.Treatment, SessionType.FollowUp)
        from attended in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from intensity in Gen.Elements(Intensity.Unknown, Intensity.Low, Intensity.High)
        from intervention in Gen.Elements(Intervention.Unknown, Intervention.GuidedSelfHelp, Intervention.NonGuidedSelfHelp, Intervention.Cbt, Intervention.Counselling)
        from phq9 in Optional(Gen.Choose(0, 27))
        from gad7 in Optional(Gen.Choose(0, 21))
        from spin in Optional(Gen.Choose(0, 68))
        select new SessionSpec(date, type, attended, intensity, intervention, phq9, gad7, spin);

    /// <summary>
    /// One referral with the given id: up to about 8 sessions from its referral date on, on distinct days unless
    /// <paramref name="sameDays"/> (then several sessions may share a day, with different types, scores, intensities).
    /// </summary>
    public static Gen<ReferralSpec> Referral(string id, bool sameDays = false) =>
        from referred in Gen.Choose(0, 150).Select(Origin.PlusDays)
        from descriptor in Gen.Elements(Descriptors)
        from discharge in Optional(Gen.Choose(0, 240))
        from groupValue in Gen.Elements("a", "b", "")
        from offsets in Gen.Choose(0, 8).SelectMany(n => Gen.Choose(0, sameDays ? 6 : 240).ArrayOf(n))
        from sessions in Gen.CollectToArray((sameDays ? offsets : offsets.Distinct()).Select(o => Session(referred.PlusDays(o))))
        select new ReferralSpec(
            id, referred, descriptor.Code, descriptor.Descriptor,
            discharge is int d ? referred.PlusDays(d) : null, [groupValue], [.. sessions]);

    /// <summary>A service of 0 to 12 referrals with ids r0, r1, ... (<paramref name="sameDays"/>: see <see cref="Referral"/>).</summary>
    public static Gen<ReferralSpec[]> Service(bool sameDays = false) =>
        Gen.Choose(0, 12).SelectMany(n => Gen.CollectToArray(Enumerable.Range(0, n).Select(i => Referral($"r{i}", sameDays))));

    /// <summary>
    /// A recovered course (reference §4): depression, two treatment sessions, PHQ-9 15 -> 4 and GAD-7 10 -> 3 (at
    /// caseness at the start, both below at the end), discharged after the last.
    /// </summary>
    public static ReferralSpec Recovered(string id) => new(
        id, Origin, "F32", ProblemDescriptor.Depression, Origin.PlusDays(100), ["a"],
        [
            new SessionSpec(Origin.PlusDays(10), SessionType.Treatment, true, Intensity.Low, Phq9: 15, Gad7: 10),
            new SessionSpec(Origin.PlusDays(40), SessionType.Treatment, true, Intensity.Low, Phq9: 4, Gad7: 3),
        ]);
}
