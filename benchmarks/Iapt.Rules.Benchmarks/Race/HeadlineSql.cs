using System.Globalization;
using System.Text;
using Iapt.Rules.Csv;
using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Stepping;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Benchmarks.Race;

/// <summary>
/// The DuckDB SQL of the race: the report's headline counts (issue 6) computed from the same two CSV files, written
/// as an analyst would write it (read every column as text and check it, as the report does, so that rejected rows
/// are counted and never silently dropped; both cores; one pass over each file).
/// </summary>
/// <remarks>
/// <para>The numbers (score ranges, cut-offs, reliable-change values, the minimum treatment sessions, the 6- and
/// 18-week standards), the ICD-10 groups of the problem descriptors, the descriptor keys and the intervention keys
/// are read from the rule set and written into the SQL as literals, so that the SQL and the library run the same
/// rule tables; the SQL re-implements the logic.</para>
/// <para>Written as an analyst who knows the extract would write it, the SQL is stricter or looser than the report
/// only on spellings the sample generator never writes, and is not slowed down to match them: it does not trim
/// white space or fold case in ids, dates, session types, flags, intensities, interventions or scores (the report
/// does: <c>Treatment</c>, <c> true</c>); it trims and upper-cases problem descriptors, as the generator writes
/// <c>f411</c> and <c>F32.0 </c>; DuckDB's <c>TRY_CAST</c> to INTEGER accepts <c>1e1</c>, <c>0x10</c> and
/// <c>1_000</c>, which the report rejects; a row with fewer fields than the header stops DuckDB's reader where the
/// report rejects the row. Same-date sessions are ordered by file line, as the report does.</para>
/// </remarks>
internal static class HeadlineSql
{
    /// <summary>The score columns of <c>sessions.csv</c>, as the report reads them.</summary>
    public static IReadOnlyList<string> ScoreColumns => ServiceReportFiles.ScoreColumns;

    /// <summary>The statements to run in order; the last one returns one row of headline counts.</summary>
    public static IReadOnlyList<string> Build(RuleSet rules, string referralsPath, string sessionsPath, int threads)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var classifier = new OutcomeClassifier(rules);
        return
        [
            $"SET threads = {threads}",
            Macros,
            Referrals(rules, classifier, referralsPath),
            Headline(rules, classifier, sessionsPath),
        ];
    }

    /// <summary>Strict ISO dates (ten characters, dashes in place, a real date); whole and decimal score totals.</summary>
    private const string Macros = """
        CREATE OR REPLACE TEMP MACRO iso_date(t) AS
            CASE WHEN length(t) = 10 AND t[5] = '-' AND t[8] = '-' THEN TRY_CAST(t AS DATE) END;
        CREATE OR REPLACE TEMP MACRO whole_total(t) AS
            CASE WHEN contains(t, '.')
                 THEN CASE WHEN TRY_CAST(t AS DECIMAL(18, 9)) = trunc(TRY_CAST(t AS DECIMAL(18, 9)))
                           THEN CAST(TRY_CAST(t AS DECIMAL(18, 9)) AS INTEGER) END
                 ELSE TRY_CAST(t AS INTEGER) END;
        CREATE OR REPLACE TEMP MACRO mean_total(t) AS
            CASE WHEN regexp_full_match(t, '[+-]?([0-9]+(\.[0-9]{0,9})?|\.[0-9]{1,9})') THEN TRY_CAST(t AS DECIMAL(18, 9)) END;
        CREATE OR REPLACE TEMP MACRO bad_total(t, v, lo, hi) AS t IS NOT NULL AND coalesce(v NOT BETWEEN lo AND hi, true)
        """;

    /// <summary>An ICD-10 code as the descriptor table reads one: letter, two digits, then optionally a dot and X or one or two digits.</summary>
    private const string IcdPattern = @"^([A-Z])([0-9]{2})(?:\.?(X|[0-9]{1,2}))?$";

    private static string Referrals(RuleSet rules, OutcomeClassifier classifier, string path)
    {
        var table = rules.Descriptors;
        var icd = new StringBuilder();
        foreach (var group in table.Codes)
        {
            icd.Append(CultureInfo.InvariantCulture, $"                WHEN {IcdCondition(group.Codes)} THEN '{group.Descriptor}'\n");
        }

        var keys = new StringBuilder();
        foreach (var key in table.Keys)
        {
            keys.Append(CultureInfo.InvariantCulture, $"                WHEN {Text(key.Key.ToUpperInvariant())} THEN '{key.Descriptor}'\n");
        }

        var adsm = new StringBuilder();
        foreach (var descriptor in Enum.GetValues<ProblemDescriptor>().Where(classifier.CallsForAdsm))
        {
            adsm.Append(CultureInfo.InvariantCulture, $" WHEN '{descriptor}' THEN '{classifier.RecommendedMeasure(descriptor).Key}'");
        }

        return $"""
            CREATE OR REPLACE TEMP TABLE referrals AS
            WITH
            referral_rows AS (
                SELECT row_number() OVER () AS line,
                    referral_id AS id,
                    iso_date(referral_date) AS referral_date,
                    discharge_date AS discharge_text,
                    upper(trim(coalesce(problem_descriptor, ''))) AS descriptor_text
                FROM {Read(path)}
            ),
            coded AS (
                SELECT *, regexp_extract(descriptor_text, '{IcdPattern}', ['chapter', 'category', 'sub']) AS icd
                FROM referral_rows
            ),
            parts AS (
                SELECT line, id, referral_date, discharge_text, descriptor_text, icd.chapter AS chapter,
                    TRY_CAST(icd.category AS INTEGER) AS category,
                    CASE WHEN icd.sub IN ('', 'X') THEN -1 ELSE TRY_CAST(icd.sub[1] AS INTEGER) END AS sub
                FROM coded
            ),
            described AS (
                SELECT line, id, referral_date, iso_date(discharge_text) AS discharge_date, discharge_text,
                    CASE
                        WHEN descriptor_text = '' THEN '{ProblemDescriptor.None}'
                        WHEN chapter <> '' THEN CASE
            {icd}                END
                        ELSE CASE descriptor_text
            {keys}                END
                    END AS descriptor
                FROM parts
            ),
            checked AS (
                SELECT *,
                    -- A descriptor never rejects a referral: a code outside the table (descriptor NULL here) counts
                    -- in a national group and, like no descriptor, uses GAD-7 (reference §8).
                    id IS NULL OR referral_date IS NULL
                    OR (discharge_text IS NOT NULL AND coalesce(discharge_date < referral_date, true)) AS invalid
                FROM described
            )
            SELECT line, id, referral_date, discharge_date, CASE descriptor{adsm} END AS adsm,
                -- A later row with the id of an earlier usable row is a duplicate.
                invalid OR row_number() OVER (PARTITION BY id, invalid ORDER BY line) > 1 AS rejected
            FROM checked
            """;
    }

    private static string Headline(RuleSet rules, OutcomeClassifier classifier, string path)
    {
        var measures = rules.Measures;
        var texts = new StringBuilder();
        var values = new StringBuilder();
        var checks = new StringBuilder();
        foreach (var column in ScoreColumns)
        {
            var measure = measures[column];
            string parse = measure.Method == ScoringMethod.ItemMean ? "mean_total" : "whole_total";
            texts.Append(CultureInfo.InvariantCulture, $", {column}");
            values.Append(CultureInfo.InvariantCulture, $",\n        {parse}({column}) AS {column}_v");
            checks.Append(CultureInfo.InvariantCulture,
                $"\n        OR bad_total({column}, {column}_v, {Number(measure.TotalMinimum!.Value)}, {Number(measure.TotalMaximum!.Value)})");
        }

        var adsmColumns = Enum.GetValues<ProblemDescriptor>().Where(classifier.CallsForAdsm)
            .Select(d => classifier.RecommendedMeasure(d).Key).Distinct(StringComparer.Ordinal).ToArray();
        string adsmValue = string.Concat(adsmColumns.Select(k => $" WHEN '{k}' THEN CAST(s.{k}_v AS DECIMAL(18, 9))"));
        string thresholds = string.Join(",\n        ",
            new[] { classifier.DefaultAnxietyMeasure }.Concat(adsmColumns.Select(k => measures[k]))
                .Select(m => $"('{m.Key}', {Decimal(m.Caseness!.CutOff.Value)}, {Bool(m.Caseness.Comparison == CasenessComparison.StrictlyAbove)}, {Decimal(m.ReliableChange!.Value.Value.Value)})"));
        var phq9 = classifier.DepressionMeasure;
        string phq9Case(string v) => phq9.Caseness!.Comparison == CasenessComparison.StrictlyAbove
            ? $"{v} > {Decimal(phq9.Caseness.CutOff.Value)}"
            : $"{v} >= {Decimal(phq9.Caseness.CutOff.Value)}";
        string phq9Change = Decimal(phq9.ReliableChange!.Value.Value.Value);
        string interventions = string.Join(", ", Interventions.All.Select(i => Text(i.Key())));
        int minimumSessions = rules.Outcomes.MinimumTreatmentSessions.Value;
        int sixWeeks = rules.Waiting.SixWeekStandardDays.Value;
        int eighteenWeeks = rules.Waiting.EighteenWeekStandardDays.Value;
        string gad7 = classifier.DefaultAnxietyMeasure.Key;

        return $"""
            WITH
            session_values AS (
                SELECT row_number() OVER () AS line, referral_id AS id, iso_date(date) AS date, type, attended,
                    intensity, intervention{texts}{values}
                FROM {Read(path)}
            ),
            sessions AS (
                SELECT line, id, date, type, attended, {string.Join(", ", ScoreColumns.Select(c => c + "_v"))},
                    date IS NULL
                    OR coalesce(type NOT IN ('assessment', 'assessment_and_treatment', 'treatment', 'follow_up'), true)
                    OR coalesce(attended NOT IN ('true', 'false'), true)
                    OR coalesce(intensity NOT IN ('low', 'high'), false)
                    OR coalesce(intervention NOT IN ({interventions}), false){checks} AS bad
                FROM session_values
            ),
            usable AS (
                -- A session row is rejected unless its referral row was usable and it is on or after the referral
                -- date; sessions count for scores when attended, not follow-ups, and on or before discharge.
                SELECT r.line AS referral, s.bad OR r.line IS NULL OR s.date < r.referral_date AS rejected,
                    NOT (s.bad OR r.line IS NULL OR s.date < r.referral_date) AND s.attended = 'true' AND s.type <> 'follow_up'
                        AND (r.discharge_date IS NULL OR s.date <= r.discharge_date) AS counts,
                    s.type IN ('treatment', 'assessment_and_treatment') AS treatment,
                    s.date,
                    -- Sessions in date order; same-date sessions in file order.
                    (epoch_ms(s.date) // 86400000) * 1000000000 + s.line AS sequence,
                    -- Scores only from sessions that count (arg_min, arg_max and count skip nulls).
                    CASE WHEN counts THEN s.phq9_v END AS phq9,
                    CASE WHEN counts THEN s.{gad7}_v END AS gad7,
                    CASE WHEN counts THEN CASE r.adsm{adsmValue} END END AS adsm
                FROM sessions s
                LEFT JOIN (SELECT line, id, referral_date, discharge_date, adsm FROM referrals WHERE NOT rejected) r ON r.id = s.id
            ),
            per_referral AS (
                SELECT referral, count(*) AS rows, count(*) FILTER (WHERE rejected) AS rejected_rows,
                    count(*) FILTER (WHERE counts AND treatment) AS treatment_sessions,
                    min(date) FILTER (WHERE counts AND treatment) AS first_treatment,
                    count(phq9) AS phq9_n,
                    arg_min(phq9, sequence) AS phq9_first,
                    arg_max(phq9, sequence) AS phq9_last,
                    count(gad7) AS gad7_n,
                    arg_min(gad7, sequence) AS gad7_first,
                    arg_max(gad7, sequence) AS gad7_last,
                    count(adsm) AS adsm_n,
                    arg_min(adsm, sequence) AS adsm_first,
                    arg_max(adsm, sequence) AS adsm_last
                FROM usable
                GROUP BY referral
            ),
            courses AS (
                -- The anxiety measure: the ADSM the descriptor calls for when its first and last scores are both
                -- present (from different sessions), else GAD-7.
                SELECT r.referral_date, r.discharge_date,
                    coalesce(p.treatment_sessions, 0) AS treatment_sessions, p.first_treatment,
                    r.discharge_date IS NOT NULL AND coalesce(p.treatment_sessions, 0) >= {minimumSessions} AS finished,
                    coalesce(p.phq9_n, 0) AS phq9_n, p.phq9_first, p.phq9_last,
                    CASE WHEN p.adsm_n >= 2 THEN r.adsm ELSE '{gad7}' END AS anxiety,
                    CASE WHEN p.adsm_n >= 2 THEN p.adsm_n ELSE coalesce(p.gad7_n, 0) END AS anx_n,
                    CASE WHEN p.adsm_n >= 2 THEN p.adsm_first ELSE p.gad7_first END AS anx_first,
                    CASE WHEN p.adsm_n >= 2 THEN p.adsm_last ELSE p.gad7_last END AS anx_last
                FROM referrals r LEFT JOIN per_referral p ON p.referral = r.line
                WHERE NOT r.rejected
            ),
            thresholds AS (
                SELECT * FROM (VALUES
                    {thresholds}
                ) t(measure, cut_off, strictly_above, reliable_change)
            ),
            judged AS (
                SELECT c.*,
                    c.phq9_n >= 2 AND c.anx_n >= 2 AS paired,
                    {phq9Case("c.phq9_first")} AS phq9_first_case,
                    {phq9Case("c.phq9_last")} AS phq9_last_case,
                    CASE WHEN t.strictly_above THEN c.anx_first > t.cut_off ELSE c.anx_first >= t.cut_off END AS anx_first_case,
                    CASE WHEN t.strictly_above THEN c.anx_last > t.cut_off ELSE c.anx_last >= t.cut_off END AS anx_last_case,
                    c.phq9_first - c.phq9_last >= {phq9Change} OR c.anx_first - c.anx_last >= t.reliable_change AS fell,
                    c.phq9_last - c.phq9_first >= {phq9Change} OR c.anx_last - c.anx_first >= t.reliable_change AS rose,
                    c.first_treatment - c.referral_date AS wait_days
                FROM courses c JOIN thresholds t ON t.measure = c.anxiety
            ),
            outcomes AS (
                SELECT *,
                    coalesce(phq9_first_case, false) OR coalesce(anx_first_case, false) AS case_at_start,
                    phq9_first IS NOT NULL AND anx_first IS NOT NULL AND NOT phq9_first_case AND NOT anx_first_case AS not_case_at_start,
                    finished AND paired AS counted,
                    NOT coalesce(phq9_last_case, true) AND NOT coalesce(anx_last_case, true) AS below_at_end
                FROM judged
            )
            SELECT
                CAST((SELECT count(*) FROM referrals) + (SELECT coalesce(sum(rows), 0) FROM per_referral) AS BIGINT) AS rows_read,
                CAST((SELECT count(*) FILTER (WHERE rejected) FROM referrals)
                    + (SELECT coalesce(sum(rejected_rows), 0) FROM per_referral) AS BIGINT) AS rows_rejected,
                count(*) AS referrals,
                count(*) FILTER (WHERE first_treatment IS NOT NULL) AS entered_treatment,
                count(*) FILTER (WHERE finished) AS finished,
                count(*) FILTER (WHERE finished AND not_case_at_start) AS not_at_caseness,
                count(*) FILTER (WHERE counted AND case_at_start AND below_at_end) AS recovered,
                count(*) FILTER (WHERE counted AND fell AND NOT rose) AS reliable_improvement,
                count(*) FILTER (WHERE counted AND rose AND NOT fell) AS reliable_deterioration,
                count(*) FILTER (WHERE counted AND fell = rose) AS no_reliable_change,
                count(*) FILTER (WHERE counted AND fell AND NOT rose AND case_at_start AND below_at_end) AS reliable_recovery,
                count(*) FILTER (WHERE finished AND wait_days <= {sixWeeks}) AS within_6_weeks,
                count(*) FILTER (WHERE finished AND wait_days <= {eighteenWeeks}) AS within_18_weeks
            FROM outcomes
            """;
    }

    /// <summary>A <c>read_csv</c> call reading every column as text, with the contract's dialect.</summary>
    private static string Read(string path) =>
        $"read_csv({Text(path)}, header = true, delim = ',', quote = '\"', escape = '\"', all_varchar = true)";

    /// <summary>
    /// The SQL condition for one ICD-10 group of the descriptor table: a category (<c>F32</c>), a subdivision
    /// (<c>F41.0</c>), a range of subdivisions of one category (<c>F45.0-F45.1</c>) or a range of categories
    /// (<c>F40-F48</c>); a code with no subdivision (or X) has <c>sub = -1</c> and falls only in whole categories.
    /// </summary>
    internal static string IcdCondition(string codes)
    {
        var parts = codes.Split('-');
        var (chapter, firstCategory, firstSub) = IcdPart(parts[0]);
        var (_, lastCategory, lastSub) = IcdPart(parts[^1]);
        string categories = firstCategory == lastCategory
            ? $"category = {firstCategory}"
            : $"category BETWEEN {firstCategory} AND {lastCategory}";
        string subs = firstSub < 0 ? string.Empty
            : firstSub == lastSub ? $" AND sub = {firstSub}"
            : $" AND sub BETWEEN {firstSub} AND {lastSub}";
        return $"chapter = '{chapter}' AND {categories}{subs}";
    }

    private static (char Chapter, int Category, int Sub) IcdPart(string code)
    {
        code = code.Trim().ToUpperInvariant();
        int category = int.Parse(code.AsSpan(1, 2), CultureInfo.InvariantCulture);
        var rest = code.AsSpan(3).TrimStart('.');
        int sub = rest.IsEmpty || rest[0] == 'X' ? -1 : rest[0] - '0';
        return (code[0], category, sub);
    }

    private static string Text(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Decimal(decimal value) => $"CAST('{Number(value)}' AS DECIMAL(18, 9))";

    private static string Bool(bool value) => value ? "true" : "false";
}
