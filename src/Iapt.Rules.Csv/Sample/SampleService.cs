using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Csv;

/// <summary>
/// Writes a synthetic IAPT service's extract (<c>referrals.csv</c> and <c>sessions.csv</c> in the report's input
/// contract), deterministic for a seed, with realistic shapes: most first treatments inside 6 weeks, a recovery rate
/// near the national half, the national mix of low-intensity only, high only and both (37/29/34, M4 Table 8), a
/// step-up path, every problem descriptor, missed appointments, follow-ups, some missing scores, open referrals,
/// and a few bad rows that the report must reject.
/// </summary>
/// <remarks>
/// Nothing here is patient data: every row is made up from the seed. The synthetic values are kept inside each
/// measure's range by construction (the generator may bound its own made-up numbers; the engine never clamps data).
/// </remarks>
public sealed class SampleService
{
    /// <summary>The first referral date of the synthetic year (the start of a financial year).</summary>
    internal static readonly LocalDate YearStart = new(2025, 4, 1);

    /// <summary>The referral attribute columns beyond the contract's four, for <c>--by</c> breakdowns.</summary>
    internal static readonly string[] AttributeColumns = ["age_band", "gender", "ethnicity"];

    private static readonly string[] ScoreColumns = ["phq9", "gad7", "wsas", "spin", "pcl5", "mi", "oci", "pdss", "hai"];

    // Problem descriptors with weights (per mille); the ADSM column (if any) the descriptor calls for.
    private static readonly (string Code, int Weight, string? Adsm)[] Descriptors =
    [
        ("F32.1", 190, null), ("F33.1", 90, null), ("F41.1", 170, null), ("F41.2", 110, null), ("", 60, null),
        ("F40.1", 50, "spin"), ("F43.1", 50, "pcl5"), ("F40.0", 20, "mi"), ("F42.2", 30, "oci"), ("F41.0", 40, "pdss"),
        ("F45.2", 20, "hai"), ("K58.0", 10, null), ("G93.3", 10, null), ("F45.0", 10, null), ("F40.2", 20, null),
        ("F43.2", 60, null), ("f411", 10, null), ("F32.0 ", 10, null),
    ];

    private static readonly (string Value, int Weight)[] AgeBands =
        [("18-25", 20), ("26-35", 25), ("36-50", 28), ("51-65", 19), ("66+", 8)];

    private static readonly (string Value, int Weight)[] Genders = [("female", 64), ("male", 35), ("other", 1)];

    private static readonly (string Value, int Weight)[] Ethnicities =
        [("white", 78), ("asian", 8), ("black", 4), ("mixed", 4), ("other", 2), ("not_stated", 4)];

    private static readonly string[] LowInterventions =
        ["guided_self_help", "computerised_cbt", "behavioural_activation", "psychoeducational_group", "non_guided_self_help"];

    private static readonly string[] HighInterventions =
        ["cbt", "cbt", "cbt", "ipt", "counselling", "trauma_focused_cbt", "emdr", "cbt_erp"];

    private readonly Random _random;
    private readonly TextWriter _referrals;
    private readonly TextWriter _sessions;
    private readonly char[] _buffer = new char[32];

    private SampleService(int seed, TextWriter referrals, TextWriter sessions)
    {
        _random = new Random(seed);
        _referrals = referrals;
        _sessions = sessions;
    }

    /// <summary>Writes <paramref name="referralCount"/> referrals and their sessions, deterministic for <paramref name="seed"/>.</summary>
    /// <param name="referralCount">How many referrals to make (0 or more); a few deliberately bad or duplicated rows are added.</param>
    /// <param name="seed">The random seed: the same seed and count give the same text.</param>
    /// <param name="referrals">Where to write <c>referrals.csv</c> (header first).</param>
    /// <param name="sessions">Where to write <c>sessions.csv</c> (header first).</param>
    /// <returns>The number of referral rows and session rows written (bad rows included).</returns>
    /// <exception cref="ArgumentException"><paramref name="referralCount"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="referrals"/> or <paramref name="sessions"/> is <see langword="null"/>.</exception>
    public static (long Referrals, long Sessions) Write(int referralCount, int seed, TextWriter referrals, TextWriter sessions)
    {
        Guard.Against.Negative(referralCount);
        Guard.Against.Null(referrals);
        Guard.Against.Null(sessions);
        var service = new SampleService(seed, referrals, sessions);
        return service.WriteAll(referralCount);
    }

    /// <summary>
    /// Writes <c>referrals.csv</c> and <c>sessions.csv</c> (UTF-8 without a byte-order mark) into an existing
    /// <paramref name="folder"/>, replacing files of those names.
    /// </summary>
    /// <param name="referralCount">How many referrals to make (0 or more).</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="folder">The folder to write into.</param>
    /// <returns>The number of referral rows and session rows written.</returns>
    /// <exception cref="IOException">A file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be written to.</exception>
    public static (long Referrals, long Sessions) WriteFiles(int referralCount, int seed, string folder)
    {
        var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var referralFile = new StreamWriter(Path.Combine(folder, ServiceReportFiles.ReferralsFile), false, utf8, 1 << 20);
        using var sessionFile = new StreamWriter(Path.Combine(folder, ServiceReportFiles.SessionsFile), false, utf8, 1 << 20);
        return Write(referralCount, seed, referralFile, sessionFile);
    }

    private (long Referrals, long Sessions) WriteAll(int referralCount)
    {
        _referrals.Write("referral_id,referral_date,problem_descriptor,discharge_date,");
        _referrals.Write(string.Join(',', AttributeColumns));
        _referrals.Write('\n');
        _sessions.Write("referral_id,date,type,attended,intensity,intervention,");
        _sessions.Write(string.Join(',', ScoreColumns));
        _sessions.Write('\n');

        long referralRows = 0;
        long sessionRows = 0;
        for (int i = 1; i <= referralCount; i++)
        {
            var (r, s) = WriteReferral(i);
            referralRows += r;
            sessionRows += s;
        }

        return (referralRows, sessionRows);
    }

    private (int Referrals, int Sessions) WriteReferral(int number)
    {
        string id = $"R{number:D8}";
        var referralDate = YearStart.PlusDays(_random.Next(365));
        var descriptor = Pick(Descriptors, d => d.Weight);
        int referralRows = 1;
        int sessionRows = 0;

        // A few bad rows, deterministic for the seed: each is rejected by the report with a reason.
        int bad = _random.Next(2000);
        string referralDateText = bad == 0 ? "2025-02-30" : Iso(referralDate);

        double path = _random.NextDouble();
        var sessions = new List<SessionRow>();
        LocalDate? discharge;
        if (path < 0.10)
        {
            // Referred, never seen: discharged after a while, or still waiting.
            discharge = _random.NextDouble() < 0.6 ? referralDate.PlusDays(30 + _random.Next(90)) : null;
        }
        else if (path < 0.18)
        {
            // Assessed only.
            var assessed = referralDate.PlusDays(3 + _random.Next(30));
            sessions.Add(new SessionRow(assessed, "assessment", true, "", "", StartScores(descriptor.Adsm, out _)));
            discharge = assessed.PlusDays(_random.Next(10));
        }
        else
        {
            discharge = Treatment(referralDate, descriptor.Adsm, sessions);
        }

        string dischargeText = discharge is { } d ? Iso(d) : string.Empty;
        WriteReferralRow(id, referralDateText, descriptor.Code, dischargeText);
        if (bad == 1)
        {
            // The same referral id again: a duplicate the report rejects.
            WriteReferralRow(id, Iso(referralDate), descriptor.Code, dischargeText);
            referralRows++;
        }

        // Sessions need not be sorted: write this referral's sessions in a shuffled order.
        for (int i = sessions.Count - 1; i > 0; i--)
        {
            int j = _random.Next(i + 1);
            (sessions[i], sessions[j]) = (sessions[j], sessions[i]);
        }

        foreach (var session in sessions)
        {
            WriteSessionRow(id, session);
            sessionRows++;
        }

        if (bad == 2)
        {
            // A session for a referral that does not exist.
            WriteSessionRow($"X{number:D8}", new SessionRow(referralDate.PlusDays(10), "treatment", true, "low", "guided_self_help", new int[ScoreColumns.Length]));
            sessionRows++;
        }
        else if (bad == 3)
        {
            // An impossible score (PHQ-9 above 27).
            var scores = new int[ScoreColumns.Length];
            Array.Fill(scores, -1);
            scores[0] = 31;
            WriteSessionRow(id, new SessionRow(referralDate.PlusDays(12), "treatment", true, "low", "guided_self_help", scores));
            sessionRows++;
        }

        return (referralRows, sessionRows);
    }

    private LocalDate? Treatment(LocalDate referralDate, string? adsm, List<SessionRow> sessions)
    {
        // Wait to first treatment: most inside 6 weeks, some inside 18, a few beyond.
        double w = _random.NextDouble();
        int wait = w < 0.88 ? 2 + _random.Next(41) : w < 0.98 ? 43 + _random.Next(84) : 127 + _random.Next(80);
        var first = referralDate.PlusDays(wait);
        bool combined = _random.NextDouble() < 0.4;
        var start = StartScores(adsm, out bool atCaseness);

        if (!combined)
        {
            var assessed = referralDate.PlusDays(_random.Next(wait + 1));
            if (assessed == first)
            {
                combined = true;
            }
            else
            {
                sessions.Add(new SessionRow(assessed, "assessment", true, "", "", start));
            }
        }

        // The national mix: low only 37%, high only 29%, both 34% (M4 Table 8).
        double mix = _random.NextDouble();
        bool highFirst = adsm is "pcl5" or "spin" ? mix < 0.8 : mix < 0.29;
        int lowCount = highFirst ? 0 : 2 + _random.Next(4);
        bool stepUp = !highFirst && _random.NextDouble() < 0.48;
        int highCount = highFirst || stepUp ? 3 + _random.Next(10) : 0;
        if (_random.NextDouble() < 0.08)
        {
            // Dropped out after one treatment session: never a finished course.
            (lowCount, highCount) = lowCount > 0 ? (1, 0) : (0, 1);
        }

        int total = lowCount + highCount;
        var end = EndScores(start, atCaseness);
        bool missingEnd = _random.NextDouble() < 0.04;
        var date = first;
        string lowIntervention = LowInterventions[_random.Next(LowInterventions.Length)];
        string highIntervention = HighInterventions[_random.Next(HighInterventions.Length)];
        for (int k = 0; k < total; k++)
        {
            bool low = k < lowCount;
            if (k == lowCount && k > 0)
            {
                date = date.PlusDays(10 + _random.Next(50)); // the step-up wait
            }
            else if (k > 0)
            {
                // Weekly or fortnightly, and now and then a long gap (the in-service waits of M4 §6.4.2).
                double gap = _random.NextDouble();
                date = date.PlusDays(gap < 0.03 ? 29 + _random.Next(80) : 5 + _random.Next(10));
            }

            if (_random.NextDouble() < 0.08)
            {
                // A missed appointment before this one.
                sessions.Add(new SessionRow(date, "treatment", false, low ? "low" : "high", low ? lowIntervention : highIntervention, Blank()));
                date = date.PlusDays(7);
            }

            var scores = Interpolate(start, end, total == 1 ? 0 : (double)k / (total - 1));
            if (missingEnd && k == total - 1)
            {
                scores = Blank();
            }

            string type = k == 0 && combined ? "assessment_and_treatment" : "treatment";
            sessions.Add(new SessionRow(date, type, true, low ? "low" : "high", low ? lowIntervention : highIntervention, scores));
        }

        if (_random.NextDouble() < 0.1)
        {
            // A follow-up three months on: it counts for neither scores nor sessions.
            sessions.Add(new SessionRow(date.PlusDays(90), "follow_up", true, "", "", Interpolate(start, end, 1.2)));
        }

        bool open = _random.NextDouble() < 0.12;
        return open ? null : date.PlusDays(_random.Next(15));
    }

    private int[] StartScores(string? adsm, out bool atCaseness)
    {
        atCaseness = _random.NextDouble() >= 0.08;
        var scores = Blank();
        double severity = atCaseness ? 0.45 + (_random.NextDouble() * 0.5) : _random.NextDouble() * 0.3;
        scores[0] = Scale(severity + Noise(), 27);
        scores[1] = Scale(severity + Noise(), 21);
        scores[2] = Scale(severity + Noise(), 40);
        if (adsm is not null && _random.NextDouble() < 0.8)
        {
            int column = Array.IndexOf(ScoreColumns, adsm);
            scores[column] = adsm == "mi" ? 100 + Scale(severity + Noise(), 400) : Scale(severity + Noise(), AdsmMaximum(adsm));
        }

        return scores;
    }

    private int[] EndScores(int[] start, bool atCaseness)
    {
        double outcome = _random.NextDouble();
        double factor = !atCaseness ? 0.8 : outcome < 0.48 ? 0.25 : outcome < 0.76 ? 0.65 : outcome < 0.93 ? 1.0 : 1.35;
        var end = Blank();
        for (int i = 0; i < start.Length; i++)
        {
            if (start[i] < 0)
            {
                continue;
            }

            end[i] = ScoreColumns[i] == "mi"
                ? Math.Clamp(100 + (int)((start[i] - 100) * (factor + Noise())), 100, 500)
                : Math.Clamp((int)Math.Round(start[i] * (factor + Noise())), 0, Maximum(i));
        }

        return end;
    }

    private int[] Interpolate(int[] start, int[] end, double t)
    {
        var scores = Blank();
        for (int i = 0; i < start.Length; i++)
        {
            if (start[i] < 0 || (i > 1 && _random.NextDouble() < 0.05))
            {
                continue; // no ADSM given at this session
            }

            int low = ScoreColumns[i] == "mi" ? 100 : 0;
            int high = ScoreColumns[i] == "mi" ? 500 : Maximum(i);
            scores[i] = Math.Clamp((int)Math.Round(start[i] + ((end[i] - start[i]) * t)), low, high);
        }

        return scores;
    }

    private static int Maximum(int column) => column switch
    {
        0 => 27,
        1 => 21,
        2 => 40,
        _ => AdsmMaximum(ScoreColumns[column]),
    };

    private static int AdsmMaximum(string adsm) => adsm switch
    {
        "spin" => 68,
        "pcl5" => 80,
        "oci" => 168,
        "pdss" => 28,
        "hai" => 54,
        _ => 27,
    };

    private double Noise() => (_random.NextDouble() - 0.5) * 0.12;

    private static int Scale(double fraction, int maximum) => Math.Clamp((int)Math.Round(fraction * maximum), 0, maximum);

    private static int[] Blank()
    {
        var scores = new int[ScoreColumns.Length];
        Array.Fill(scores, -1);
        return scores;
    }

    private T Pick<T>(T[] options, Func<T, int> weight)
    {
        int total = 0;
        foreach (var option in options)
        {
            total += weight(option);
        }

        int roll = _random.Next(total);
        foreach (var option in options)
        {
            roll -= weight(option);
            if (roll < 0)
            {
                return option;
            }
        }

        return options[^1];
    }

    private void WriteReferralRow(string id, string referralDate, string descriptor, string discharge)
    {
        _referrals.Write(id);
        _referrals.Write(',');
        _referrals.Write(referralDate);
        _referrals.Write(',');
        _referrals.Write(descriptor);
        _referrals.Write(',');
        _referrals.Write(discharge);
        _referrals.Write(',');
        _referrals.Write(Pick(AgeBands, a => a.Weight).Value);
        _referrals.Write(',');
        _referrals.Write(Pick(Genders, g => g.Weight).Value);
        _referrals.Write(',');
        _referrals.Write(Pick(Ethnicities, e => e.Weight).Value);
        _referrals.Write('\n');
    }

    private void WriteSessionRow(string id, SessionRow session)
    {
        _sessions.Write(id);
        _sessions.Write(',');
        _sessions.Write(Iso(session.Date));
        _sessions.Write(',');
        _sessions.Write(session.Type);
        _sessions.Write(',');
        _sessions.Write(session.Attended ? "true" : "false");
        _sessions.Write(',');
        _sessions.Write(session.Intensity);
        _sessions.Write(',');
        _sessions.Write(session.Intervention);
        for (int i = 0; i < session.Scores.Length; i++)
        {
            _sessions.Write(',');
            int score = session.Scores[i];
            if (score < 0)
            {
                continue;
            }

            if (ScoreColumns[i] == "mi")
            {
                // The MI is an item mean; the generator keeps it in hundredths.
                _sessions.Write((score / 100m).ToString("0.00", CultureInfo.InvariantCulture));
            }
            else
            {
                score.TryFormat(_buffer, out int written, default, CultureInfo.InvariantCulture);
                _sessions.Write(_buffer, 0, written);
            }
        }

        _sessions.Write('\n');
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private readonly record struct SessionRow(LocalDate Date, string Type, bool Attended, string Intensity, string Intervention, int[] Scores);
}
