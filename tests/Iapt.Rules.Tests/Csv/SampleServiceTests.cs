using System.Globalization;
using System.Text.RegularExpressions;
using Iapt.Rules.Csv;
using Iapt.Rules.Measures;
using Iapt.Rules.RuleSets;
using NodaTime;
using NodaTime.Text;

namespace Iapt.Rules.Tests.Csv;

/// <summary>
/// The synthetic service of <see cref="SampleService"/>: what its summary promises (the two files in the report's
/// input contract, deterministic for a seed, first treatments mostly inside 6 weeks, recovery near half, the national
/// intensity mix, step-ups, every problem descriptor, missed appointments, follow-ups, missing scores, open referrals
/// and a few bad rows the report rejects), read back from the text it writes.
/// </summary>
/// <remarks>
/// The generator is random by design, so the shares below are checked against bands, not exact values: each band is
/// wider than three standard deviations of the share at the sample size used, and narrower than any change of the
/// generator's branches moves it. Each test builds its own sample (no cached result survives between mutants; see
/// <c>docs/mutation-testing.md</c>, "Static caches in tests").
/// </remarks>
public sealed class SampleServiceTests
{
    private const int Seed = 2025;
    private const int Many = 6000;

    private static readonly LocalDate YearStart = new(2025, 4, 1);

    private static readonly string ReferralsHeader = "referral_id,referral_date,problem_descriptor,discharge_date,age_band,gender,ethnicity";

    private static string SessionsHeader => "referral_id,date,type,attended,intensity,intervention," + string.Join(',', ServiceReportFiles.ScoreColumns);

    private sealed record ReferralRow(int Line, string Id, string Date, string Descriptor, string Discharge, string AgeBand, string Gender, string Ethnicity);

    private sealed record SessionRow(string Id, LocalDate Date, string Type, bool Attended, string Intensity, string Intervention, string[] Scores)
    {
        public bool IsTreatment => Type is "treatment" or "assessment_and_treatment";

        public bool AttendedTreatment => Attended && IsTreatment;
    }

    private sealed record Sample(string ReferralsText, string SessionsText, (long Referrals, long Sessions) Counts)
    {
        public string[] ReferralLines => ReferralsText.Split('\n');

        public string[] SessionLines => SessionsText.Split('\n');

        public List<ReferralRow> Referrals => [.. ReferralLines.Skip(1).SkipLast(1).Select((line, n) =>
        {
            var c = line.Split(',');
            Assert.Equal(7, c.Length);
            return new ReferralRow(n + 2, c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
        })];

        public List<SessionRow> Sessions => [.. SessionLines.Skip(1).SkipLast(1).Select(line =>
        {
            var c = line.Split(',');
            Assert.Equal(15, c.Length);
            Assert.True(c[3] is "true" or "false", c[3]);
            return new SessionRow(c[0], LocalDatePattern.Iso.Parse(c[1]).Value, c[2], c[3] == "true", c[4], c[5], c[6..]);
        })];

        /// <summary>
        /// The referrals the report would use (the first row of each id, with a readable date) and their sessions but
        /// the deliberately bad one (a PHQ-9 of 31, which the report rejects).
        /// </summary>
        public List<(ReferralRow Referral, LocalDate Date, List<SessionRow> Sessions)> Courses()
        {
            var sessions = Sessions.Where(s => !IsBadScoreRow(s)).GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.ToList());
            var seen = new HashSet<string>();
            var courses = new List<(ReferralRow, LocalDate, List<SessionRow>)>();
            foreach (var r in Referrals)
            {
                if (seen.Add(r.Id) && LocalDatePattern.Iso.Parse(r.Date) is { Success: true } date)
                {
                    courses.Add((r, date.Value, sessions.TryGetValue(r.Id, out var s) ? s : []));
                }
            }

            return courses;
        }
    }

    private static Sample Make(int referrals, int seed = Seed)
    {
        var r = new StringWriter(CultureInfo.InvariantCulture);
        var s = new StringWriter(CultureInfo.InvariantCulture);
        var counts = SampleService.Write(referrals, seed, r, s);
        return new Sample(r.ToString(), s.ToString(), counts);
    }

    private static double Share<T>(IReadOnlyCollection<T> items, Func<T, bool> which) => items.Count(which) / (double)items.Count;

    private static void InBand(double low, double share, double high, string what) =>
        Assert.True(share >= low && share <= high, $"{what}: {share:0.000} is outside {low}-{high}");

    // ---- The files ----

    [Fact]
    public void Both_files_start_with_the_report_s_input_contract_header()
    {
        var sample = Make(10);
        Assert.Equal(ReferralsHeader, sample.ReferralLines[0]);
        Assert.Equal(SessionsHeader, sample.SessionLines[0]);
    }

    [Fact]
    public void No_referrals_writes_the_two_headers_alone()
    {
        var sample = Make(0);
        Assert.Equal((ReferralsHeader + "\n", SessionsHeader + "\n"), (sample.ReferralsText, sample.SessionsText));
        Assert.Equal((0L, 0L), sample.Counts);
    }

    [Fact]
    public void The_counts_returned_are_the_rows_written_bad_rows_included()
    {
        var sample = Make(Many);
        Assert.Equal(sample.ReferralLines.Length - 2, sample.Counts.Referrals);
        Assert.Equal(sample.SessionLines.Length - 2, sample.Counts.Sessions);
        Assert.True(sample.Counts.Referrals > Many, "a duplicated referral row is counted");
        Assert.Equal("", sample.ReferralLines[^1]);
        Assert.Equal("", sample.SessionLines[^1]);
    }

    [Fact]
    public void The_same_seed_and_count_give_the_same_text_and_another_seed_other_text()
    {
        var first = Make(300);
        var again = Make(300);
        var other = Make(300, Seed + 1);
        Assert.Equal((first.ReferralsText, first.SessionsText), (again.ReferralsText, again.SessionsText));
        Assert.NotEqual(first.ReferralsText, other.ReferralsText);
        Assert.NotEqual(first.SessionsText, other.SessionsText);
    }

    [Fact]
    public void A_negative_count_or_a_missing_writer_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => SampleService.Write(-1, Seed, TextWriter.Null, TextWriter.Null));
        Assert.Throws<ArgumentNullException>(() => SampleService.Write(1, Seed, null!, TextWriter.Null));
        Assert.Throws<ArgumentNullException>(() => SampleService.Write(1, Seed, TextWriter.Null, null!));
    }

    /// <summary>The files are UTF-8 without a byte-order mark, hold what <see cref="SampleService.Write"/> writes, and replace earlier files.</summary>
    [Fact]
    public void The_files_hold_the_written_text_without_a_byte_order_mark_and_replace_older_files()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"iapt-sample-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            SampleService.WriteFiles(400, Seed, folder);
            var counts = SampleService.WriteFiles(40, Seed, folder);
            var expected = Make(40);
            var referrals = File.ReadAllBytes(Path.Combine(folder, ServiceReportFiles.ReferralsFile));
            Assert.Equal((byte)'r', referrals[0]);
            Assert.Equal(expected.ReferralsText, System.Text.Encoding.UTF8.GetString(referrals));
            Assert.Equal(expected.SessionsText, File.ReadAllText(Path.Combine(folder, ServiceReportFiles.SessionsFile)));
            Assert.Equal(expected.Counts, counts);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // ---- Referrals ----

    [Fact]
    public void Referral_ids_are_numbered_from_one_in_order_and_a_duplicate_follows_its_first_row()
    {
        var ids = Make(Many).Referrals.Select(r => r.Id).ToList();
        var distinct = ids.Distinct().ToList();
        Assert.Equal(Enumerable.Range(1, Many).Select(i => $"R{i:D8}"), distinct);
        Assert.Contains(ids.Zip(ids.Skip(1)), pair => pair.First == pair.Second);
    }

    [Fact]
    public void Referral_dates_cover_the_financial_year_2025_26_to_the_day()
    {
        var courses = Make(Many).Courses();
        Assert.Equal(YearStart, courses.Min(c => c.Date));
        Assert.Equal(new LocalDate(2026, 3, 31), courses.Max(c => c.Date));
    }

    [Fact]
    public void A_few_referral_dates_are_impossible_and_no_other_is_unreadable()
    {
        var dates = Make(Many * 2).Referrals.Select(r => r.Date).ToList();
        var unreadable = dates.Where(d => !LocalDatePattern.Iso.Parse(d).Success).ToList();
        Assert.InRange(unreadable.Count, 1, Many * 2 / 500);
        Assert.All(unreadable, d => Assert.Equal("2025-02-30", d));
    }

    /// <summary>
    /// Every form the reader must resolve appears: the manual's descriptors, one of each ADSM's, a blank, a code in
    /// lower case without its dot and one with a trailing space.
    /// </summary>
    [Fact]
    public void The_descriptors_are_the_sample_s_eighteen_forms_each_near_its_weight()
    {
        var referrals = Make(Many).Courses().Select(c => c.Referral).ToList();
        (string Code, double Weight)[] expected =
        [
            ("F32.1", 0.190), ("F33.1", 0.090), ("F41.1", 0.170), ("F41.2", 0.110), ("", 0.060), ("F40.1", 0.050),
            ("F43.1", 0.050), ("F40.0", 0.020), ("F42.2", 0.030), ("F41.0", 0.040), ("F45.2", 0.020), ("K58.0", 0.010),
            ("G93.3", 0.010), ("F45.0", 0.010), ("F40.2", 0.020), ("F43.2", 0.060), ("f411", 0.010), ("F32.0 ", 0.010),
        ];
        Assert.Equal(expected.Select(e => e.Code).Order(StringComparer.Ordinal), referrals.Select(r => r.Descriptor).Distinct().Order(StringComparer.Ordinal));
        foreach (var (code, weight) in expected)
        {
            InBand(weight - 0.015, Share(referrals, r => r.Descriptor == code), weight + 0.015, $"descriptor '{code}'");
        }
    }

    [Fact]
    public void The_breakdown_attributes_take_their_listed_values_near_their_weights()
    {
        var referrals = Make(Many).Referrals;
        Assert.Equal(["18-25", "26-35", "36-50", "51-65", "66+"], referrals.Select(r => r.AgeBand).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["female", "male", "other"], referrals.Select(r => r.Gender).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["asian", "black", "mixed", "not_stated", "other", "white"], referrals.Select(r => r.Ethnicity).Distinct().Order(StringComparer.Ordinal));
        InBand(0.60, Share(referrals, r => r.Gender == "female"), 0.68, "female");
        InBand(0.24, Share(referrals, r => r.AgeBand == "36-50"), 0.32, "36-50");
        InBand(0.74, Share(referrals, r => r.Ethnicity == "white"), 0.82, "white");
    }

    // ---- Paths through the service ----

    [Fact]
    public void About_a_tenth_are_never_seen_and_most_of_those_are_discharged()
    {
        var courses = Make(Many).Courses();
        var unseen = courses.Where(c => c.Sessions.Count == 0).ToList();
        InBand(0.08, unseen.Count / (double)courses.Count, 0.12, "never seen");
        InBand(0.52, Share(unseen, c => c.Referral.Discharge.Length > 0), 0.68, "never seen, discharged");
        Assert.All(unseen.Where(c => c.Referral.Discharge.Length > 0), c =>
            Assert.InRange(Period.Between(c.Date, LocalDatePattern.Iso.Parse(c.Referral.Discharge).Value, PeriodUnits.Days).Days, 30, 119));
    }

    [Fact]
    public void About_one_in_twelve_are_assessed_only_and_discharged_within_ten_days()
    {
        var courses = Make(Many).Courses();
        var assessedOnly = courses.Where(c => c.Sessions.Count == 1 && c.Sessions[0].Type == "assessment").ToList();
        InBand(0.06, assessedOnly.Count / (double)courses.Count, 0.10, "assessed only");
        Assert.All(assessedOnly, c =>
        {
            var assessed = c.Sessions[0];
            Assert.InRange(Period.Between(c.Date, assessed.Date, PeriodUnits.Days).Days, 3, 32);
            Assert.InRange(Period.Between(assessed.Date, LocalDatePattern.Iso.Parse(c.Referral.Discharge).Value, PeriodUnits.Days).Days, 0, 9);
            Assert.True(assessed.Attended);
            Assert.Equal(("", ""), (assessed.Intensity, assessed.Intervention));
            Assert.NotEqual("", assessed.Scores[0]);
        });
    }

    private static List<(ReferralRow Referral, LocalDate Date, List<SessionRow> Sessions)> Treated(Sample sample) =>
        [.. sample.Courses().Where(c => c.Sessions.Any(s => s.IsTreatment))];

    /// <summary>Most first treatments inside 6 weeks, some inside 18, a few beyond (the waiting-time standards' shape).</summary>
    [Fact]
    public void Most_first_treatments_are_inside_six_weeks_some_inside_eighteen_and_a_few_beyond()
    {
        var waits = Treated(Make(Many)).Select(c => Period.Between(c.Date, c.Sessions.Where(s => s.IsTreatment).Min(s => s.Date), PeriodUnits.Days).Days).ToList();
        Assert.Equal(2, waits.Min());
        Assert.InRange(waits.Max(), 127, 206);
        InBand(0.85, Share(waits, w => w <= 42), 0.91, "inside 6 weeks");
        InBand(0.965, Share(waits, w => w <= 126), 0.99, "inside 18 weeks");
    }

    [Fact]
    public void Treatment_is_assessed_first_or_begins_with_an_assessment_and_treatment_session()
    {
        var treated = Treated(Make(Many));
        Assert.All(treated, c =>
        {
            var first = c.Sessions.Where(s => s.IsTreatment).MinBy(s => (s.Date, s.Attended));
            var assessments = c.Sessions.Where(s => s.Type == "assessment").ToList();
            var combined = c.Sessions.Where(s => s.Type == "assessment_and_treatment").ToList();
            Assert.Equal(1, assessments.Count + combined.Count);
            if (combined.Count == 1)
            {
                Assert.True(combined[0].Attended);
                Assert.Equal(c.Sessions.Where(s => s.AttendedTreatment).Min(s => s.Date), combined[0].Date);
            }
            else
            {
                Assert.InRange(assessments[0].Date, c.Date, first!.Date.PlusDays(-1));
            }
        });
        InBand(0.38, Share(treated, c => c.Sessions.Any(s => s.Type == "assessment_and_treatment")), 0.50, "combined first session");
    }

    private static (int Low, int High) Intensities(List<SessionRow> sessions) =>
        (sessions.Count(s => s.AttendedTreatment && s.Intensity == "low"), sessions.Count(s => s.AttendedTreatment && s.Intensity == "high"));

    /// <summary>Low intensity only, high only and both near the national 37/29/34 (M4 Table 8), with a step-up from low to high.</summary>
    [Fact]
    public void The_intensity_mix_is_near_the_national_one_and_a_step_up_goes_from_low_to_high()
    {
        var treated = Treated(Make(Many));
        var mix = treated.Select(c => Intensities(c.Sessions)).ToList();
        InBand(0.31, Share(mix, m => m.High == 0), 0.43, "low only");
        InBand(0.23, Share(mix, m => m.Low == 0), 0.40, "high only");
        InBand(0.23, Share(mix, m => m is { Low: > 0, High: > 0 }), 0.40, "both");
        Assert.All(mix, m => Assert.True(m.Low is >= 0 and <= 5 && m.High is >= 0 and <= 12 && m.Low + m.High > 0, $"{m}"));
        Assert.Contains(mix, m => m.Low == 5);
        Assert.Contains(mix, m => m.High == 12);
        Assert.All(treated.Where(c => Intensities(c.Sessions) is { Low: > 0, High: > 0 }), c =>
        {
            var lastLow = c.Sessions.Where(s => s.AttendedTreatment && s.Intensity == "low").Max(s => s.Date);
            var firstHigh = c.Sessions.Where(s => s.IsTreatment && s.Intensity == "high").Min(s => s.Date);
            Assert.InRange(Period.Between(lastLow, firstHigh, PeriodUnits.Days).Days, 10, 59);
        });
    }

    [Fact]
    public void A_trauma_or_social_anxiety_descriptor_mostly_starts_at_high_intensity()
    {
        var treated = Treated(Make(Many));
        var ptsdOrSocial = treated.Where(c => c.Referral.Descriptor is "F43.1" or "F40.1").Select(c => Intensities(c.Sessions)).ToList();
        var others = treated.Where(c => c.Referral.Descriptor is not ("F43.1" or "F40.1")).Select(c => Intensities(c.Sessions)).ToList();
        InBand(0.70, Share(ptsdOrSocial, m => m.Low == 0), 0.90, "PTSD or social anxiety, high only");
        InBand(0.23, Share(others, m => m.Low == 0), 0.35, "others, high only");
    }

    [Fact]
    public void About_one_course_in_twelve_drops_out_after_one_treatment_session()
    {
        var mix = Treated(Make(Many)).Select(c => Intensities(c.Sessions)).ToList();
        InBand(0.055, Share(mix, m => m.Low + m.High == 1), 0.105, "one treatment session");
    }

    [Fact]
    public void Each_course_keeps_one_intervention_per_intensity_from_that_intensity_s_list()
    {
        string[] low = ["guided_self_help", "computerised_cbt", "behavioural_activation", "psychoeducational_group", "non_guided_self_help"];
        string[] high = ["cbt", "ipt", "counselling", "trauma_focused_cbt", "emdr", "cbt_erp"];
        var treated = Treated(Make(Many));
        var sessions = treated.SelectMany(c => c.Sessions.Where(s => s.IsTreatment)).ToList();
        Assert.Equal(low.Order(StringComparer.Ordinal), sessions.Where(s => s.Intensity == "low").Select(s => s.Intervention).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(high.Order(StringComparer.Ordinal), sessions.Where(s => s.Intensity == "high").Select(s => s.Intervention).Distinct().Order(StringComparer.Ordinal));
        Assert.All(sessions, s => Assert.True(s.Intensity is "low" or "high", s.Intensity));
        InBand(0.30, Share(sessions.Where(s => s.Intensity == "high").ToList(), s => s.Intervention == "cbt"), 0.45, "CBT among high intensity");
        Assert.All(treated, c => Assert.True(c.Sessions.Where(s => s.IsTreatment).GroupBy(s => s.Intensity).All(g => g.Select(s => s.Intervention).Distinct().Count() == 1)));
    }

    [Fact]
    public void Sessions_follow_each_other_weekly_or_fortnightly_with_now_and_then_a_long_gap()
    {
        var gaps = new List<int>();
        foreach (var c in Treated(Make(Many)))
        {
            foreach (var intensity in new[] { "low", "high" })
            {
                var dates = c.Sessions.Where(s => s.IsTreatment && s.Intensity == intensity).Select(s => s.Date).Order().ToList();
                gaps.AddRange(dates.Zip(dates.Skip(1), (a, b) => Period.Between(a, b, PeriodUnits.Days).Days));
            }
        }

        // A missed appointment is followed by the attended one a week later, a gap of 7 days too.
        Assert.Equal(5, gaps.Min());
        Assert.InRange(gaps.Max(), 100, 108);
        Assert.DoesNotContain(gaps, g => g is > 14 and < 29);
        InBand(0.015, Share(gaps, g => g >= 29), 0.06, "long gaps");
    }

    [Fact]
    public void A_missed_appointment_is_a_treatment_session_not_attended_a_week_before_the_next_with_no_scores()
    {
        var treated = Treated(Make(Many));
        var missed = treated.SelectMany(c => c.Sessions.Where(s => !s.Attended).Select(s => (s, c.Sessions))).ToList();
        Assert.NotEmpty(missed);
        Assert.All(missed, m =>
        {
            Assert.Equal("treatment", m.s.Type);
            Assert.All(m.s.Scores, score => Assert.Equal("", score));
            Assert.True(m.s.Intensity is "low" or "high");
            Assert.Contains(m.Sessions, s => s.AttendedTreatment && s.Date == m.s.Date.PlusDays(7) && s.Intensity == m.s.Intensity);
        });
        var treatments = treated.SelectMany(c => c.Sessions.Where(s => s.IsTreatment)).ToList();
        InBand(0.06, Share(treatments, s => !s.Attended), 0.09, "missed");
    }

    [Fact]
    public void A_tenth_of_courses_have_a_follow_up_ninety_days_after_the_last_session()
    {
        var treated = Treated(Make(Many));
        var followUps = treated.Where(c => c.Sessions.Any(s => s.Type == "follow_up")).ToList();
        InBand(0.08, followUps.Count / (double)treated.Count, 0.12, "follow-ups");
        Assert.All(followUps, c =>
        {
            var followUp = c.Sessions.Single(s => s.Type == "follow_up");
            Assert.True(followUp.Attended);
            Assert.Equal(("", ""), (followUp.Intensity, followUp.Intervention));
            Assert.Equal(c.Sessions.Where(s => s.AttendedTreatment).Max(s => s.Date).PlusDays(90), followUp.Date);
        });
    }

    [Fact]
    public void A_course_is_discharged_within_two_weeks_of_its_last_session_or_left_open()
    {
        var treated = Treated(Make(Many));
        InBand(0.09, Share(treated, c => c.Referral.Discharge.Length == 0), 0.15, "open");
        var discharged = treated.Where(c => c.Referral.Discharge.Length > 0).ToList();
        var days = discharged.Select(c => Period.Between(c.Sessions.Where(s => s.AttendedTreatment).Max(s => s.Date), LocalDatePattern.Iso.Parse(c.Referral.Discharge).Value, PeriodUnits.Days).Days).ToList();
        Assert.Equal((0, 14), (days.Min(), days.Max()));
    }

    [Fact]
    public void A_referral_s_sessions_are_written_together_after_the_previous_referral_s_in_no_date_order()
    {
        var sample = Make(Many);
        var ids = sample.Sessions.Select(s => s.Id).Where(id => id.StartsWith('R')).ToList();
        Assert.Equal(ids.Distinct().Order(StringComparer.Ordinal), ids.Distinct());
        Assert.Equal(ids.Distinct().Count(), ids.Chunk(1).Select(c => c[0]).Where((id, i) => i == 0 || ids[i - 1] != id).Count());
        Assert.Contains(sample.Courses(), c => c.Sessions.Zip(c.Sessions.Skip(1)).Any(p => p.Second.Date < p.First.Date));
        Assert.All(sample.Courses(), c => Assert.All(c.Sessions, s => Assert.True(s.Date >= c.Date)));
    }

    // ---- Scores ----

    private static MeasureDefinition Measure(string key) => RuleSet.ManualV4.Measures[key];

    private static bool IsBadScoreRow(SessionRow s) => s.Scores[0] == "31";

    [Fact]
    public void Every_score_written_is_a_valid_total_of_its_column_s_measure_and_they_span_its_range()
    {
        var sessions = Make(Many).Courses().SelectMany(c => c.Sessions).ToList();
        for (int i = 0; i < ServiceReportFiles.ScoreColumns.Count; i++)
        {
            string key = ServiceReportFiles.ScoreColumns[i];
            var measure = Measure(key);
            var cells = sessions.Select(s => s.Scores[i]).Where(c => c.Length > 0).ToList();
            Assert.NotEmpty(cells);
            var values = cells.Select(c => decimal.Parse(c, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)).ToList();
            Assert.All(cells, c => Assert.True(measure.ScoreText(null, c).IsT0, $"{key} {c}"));
            decimal maximum = measure.Method == ScoringMethod.Sum ? measure.ItemCount!.Value * measure.ItemMaximum : measure.ItemMaximum;
            decimal minimum = measure.Method == ScoringMethod.Sum ? 0 : measure.ItemMinimum;
            Assert.True(values.Max() >= minimum + ((maximum - minimum) * 0.8m), $"{key} reaches {values.Max()} of {maximum}");
            Assert.True(values.Min() <= minimum + ((maximum - minimum) * 0.2m), $"{key} goes down to {values.Min()}");
        }
    }

    [Fact]
    public void The_mi_is_written_as_an_item_mean_with_two_decimals()
    {
        int mi = ServiceReportFiles.ScoreColumns.ToList().IndexOf("mi");
        var cells = Make(Many).Courses().SelectMany(c => c.Sessions).Select(s => s.Scores[mi]).Where(c => c.Length > 0).ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.Matches(new Regex("^[1-5]\\.[0-9]{2}$"), c));
        Assert.Contains(cells, c => !c.EndsWith('0'));
    }

    [Fact]
    public void An_anxiety_disorder_measure_is_recorded_only_where_the_descriptor_calls_for_it()
    {
        var courses = Make(Many).Courses();
        var table = RuleSet.ManualV4.Descriptors;
        for (int i = 3; i < ServiceReportFiles.ScoreColumns.Count; i++)
        {
            string key = ServiceReportFiles.ScoreColumns[i];
            var withScore = courses.Where(c => c.Sessions.Any(s => s.Scores[i].Length > 0)).ToList();
            Assert.NotEmpty(withScore);
            Assert.All(withScore, c => Assert.Equal(key, table[table.Resolve(c.Referral.Descriptor).Descriptor].RecommendedMeasure));
            var calledFor = courses.Where(c => c.Sessions.Count > 0 && table[table.Resolve(c.Referral.Descriptor).Descriptor].RecommendedMeasure == key).ToList();
            InBand(0.70, withScore.Count / (double)calledFor.Count, 0.90, $"{key} recorded where called for");
        }
    }

    [Fact]
    public void Phq9_and_gad7_are_recorded_at_every_scored_session_and_the_wsas_and_an_adsm_now_and_then_left_out()
    {
        var courses = Make(Many).Courses();
        var scored = courses.SelectMany(c => c.Sessions).Where(s => s.Scores.Any(x => x.Length > 0)).ToList();
        Assert.All(scored, s => Assert.True(s.Scores[0].Length > 0 && s.Scores[1].Length > 0));
        InBand(0.02, Share(scored, s => s.Scores[2].Length == 0), 0.08, "no WSAS");
        var adsmCourses = courses.Where(c => c.Sessions.Any(s => s.Scores.Skip(3).Any(x => x.Length > 0))).ToList();
        var adsmSessions = adsmCourses.SelectMany(c => c.Sessions.Where(s => s.Scores[0].Length > 0)).ToList();
        InBand(0.02, Share(adsmSessions, s => s.Scores.Skip(3).All(x => x.Length == 0)), 0.08, "ADSM left out");
    }

    [Fact]
    public void A_few_last_sessions_have_no_scores_and_only_missed_ones_otherwise()
    {
        var treated = Treated(Make(Many));
        var unscored = treated.SelectMany(c => c.Sessions.Where(s => s.AttendedTreatment && s.Scores.All(x => x.Length == 0)).Select(s => (s, c))).ToList();
        Assert.NotEmpty(unscored);
        Assert.All(unscored, u => Assert.Equal(u.c.Sessions.Where(s => s.AttendedTreatment).Max(s => s.Date), u.s.Date));
        InBand(0.025, unscored.Count / (double)treated.Count, 0.055, "missing last scores");
    }

    /// <summary>Scores move from the first session's to the last's: down for most courses, up for a few.</summary>
    [Fact]
    public void Phq9_scores_fall_over_most_courses_and_rise_over_a_few()
    {
        var changes = Treated(Make(Many)).Select(c => c.Sessions.Where(s => s.Attended && s.Type != "follow_up" && s.Scores[0].Length > 0).OrderBy(s => s.Date).Select(s => int.Parse(s.Scores[0], CultureInfo.InvariantCulture)).ToList())
            .Where(scores => scores.Count > 1).Select(scores => scores[^1] - scores[0]).ToList();
        InBand(0.60, Share(changes, d => d < 0), 0.90, "fell");
        InBand(0.03, Share(changes, d => d > 0), 0.20, "rose");
    }

    // ---- Through the report ----

    private static (Rules.Reporting.ServiceReport Report, string[] Rejects) Report(int referrals)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"iapt-sample-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            SampleService.WriteFiles(referrals, Seed, folder);
            var rejects = new StringWriter(CultureInfo.InvariantCulture);
            var report = ServiceReportFiles.Read(
                Path.Combine(folder, ServiceReportFiles.ReferralsFile), Path.Combine(folder, ServiceReportFiles.SessionsFile), new CsvReportOptions { Rejects = rejects, Parallelism = 1 });
            return (report, rejects.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The sample's four kinds of bad row (an impossible date, a duplicate id, a session of no referral, a PHQ-9 above
    /// 27) are each rejected a few times, and nothing else is: the report's rejections are exactly the rows the text
    /// shows to be bad, with the sessions of a referral whose row was rejected.
    /// </summary>
    [Fact]
    public void The_report_rejects_exactly_the_sample_s_bad_rows_a_few_of_each_kind()
    {
        var sample = Make(Many * 2);
        var usable = sample.Courses().Select(c => c.Referral.Id).ToHashSet();
        var seen = new HashSet<string>();
        var expected = new List<string>();
        foreach (var r in sample.Referrals)
        {
            if (!LocalDatePattern.Iso.Parse(r.Date).Success)
            {
                expected.Add("referrals.csv,referral_date");
            }
            else if (!seen.Add(r.Id))
            {
                expected.Add("referrals.csv,referral_id");
            }
        }

        expected.AddRange(sample.Sessions.Where(s => !usable.Contains(s.Id)).Select(_ => "sessions.csv,referral_id"));
        expected.AddRange(sample.Sessions.Where(s => usable.Contains(s.Id) && IsBadScoreRow(s)).Select(_ => "sessions.csv,phq9"));

        var (report, rejects) = Report(Many * 2);
        var kinds = rejects.Select(line => string.Join(',', line.Split(',').Take(3).Where((_, i) => i != 1))).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), kinds.Order(StringComparer.Ordinal));
        Assert.Equal(rejects.Length, report.Headline.RowsRejected);
        Assert.All(new[] { "referrals.csv,referral_date", "referrals.csv,referral_id", "sessions.csv,referral_id", "sessions.csv,phq9" }, kind =>
            Assert.InRange(expected.Count(k => k == kind), 1, Many * 2 / 100));
        Assert.Contains(sample.Sessions, s => s.Id.StartsWith('X'));
    }

    [Fact]
    public void Recovery_is_near_the_national_half_and_most_courses_improve_reliably()
    {
        var headline = Report(Many).Report.Headline;
        long atCaseness = headline.Finished!.Value - headline.NotAtCaseness!.Value;
        Assert.True(headline.Finished > Many / 2);
        InBand(0.40, headline.Recovered!.Value / (double)atCaseness, 0.60, "recovery");
        InBand(0.55, headline.ReliableImprovement!.Value / (double)headline.Finished.Value, 0.85, "reliable improvement");
        InBand(0.02, headline.ReliableDeterioration!.Value / (double)headline.Finished.Value, 0.12, "reliable deterioration");
        InBand(0.04, headline.NotAtCaseness.Value / (double)headline.Finished.Value, 0.14, "not at caseness");
    }
}
