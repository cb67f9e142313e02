using System.Globalization;
using System.Text;
using Iapt.Rules.Csv;
using Iapt.Rules.Measures;
using Iapt.Rules.Outcomes;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.RuleSets;
using Iapt.Rules.Episodes;
using Iapt.Rules.Stepping;

namespace Iapt.Rules.Benchmarks.Race;

/// <summary>
/// The race's DuckDB SQL as a strong analyst writes it (issue 19, <c>--sql new</c>, the default): the same 13 headline
/// counts as <see cref="HeadlineSql"/> (<c>--sql old</c>), rejected rows included, from the same two files, but
/// typed, exact first and with one join whose build side is the referrals.
/// </summary>
/// <remarks>
/// <para>Two plans, tried in order (<see cref="HeadlineSqlPlan"/>):</para>
/// <list type="number">
/// <item><b>Exact, typed.</b> <c>sessions.csv</c> is read with its columns typed: the score columns as DOUBLE, the
/// date as DATE (<c>dateformat = '%Y-%m-%d'</c>), and the session type, attendance, intensity and intervention as
/// ENUMs of exactly the keys the report accepts, as written (no trimming, no case-folding). A value outside them
/// fails the read itself, and the lenient plan runs instead. Rows that read but might be judged otherwise when
/// trimmed (a session id that matches no referral but has white space round it) or that a DOUBLE cannot hold
/// exactly (an MI mean with more than nine decimals) are counted as <c>needs_text</c>; when any is, the lenient plan
/// runs instead.</item>
/// <item><b>Lenient, text.</b> Every column as text, trimmed of white space, case-folded where the report folds
/// case, and checked as the report checks it (strict numbers: no exponents, hexadecimal or digit separators).</item>
/// </list>
/// <para>The referrals (1.5 million rows) are read as text into a table whose <c>rowid</c> is the file order, so
/// that no window is needed for duplicates: the first usable row of an id wins by <c>min(rowid)</c> and
/// <c>arg_min</c>. The exact plan takes ids and dates as written and gives way (<c>needs_text</c>) when any has white
/// space round it; the lenient plan trims them. The problem descriptors are mapped once per distinct text. The
/// sessions are joined to the referrals table (the build side of the hash join: its cardinality is exact, the CSV
/// scan's only estimated), and every measure's first and last score is found by packing (date, session type, score
/// in billionths) into one BIGINT, so that <c>min</c> and <c>max</c> give the report's first and last score: by date,
/// then assessment before assessment and treatment before treatment, then the lower value first
/// (<c>EpisodeAccumulator.SameDayOrder</c>). File line numbers of sessions are never needed. Caseness, recovery and
/// reliable change are decided in integer billionths (exact for every total the report accepts, which has at most
/// nine decimals once trailing zeros are dropped).</para>
/// <para>What the exact plan accepts that the report rejects, on spellings the generator never writes: numbers with
/// an exponent or digit separators (<c>1e1</c>, <c>1_0</c>: DuckDB's DOUBLE reader takes them) and more than
/// fifteen significant digits; dates with one-digit months or days (<c>2025-1-5</c>: DuckDB's <c>%m</c> and
/// <c>%d</c> take them). The lenient plan checks those as the report does. Both trim ASCII white space only (the
/// report trims Unicode white space too). A row with fewer fields than the header stops DuckDB's reader in both
/// plans, where the report rejects the row. The lenient plan is correct rather than fast (strict number and date
/// checks on text).</para>
/// </remarks>
internal static class AnalystHeadlineSql
{
    /// <summary>Billionths: the unit every score is compared in (totals have at most nine decimals).</summary>
    private const long Nano = 1_000_000_000;

    /// <summary>The multiplier of the (date, session type) part of a packed score key: above any score in billionths.</summary>
    private const long KeyStep = 1_000_000_000_000;

    /// <summary>The white space both plans trim (ASCII: space, tab, line feed, carriage return, vertical tab, form feed).</summary>
    private const string WhiteSpace = "' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)";

    private static readonly string[] SessionTypes = ["assessment", "assessment_and_treatment", "treatment", "follow_up"];

    /// <summary>The two plans: exact and typed first, then lenient and text.</summary>
    public static HeadlineSqlPlan Build(RuleSet rules, string referralsPath, string sessionsPath, int threads)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var classifier = new OutcomeClassifier(rules);
        var adsm = Enum.GetValues<ProblemDescriptor>().Where(classifier.CallsForAdsm)
            .Select(d => classifier.RecommendedMeasure(d).Key).Distinct(StringComparer.Ordinal).ToArray();
        string settings = $"SET threads = {threads}";
        string noOrder = "SET preserve_insertion_order = false";
        return new HeadlineSqlPlan(
            "new",
            [settings, Types(), Referrals(rules, classifier, adsm, referralsPath, exact: true), noOrder, Headline(rules, classifier, adsm, ExactSessions(rules, sessionsPath))],
            [settings, Macros, Referrals(rules, classifier, adsm, referralsPath, exact: false), noOrder, Headline(rules, classifier, adsm, LenientSessions(rules, sessionsPath))]);
    }

    /// <summary>The ENUMs of the exact plan: the keys as the report's contract writes them.</summary>
    private static string Types() => $"""
        CREATE TYPE session_type AS ENUM ({string.Join(", ", SessionTypes.Select(Text))});
        CREATE TYPE attendance AS ENUM ('false', 'true');
        CREATE TYPE intensity_key AS ENUM ('low', 'high');
        CREATE TYPE intervention_key AS ENUM ({string.Join(", ", Interventions.All.Select(i => Text(i.Key())))})
        """;

    /// <summary>
    /// The lenient plan's macros: <c>clean</c> trims white space (only from text that starts or ends with some: a
    /// trim with a character set is slow) and makes empty text NULL; <c>total_nanos</c> checks a total as the report
    /// does (one to four digits at once, else strict decimal text, at most nine decimals once trailing zeros are
    /// dropped), in range and whole for a sum, in billionths, else NULL.
    /// </summary>
    private static string Macros => $"""
        CREATE TEMP MACRO clean(x) AS
            nullif(CASE WHEN ascii(x) <= 32 OR ascii(x[-1]) <= 32 THEN trim(x, {WhiteSpace}) ELSE x END, '');
        CREATE TEMP MACRO total_nanos(t, whole, lo, hi) AS
            CASE WHEN t IS NULL THEN NULL
                 WHEN length(t) <= 4 AND translate(t, '0123456789', '') = ''
                 THEN CASE WHEN CAST(t AS INTEGER) BETWEEN lo AND hi THEN CAST(t AS BIGINT) * {Nano} END
                 WHEN regexp_full_match(t, '[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)')
                      AND length(rtrim(regexp_extract(t, '\.([0-9]*)', 1), '0')) <= 9
                 THEN CASE WHEN TRY_CAST(t AS DECIMAL(18, 9)) BETWEEN lo AND hi
                                AND (NOT whole OR TRY_CAST(t AS DECIMAL(18, 9)) = trunc(TRY_CAST(t AS DECIMAL(18, 9))))
                           THEN CAST(CAST(TRY_CAST(t AS DECIMAL(18, 9)) AS DECIMAL(38, 9)) * {Nano} AS BIGINT) END END
        """;

    private static string Referrals(RuleSet rules, OutcomeClassifier classifier, string[] adsm, string path, bool exact)
    {
        var table = rules.Descriptors;
        var icd = new StringBuilder();
        foreach (var group in table.Codes)
        {
            icd.Append(CultureInfo.InvariantCulture, $"                WHEN {HeadlineSql.IcdCondition(group.Codes)} THEN '{group.Descriptor}'\n");
        }

        var keys = new StringBuilder();
        foreach (var key in table.Keys)
        {
            keys.Append(CultureInfo.InvariantCulture, $"                WHEN {Text(key.Key.ToUpperInvariant())} THEN '{key.Descriptor}'\n");
        }

        var codes = new StringBuilder();
        foreach (var descriptor in Enum.GetValues<ProblemDescriptor>().Where(classifier.CallsForAdsm))
        {
            int code = Array.IndexOf(adsm, classifier.RecommendedMeasure(descriptor).Key) + 1;
            codes.Append(CultureInfo.InvariantCulture, $" WHEN '{descriptor}' THEN {code}");
        }

        return $"""
            CREATE TEMP TABLE referral_rows AS
            SELECT referral_id, referral_date, problem_descriptor, discharge_date
            FROM {Read(path, "all_varchar = true")};

            -- Each distinct descriptor text mapped once: the ADSM it calls for (1-{adsm.Length}: {string.Join(", ", adsm)}), else 0 (GAD-7).
            CREATE TEMP TABLE descriptor_map AS
            WITH
            texts AS (
                SELECT problem_descriptor, upper(trim(problem_descriptor, {WhiteSpace})) AS descriptor_text
                FROM (SELECT DISTINCT coalesce(problem_descriptor, '') AS problem_descriptor FROM referral_rows)
            ),
            parts AS (
                SELECT problem_descriptor, descriptor_text,
                    regexp_extract(descriptor_text, '{IcdPattern}', ['chapter', 'category', 'sub']) AS icd
                FROM texts
            ),
            coded AS (
                SELECT problem_descriptor, descriptor_text, icd.chapter AS chapter,
                    TRY_CAST(icd.category AS INTEGER) AS category,
                    CASE WHEN icd.sub IN ('', 'X') THEN -1 ELSE TRY_CAST(icd.sub[1] AS INTEGER) END AS sub
                FROM parts
            ),
            described AS (
                SELECT problem_descriptor,
                    CASE
                        WHEN descriptor_text = '' THEN '{ProblemDescriptor.None}'
                        WHEN chapter <> '' THEN CASE
            {icd}                END
                        ELSE CASE descriptor_text
            {keys}                END
                    END AS descriptor
                FROM coded
            )
            SELECT problem_descriptor, CAST(coalesce(CASE descriptor{codes} END, 0) AS UTINYINT) AS adsm
            FROM described;

            -- The usable referrals: the first usable row of each id (rowid is the file order).
            CREATE TEMP TABLE referrals AS
            WITH
            trimmed AS (
            {(exact ? ExactReferralFields : LenientReferralFields)}
                FROM referral_rows
            ),
            usable AS (
                    SELECT line, id, referral_date, discharge_date, problem_descriptor
                FROM trimmed
                WHERE id IS NOT NULL AND referral_date IS NOT NULL
                    AND (discharge_text IS NULL OR coalesce(discharge_date >= referral_date, false))
            ),
            firsts AS (
                -- A struct, so that a NULL discharge date is taken from the first row too (arg_min skips NULL values).
                SELECT id, min(line) AS line, arg_min(struct_pack(referral_date := referral_date,
                    discharge_date := discharge_date, problem_descriptor := problem_descriptor), line) AS first
                FROM usable
                GROUP BY id
            )
            SELECT f.line AS ref, f.id, f.first.referral_date AS referral_date, f.first.discharge_date AS discharge_date,
                coalesce(m.adsm, 0) AS adsm
            FROM firsts f
            LEFT JOIN descriptor_map m ON m.problem_descriptor = coalesce(f.first.problem_descriptor, '');

            -- The referral rows, and (exact plan) those whose id or dates have white space round them: the lenient
            -- plan, which trims as the report does, runs instead when there is any.
            CREATE TEMP TABLE referral_totals AS
            SELECT count(*) AS rows, (SELECT count(*) FROM referrals) AS usable,
                {(exact ? "count(*) FILTER (WHERE " + PaddedReferral + ")" : "0")} AS unsure
            FROM referral_rows
            """;
    }

    /// <summary>Whether a referral row's id or dates start or end with white space (the exact plan then gives way).</summary>
    private const string PaddedReferral =
        "ascii(referral_id) <= 32 OR ascii(referral_id[-1]) <= 32 OR ascii(referral_date) <= 32 OR ascii(referral_date[-1]) <= 32"
        + " OR ascii(discharge_date) <= 32 OR ascii(discharge_date[-1]) <= 32";

    /// <summary>The exact plan's referral fields, as written; a date is ten characters with its dashes in place.</summary>
    private static string ExactReferralFields => $"""
                SELECT rowid AS line, referral_id AS id, {ExactDate("referral_date")} AS referral_date,
                    discharge_date AS discharge_text, {ExactDate("discharge_date")} AS discharge_date, problem_descriptor
        """;

    /// <summary>The lenient plan's referral fields, trimmed; a date is strictly <c>yyyy-MM-dd</c>.</summary>
    private static string LenientReferralFields => $"""
                SELECT rowid AS line, clean(referral_id) AS id, {IsoDate("clean(referral_date)")} AS referral_date,
                    clean(discharge_date) AS discharge_text, {IsoDate("clean(discharge_date)")} AS discharge_date, problem_descriptor
        """;

    private static string ExactDate(string t) =>
        $"(CASE WHEN length({t}) = 10 AND {t}[5] = '-' AND {t}[8] = '-' THEN TRY_CAST({t} AS DATE) END)";

    /// <summary>The exact plan's sessions: typed columns; the checks left are ranges and whole numbers.</summary>
    private static string ExactSessions(RuleSet rules, string path)
    {
        var types = new List<string>
        {
            "'referral_id': 'VARCHAR'", "'date': 'DATE'", "'type': 'session_type'", "'attended': 'attendance'",
            "'intensity': 'intensity_key'", "'intervention': 'intervention_key'",
        };
        var checks = new StringBuilder();
        var unsure = new StringBuilder();
        foreach (var column in HeadlineSql.ScoreColumns)
        {
            var measure = rules.Measures[column];
            types.Add($"'{column}': 'DOUBLE'");
            string lo = Number(measure.TotalMinimum!.Value), hi = Number(measure.TotalMaximum!.Value);
            checks.Append(CultureInfo.InvariantCulture, $"\n                OR {column} NOT BETWEEN {lo} AND {hi}");
            if (measure.Method == ScoringMethod.ItemMean)
            {
                // A mean a DOUBLE holds exactly in billionths was written with at most nine decimals.
                unsure.Append(CultureInfo.InvariantCulture, $" OR abs({column} * {Nano} - round({column} * {Nano})) > 0.0001");
            }
            else
            {
                checks.Append(CultureInfo.InvariantCulture, $" OR {column} <> round({column})");
            }
        }

        return $"""
            SELECT referral_id AS id, date, enum_code(type) AS rank, attended = 'true' AS attended,
                date IS NULL OR type IS NULL OR attended IS NULL OR coalesce(false{checks}, false) AS bad,
                coalesce(false{unsure}, false) AS unsure, {string.Join(", ", HeadlineSql.ScoreColumns)}
            FROM {Read(path, "dateformat = '%Y-%m-%d', types = {" + string.Join(", ", types) + "}")}
            """;
    }

    /// <summary>The lenient plan's sessions: every column as text, trimmed and case-folded as the report reads it.</summary>
    private static string LenientSessions(RuleSet rules, string path)
    {
        string Clean(string column) => $"clean({column})";
        string Folded(string column) => $"lower({Clean(column)})";
        var scores = new StringBuilder();
        var checks = new StringBuilder();
        foreach (var column in HeadlineSql.ScoreColumns)
        {
            var measure = rules.Measures[column];
            string whole = measure.Method == ScoringMethod.ItemMean ? "false" : "true";
            scores.Append(CultureInfo.InvariantCulture,
                $",\n                    total_nanos({Clean(column)}, {whole}, {Number(measure.TotalMinimum!.Value)}, {Number(measure.TotalMaximum!.Value)}) / {Nano} AS {column}");
            checks.Append(CultureInfo.InvariantCulture, $"\n            OR ({column}_text IS NOT NULL AND {column} IS NULL)");
        }

        string rank = string.Concat(SessionTypes.Select((t, i) => $" WHEN '{t}' THEN {i}"));
        string interventions = string.Join(", ", Interventions.All.Select(i => Text(i.Key())));
        return $"""
            SELECT id, date, rank, attended = 'true' AS attended,
                date IS NULL OR rank IS NULL OR coalesce(attended NOT IN ('true', 'false'), true)
                    OR coalesce(intensity NOT IN ('low', 'high'), false)
                    OR coalesce(intervention NOT IN ({interventions}), false){checks} AS bad,
                false AS unsure, {string.Join(", ", HeadlineSql.ScoreColumns)}
            FROM (
                SELECT {Clean("referral_id")} AS id, {IsoDate(Clean("date"))} AS date,
                    CAST(CASE {Folded("type")}{rank} END AS UTINYINT) AS rank,
                    {Folded("attended")} AS attended, {Folded("intensity")} AS intensity, {Folded("intervention")} AS intervention,
                    {string.Join(", ", HeadlineSql.ScoreColumns.Select(c => $"{Clean(c)} AS {c}_text"))}{scores}
                FROM {Read(path, "all_varchar = true")}
            )
            """;
    }

    private static string Headline(RuleSet rules, OutcomeClassifier classifier, string[] adsm, string sessions)
    {
        var measures = rules.Measures;
        var phq9 = classifier.DepressionMeasure;
        var gad7 = classifier.DefaultAnxietyMeasure;
        var anxiety = new[] { gad7 }.Concat(adsm.Select(k => measures[k])).ToArray();
        string adsmScore = string.Concat(adsm.Select((k, i) => $" WHEN {i + 1} THEN s.{k}"));

        // Per anxiety measure (0 = GAD-7, then the ADSMs): caseness of a score and its reliable change.
        string Case(MeasureDefinition m, string v) =>
            $"{v} {(m.Caseness!.Comparison == CasenessComparison.StrictlyAbove ? ">" : ">=")} {Nanos(m.Caseness.CutOff.Value)}";
        string AnxietyCase(string v) =>
            "CASE anx" + string.Concat(anxiety.Select((m, i) => $" WHEN {i} THEN {Case(m, v)}")) + " END";
        string change = "CASE anx" + string.Concat(anxiety.Select((m, i) => $" WHEN {i} THEN {Nanos(m.ReliableChange!.Value.Value.Value)}")) + " END";
        string phq9Change = Nanos(phq9.ReliableChange!.Value.Value.Value);
        int minimumSessions = rules.Outcomes.MinimumTreatmentSessions.Value;
        int sixWeeks = rules.Waiting.SixWeekStandardDays.Value;
        int eighteenWeeks = rules.Waiting.EighteenWeekStandardDays.Value;

        return $"""
            WITH
            sessions AS (
            {sessions}
            ),
            joined AS (
                -- The referrals are the build side; a session row is used when its row is good, its referral usable and it
                -- is not dated before the referral. It counts when attended, not a follow-up and on or before discharge.
                SELECT r.ref, r.adsm, r.discharge_date IS NOT NULL AS discharged,
                    s.unsure OR CASE WHEN r.ref IS NULL AND s.id IS NOT NULL THEN ascii(s.id) <= 32 OR ascii(s.id[-1]) <= 32 ELSE false END AS unsure,
                    coalesce(NOT s.bad AND s.date >= r.referral_date, false) AS used,
                    s.attended AND s.rank < 3 AND (r.discharge_date IS NULL OR s.date <= r.discharge_date) AS attends,
                    s.rank, s.date, r.referral_date, s.phq9, s.{gad7.Key} AS gad7, CASE r.adsm{adsmScore} END AS adsm_score
                FROM sessions s
                LEFT JOIN referrals r ON r.id = s.id
            ),
            keyed AS (
                SELECT ref, adsm, discharged, unsure, used,
                    CASE WHEN used AND attends AND rank IN (1, 2) THEN date - referral_date END AS treatment_wait,
                    -- (date, session type) above the score in billionths: min and max give the first and the last score.
                    CASE WHEN used AND attends THEN ((date - DATE '1970-01-01') * 4 + rank) * {KeyStep} END AS key,
                    key + CAST(round(phq9 * {Nano}) AS BIGINT) AS phq9_key,
                    key + CAST(round(gad7 * {Nano}) AS BIGINT) AS gad7_key,
                    key + CAST(round(adsm_score * {Nano}) AS BIGINT) AS adsm_key
                FROM joined
            ),
            per_referral AS (
                SELECT ref, any_value(adsm) AS adsm, any_value(discharged) AS discharged,
                    count(*) AS rows, count(*) FILTER (WHERE NOT used) AS rejected_rows, count(*) FILTER (WHERE unsure) AS unsure_rows,
                    count(treatment_wait) AS treatment_sessions, min(treatment_wait) AS first_wait,
                    count(phq9_key) AS phq9_n, min(phq9_key) % {KeyStep} AS phq9_first, max(phq9_key) % {KeyStep} AS phq9_last,
                    count(gad7_key) AS gad7_n, min(gad7_key) % {KeyStep} AS gad7_first, max(gad7_key) % {KeyStep} AS gad7_last,
                    count(adsm_key) AS adsm_n, min(adsm_key) % {KeyStep} AS adsm_first, max(adsm_key) % {KeyStep} AS adsm_last
                FROM keyed
                GROUP BY ref
            ),
            courses AS (
                -- The anxiety measure: the ADSM the descriptor calls for when scored at two sessions or more, else GAD-7.
                SELECT rows, rejected_rows, unsure_rows,
                    discharged AND treatment_sessions >= {minimumSessions} AS finished, first_wait,
                    phq9_n, phq9_first, phq9_last,
                    CASE WHEN adsm_n >= 2 THEN adsm ELSE 0 END AS anx,
                    CASE WHEN adsm_n >= 2 THEN adsm_n ELSE gad7_n END AS anx_n,
                    CASE WHEN adsm_n >= 2 THEN adsm_first ELSE gad7_first END AS anx_first,
                    CASE WHEN adsm_n >= 2 THEN adsm_last ELSE gad7_last END AS anx_last
                FROM per_referral
            ),
            judged AS (
                SELECT *,
                    phq9_n >= 2 AND anx_n >= 2 AS paired,
                    {Case(phq9, "phq9_first")} AS phq9_first_case,
                    {Case(phq9, "phq9_last")} AS phq9_last_case,
                    {AnxietyCase("anx_first")} AS anx_first_case,
                    {AnxietyCase("anx_last")} AS anx_last_case,
                    phq9_first - phq9_last >= {phq9Change} OR anx_first - anx_last >= {change} AS fell,
                    phq9_last - phq9_first >= {phq9Change} OR anx_last - anx_first >= {change} AS rose
                FROM courses
            ),
            outcomes AS (
                SELECT *,
                    coalesce(phq9_first_case, false) OR coalesce(anx_first_case, false) AS case_at_start,
                    phq9_first IS NOT NULL AND anx_first IS NOT NULL AND NOT phq9_first_case AND NOT anx_first_case AS not_case_at_start,
                    finished AND paired AS counted,
                    NOT coalesce(phq9_last_case, true) AND NOT coalesce(anx_last_case, true) AS below_at_end
                FROM judged
            )
            -- The group of sessions with no usable referral (ref NULL) adds rows and rejected rows, and no outcome.
            SELECT
                CAST((SELECT rows FROM referral_totals) + coalesce(sum(rows), 0) AS BIGINT) AS rows_read,
                CAST((SELECT rows - usable FROM referral_totals) + coalesce(sum(rejected_rows), 0) AS BIGINT) AS rows_rejected,
                (SELECT usable FROM referral_totals) AS referrals,
                count(*) FILTER (WHERE first_wait IS NOT NULL) AS entered_treatment,
                count(*) FILTER (WHERE finished) AS finished,
                count(*) FILTER (WHERE finished AND not_case_at_start) AS not_at_caseness,
                count(*) FILTER (WHERE counted AND case_at_start AND below_at_end) AS recovered,
                count(*) FILTER (WHERE counted AND fell AND NOT rose) AS reliable_improvement,
                count(*) FILTER (WHERE counted AND rose AND NOT fell) AS reliable_deterioration,
                count(*) FILTER (WHERE counted AND fell = rose) AS no_reliable_change,
                count(*) FILTER (WHERE counted AND fell AND NOT rose AND case_at_start AND below_at_end) AS reliable_recovery,
                count(*) FILTER (WHERE finished AND first_wait <= {sixWeeks}) AS within_6_weeks,
                count(*) FILTER (WHERE finished AND first_wait <= {eighteenWeeks}) AS within_18_weeks,
                CAST((SELECT unsure FROM referral_totals) + coalesce(sum(unsure_rows), 0) AS BIGINT) AS needs_text
            FROM outcomes
            """;
    }

    /// <summary>An ICD-10 code as the descriptor table reads one (see <see cref="HeadlineSql"/>).</summary>
    private const string IcdPattern = @"^([A-Z])([0-9]{2})(?:\.?(X|[0-9]{1,2}))?$";

    /// <summary>A strict ISO date from trimmed text: ten characters, digits but for the two dashes, a real date.</summary>
    private static string IsoDate(string t) =>
        $"(CASE WHEN length({t}) = 10 AND {t}[5] = '-' AND {t}[8] = '-' AND translate({t}, '0123456789', '') = '--' THEN TRY_CAST({t} AS DATE) END)";

    private static string Read(string path, string options) =>
        $"read_csv({Text(path)}, header = true, delim = ',', quote = '\"', escape = '\"', {options})";

    private static string Text(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Nanos(decimal value) => (value * Nano).ToString("0", CultureInfo.InvariantCulture);
}

/// <summary>
/// The race's SQL: statements to run in order in a fresh connection (the last returns one row of headline counts),
/// and, for the new SQL, the lenient statements to run instead when the exact plan's read fails or its
/// <c>needs_text</c> count is not zero.
/// </summary>
internal sealed record HeadlineSqlPlan(string Name, IReadOnlyList<string> Statements, IReadOnlyList<string>? Fallback);
