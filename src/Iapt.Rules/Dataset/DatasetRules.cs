using System.Collections.Immutable;
using Iapt.Rules.Episodes;
using Iapt.Rules.Provenance;
using Iapt.Rules.Stepping;

namespace Iapt.Rules.Dataset;

/// <summary>
/// How the national data set's codes are read (reference §9): the attendance codes, the appointment types, the
/// therapy types by intensity and the assessment tools by measure, each entry with its source. Part of a rule set
/// (<see cref="RuleSets.RuleSet.Dataset"/>); a service completes it (its ADSM or WSAS tool codes, say) with the
/// <c>With</c> methods, without forking the library.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Codes are compared after trimming; numeric codes (<c>AttendOrDNACode</c>,
/// <c>AppType</c>) as numbers, so that zero-padded codes read the same (<c>05</c> = <c>5</c>); SNOMED CT codes as
/// exact text. Lookups allocate nothing.
/// </remarks>
public sealed class DatasetRules
{
    private static readonly Source Dictionary = Source.Nhsd("NHS data dictionary: attended or did not attend (AttendOrDNACode)");
    private static readonly Source TreatmentFilter = Source.Nhsd("NHS England treatment-appointment filter: AppType 02, 03, 05");
    private static readonly Source Dashboard = Source.Nhsd("NHS England Talking Therapies dashboard SQL, Key Metrics Dashboard (low- and high-intensity care activity lists)");
    private static readonly Source ToolReference = Source.Nhsd("NHS mental health data set reference table (CodedAssToolType)");

    private readonly Dictionary<int, AttendanceKind> _attendance;
    private readonly Dictionary<int, SessionType> _appointments;
    private readonly Dictionary<long, Intensity> _therapies;
    private readonly Dictionary<long, string> _tools;

    /// <summary>A table of codes; later entries with the same code replace earlier ones.</summary>
    /// <param name="attendance">The attendance codes.</param>
    /// <param name="appointmentTypes">The appointment types that are assessments or treatment sessions.</param>
    /// <param name="therapyTypes">The therapy types and their intensities.</param>
    /// <param name="tools">The assessment tools and their measures.</param>
    public DatasetRules(
        IEnumerable<AttendanceCode> attendance, IEnumerable<AppointmentType> appointmentTypes,
        IEnumerable<TherapyType> therapyTypes, IEnumerable<AssessmentTool> tools)
    {
        Guard.Against.Null(attendance);
        Guard.Against.Null(appointmentTypes);
        Guard.Against.Null(therapyTypes);
        Guard.Against.Null(tools);
        Attendance = Distinct(attendance, a => a.Code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AppointmentTypes = Distinct(appointmentTypes, a => a.Code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        TherapyTypes = Distinct(therapyTypes, t => t.Code);
        Tools = Distinct(tools, t => t.Code);
        _attendance = Attendance.ToDictionary(a => a.Code, a => a.Kind);
        _appointments = AppointmentTypes.ToDictionary(a => a.Code, a => a.SessionType);
        _therapies = TherapyTypes.ToDictionary(t => ConceptKey(t.Code, nameof(therapyTypes)), t => t.Intensity);
        _tools = Tools.ToDictionary(t => ConceptKey(t.Code, nameof(tools)), t => t.MeasureKey);
    }

    /// <summary>The attendance codes: 5 and 6 attended, 3 and 7 missed, 2 and 4 cancelled; any other code is rejected.</summary>
    public ImmutableArray<AttendanceCode> Attendance { get; }

    /// <summary>The appointment types that are assessments or treatment sessions; others are attended contacts that are neither.</summary>
    public ImmutableArray<AppointmentType> AppointmentTypes { get; }

    /// <summary>The therapy types by intensity; a code not listed gives no intensity.</summary>
    public ImmutableArray<TherapyType> TherapyTypes { get; }

    /// <summary>The assessment tools by measure; a tool type not listed is ignored and counted.</summary>
    public ImmutableArray<AssessmentTool> Tools { get; }

    /// <summary>
    /// The default table (reference §9): the NHS data dictionary's attendance codes, NHS England's treatment
    /// appointment filter, the dashboard SQL's therapy-type lists, and the PHQ-9 and GAD-7 tool codes. The ADSM and
    /// WSAS codes are not in it: no source checked here confirms them, so a service adds its own.
    /// </summary>
    public static DatasetRules ManualV4 { get; } = new(DefaultAttendance, DefaultAppointments, DefaultTherapies, DefaultTools);

    /// <summary>Reads an attendance code: trimmed, ASCII digits, leading zeros allowed (<c>05</c> = <c>5</c>).</summary>
    /// <param name="text">The cell.</param>
    /// <param name="kind">What the code counts as; default when the code is not listed.</param>
    /// <returns>Whether the code is listed in <see cref="Attendance"/>.</returns>
    public bool TryReadAttendance(ReadOnlySpan<char> text, out AttendanceKind kind)
    {
        kind = default;
        return TryReadCode(text, out int code) && _attendance.TryGetValue(code, out kind);
    }

    /// <summary>
    /// Reads an appointment type: trimmed, one to four ASCII digits, leading zeros allowed (<c>02</c> = <c>2</c>);
    /// a code not in <see cref="AppointmentTypes"/> is <see cref="SessionType.FollowUp"/> (attended, neither an
    /// assessment nor treatment).
    /// </summary>
    /// <param name="text">The cell.</param>
    /// <param name="type">The session type of an attended contact of this type.</param>
    /// <returns>Whether the text is a code at all (empty or non-digit text is not).</returns>
    public bool TryReadAppointmentType(ReadOnlySpan<char> text, out SessionType type)
    {
        type = SessionType.FollowUp;
        if (!TryReadCode(text, out int code))
        {
            return false;
        }

        if (_appointments.TryGetValue(code, out var listed))
        {
            type = listed;
        }

        return true;
    }

    /// <summary>The intensity of a therapy type (trimmed, exact SNOMED CT id), or <see cref="Intensity.Unknown"/> when not listed.</summary>
    /// <param name="code">The <c>CodeProcAndProcStatus</c> cell.</param>
    /// <returns>The intensity.</returns>
    public Intensity IntensityOf(ReadOnlySpan<char> code) =>
        TryConcept(code, out long key) && _therapies.TryGetValue(key, out var intensity) ? intensity : Intensity.Unknown;

    /// <summary>The measure key of an assessment tool type (trimmed, exact SNOMED CT id).</summary>
    /// <param name="code">The <c>CodedAssToolType</c> cell.</param>
    /// <param name="measureKey">The measure's key; <see langword="null"/> when the tool is not listed.</param>
    /// <returns>Whether the tool is listed.</returns>
    public bool TryMeasureOf(ReadOnlySpan<char> code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? measureKey)
    {
        measureKey = null;
        return TryConcept(code, out long key) && _tools.TryGetValue(key, out measureKey);
    }

    /// <summary>A copy with an assessment tool added, or replacing the tool with the same code.</summary>
    /// <param name="tool">The tool.</param>
    /// <returns>The new table; this one is unchanged.</returns>
    public DatasetRules WithTool(AssessmentTool tool)
    {
        Guard.Against.Null(tool);
        return new DatasetRules(Attendance, AppointmentTypes, TherapyTypes, Tools.Add(tool));
    }

    /// <summary>A copy with a therapy type added, or replacing the type with the same code.</summary>
    /// <param name="therapy">The therapy type.</param>
    /// <returns>The new table; this one is unchanged.</returns>
    public DatasetRules WithTherapyType(TherapyType therapy)
    {
        Guard.Against.Null(therapy);
        return new DatasetRules(Attendance, AppointmentTypes, TherapyTypes.Add(therapy), Tools);
    }

    /// <summary>A copy with an appointment type added, or replacing the type with the same code.</summary>
    /// <param name="type">The appointment type.</param>
    /// <returns>The new table; this one is unchanged.</returns>
    public DatasetRules WithAppointmentType(AppointmentType type)
    {
        Guard.Against.Null(type);
        return new DatasetRules(Attendance, AppointmentTypes.Add(type), TherapyTypes, Tools);
    }

    /// <summary>Reads a numeric code: trimmed, one to four ASCII digits, leading zeros allowed.</summary>
    internal static bool TryReadCode(ReadOnlySpan<char> text, out int code)
    {
        text = text.Trim();
        while (text.Length > 1 && text[0] == '0')
        {
            text = text[1..];
        }

        return RecordFields.TryParseShortWholeNumber(text, out code);
    }

    /// <summary>
    /// Reads a SNOMED CT concept id (trimmed; 6 to 18 ASCII digits, no leading zero) as a number, so that lookups
    /// allocate nothing.
    /// </summary>
    private static bool TryConcept(ReadOnlySpan<char> text, out long key)
    {
        key = 0;
        text = text.Trim();
        if (text.Length is < 6 or > 18 || text[0] == '0')
        {
            return false;
        }

        foreach (char c in text)
        {
            uint digit = (uint)(c - '0');
            if (digit > 9)
            {
                key = 0;
                return false;
            }

            key = (key * 10) + digit;
        }

        return true;
    }

    private static long ConceptKey(string code, string parameter) =>
        TryConcept(code.AsSpan(), out long key) ? key : throw new ArgumentException($"'{code}' is not a SNOMED CT concept id (6 to 18 digits)", parameter);

    private static ImmutableArray<T> Distinct<T>(IEnumerable<T> entries, Func<T, string> key)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<T>();
        foreach (var entry in entries)
        {
            Guard.Against.Null(entry);
            if (byKey.TryGetValue(key(entry), out int at))
            {
                list[at] = entry;
            }
            else
            {
                byKey.Add(key(entry), list.Count);
                list.Add(entry);
            }
        }

        return [.. list];
    }

    private static IEnumerable<AttendanceCode> DefaultAttendance =>
    [
        new(5, AttendanceKind.Attended, "attended on time or, if late, before the relevant care professional was ready", Dictionary),
        new(6, AttendanceKind.Attended, "arrived late but was seen", Dictionary),
        new(3, AttendanceKind.Missed, "did not attend, no advance warning", Dictionary),
        new(7, AttendanceKind.Missed, "arrived late and could not be seen", Dictionary),
        new(2, AttendanceKind.Cancelled, "appointment cancelled by, or on behalf of, the patient", Dictionary),
        new(4, AttendanceKind.Cancelled, "appointment cancelled or postponed by the health care provider", Dictionary),
    ];

    private static IEnumerable<AppointmentType> DefaultAppointments =>
    [
        new(1, SessionType.Assessment, "assessment",
            Source.UnconfirmedValue("NHSD", "AppType 01 assessment", "the treatment filter (02, 03, 05) excludes it; read as an assessment")),
        new(2, SessionType.Treatment, "treatment", TreatmentFilter),
        new(3, SessionType.AssessmentAndTreatment, "assessment and treatment", TreatmentFilter),
        new(5, SessionType.Treatment, "treatment", TreatmentFilter),
    ];

    private static IEnumerable<TherapyType> DefaultTherapies =>
    [
        new("748051000000105", Intensity.Low, "guided self-help (book)", Dashboard),
        new("748101000000105", Intensity.Low, "non-guided self-help (book)", Dashboard),
        new("748041000000107", Intensity.Low, "guided self-help (computer)", Dashboard),
        new("748091000000102", Intensity.Low, "non-guided self-help (computer)", Dashboard),
        new("748061000000108", Intensity.Low, "structured physical activity", Dashboard),
        new("199314001", Intensity.Low, "listed as low intensity in the dashboard SQL", Dashboard),
        new("702545008", Intensity.Low, "psychoeducational peer support", Dashboard),
        new("1026111000000108", Intensity.Low, "other low intensity", Dashboard),
        new("975131000000104", Intensity.Low, "signposting", Dashboard),
        new("304891004", Intensity.High, "cognitive behavioural therapy", Dashboard),
        new("443730003", Intensity.High, "interpersonal psychotherapy", Dashboard),
        new("449030000", Intensity.High, "eye movement desensitisation and reprocessing", Dashboard),
        new("286711000000107", Intensity.High, "counselling for depression", Dashboard),
        new("1129471000000105", Intensity.High, "couples therapy for depression", Dashboard),
        new("842901000000108", Intensity.High, "collaborative care", Dashboard),
        new("933221000000107", Intensity.High, "mindfulness", Dashboard),
        new("1127281000000100", Intensity.High, "applied relaxation", Dashboard),
        new("1026131000000100", Intensity.High, "other high intensity", Dashboard),
        new("314034001", Intensity.High, "labelled BPD in the dashboards", Dashboard),
        new("1098051000000103", Intensity.Unknown, "employment support (neither intensity)", Dashboard),
    ];

    private static IEnumerable<AssessmentTool> DefaultTools =>
    [
        new("720433000", Measures.MeasureKeys.Phq9, "PHQ-9 total score", ToolReference),
        new("445455005", Measures.MeasureKeys.Gad7, "GAD-7 total score", ToolReference),
    ];
}
