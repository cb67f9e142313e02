using Iapt.Rules.Measures;
using Iapt.Rules.ProblemDescriptors;
using Iapt.Rules.Stepping;
using NodaTime;
using Iapt.Rules.Episodes;

namespace Iapt.Rules.Csv;

internal sealed partial class ReportPipeline
{
    /// <summary>One referral row, parsed: its values when usable, or the field and reason it is rejected for (no id).</summary>
    private readonly struct ParsedReferral
    {
        public int Line { get; init; }

        /// <summary>Where the id's characters start in its part's <see cref="IdText"/>.</summary>
        public int IdStart { get; init; }

        /// <summary>The id's length.</summary>
        public int IdLength { get; init; }

        public byte Owner { get; init; }

        public Referral Referral { get; init; }

        /// <summary>
        /// A usable row's <c>--by</c> values (a <see cref="string"/> array) or a rejected row's <see cref="RowFault"/>:
        /// one reference for the two, since a national year holds 1.5 million of these rows at once while the
        /// referrals are read.
        /// </summary>
        private readonly object? _extra;

        /// <summary>A usable row's values of the <c>--by</c> columns, in their order (null without <c>--by</c>).</summary>
        public string[]? Groups { get => _extra as string[]; init => _extra = value; }

        /// <summary>Why the row is rejected (null for a usable row).</summary>
        public RowFault? Fault { get => _extra as RowFault; private init => _extra = value; }

        public static ParsedReferral Rejected(int line, string field, string reason) => new() { Line = line, Fault = new RowFault(field, reason) };
    }

    /// <summary>The field a rejected row is rejected for, and why.</summary>
    private sealed record RowFault(string Field, string Reason);

    /// <summary>A usable referral row: what the session rules and the assessment read (the descriptor as resolved, with its group).</summary>
    private readonly record struct Referral(LocalDate Date, LocalDate? Discharge, DescriptorGroup Group, int Line)
    {
        public ProblemDescriptor Descriptor => Group.Descriptor;
    }

    /// <summary>Where the referral columns are, read once from the header.</summary>
    private sealed record ReferralLayout(
        int Id, int Date, int Descriptor, int Discharge, int[] By, IReadOnlyList<string> Columns, DescriptorTable Descriptors);

    /// <summary>Where the session columns are, read once from the header.</summary>
    private sealed record SessionLayout(
        int Id, int Date, int Type, int Attended, int Intensity, int Intervention,
        (int Column, string Name, MeasureDefinition Measure)[] Measures,
        IReadOnlyList<string> ColumnNames,
        ReferralIds Ids)
    {
        public int ColumnCount => ColumnNames.Count;

        public static SessionLayout Of(CsvRecordReader reader, Rules.RuleSets.RuleSet rules, ReferralIds ids)
        {
            var measures = new List<(int Column, string Name, MeasureDefinition Measure)>();
            foreach (var key in ServiceReportFiles.ScoreColumns)
            {
                if (reader.TryIndex(key, out int column) && rules.Measures.TryGet(key, out var measure))
                {
                    measures.Add((column, key, measure));
                }
            }

            return new SessionLayout(
                reader.Index("referral_id"), reader.Index("date"), reader.Index("type"), reader.Index("attended"),
                reader.TryIndex("intensity", out int intensity) ? intensity : -1,
                reader.TryIndex("intervention", out int intervention) ? intervention : -1,
                [.. measures],
                reader.ColumnNames,
                ids);
        }
    }

    /// <summary>The scores of one session row: at most one per score column.</summary>
    [System.Runtime.CompilerServices.InlineArray(ScoreColumnCount)]
    private struct SessionScores
    {
        private Score _first;
    }

    /// <summary>What became of a session row in one part.</summary>
    private enum RowFate
    {
        /// <summary>Parsed and applied.</summary>
        Used,

        /// <summary>Rejected with its field and reason.</summary>
        Rejected,

        /// <summary>Another part's row.</summary>
        Others,
    }

    /// <summary>One session row, parsed: its values when usable, or the field and reason it was rejected for.</summary>
    private struct ParsedSession
    {
        public int Line;
        public int Referral;
        public LocalDate Date;
        public Episodes.SessionType Type;
        public bool Attended;
        public Intensity Intensity;
        public Intervention Intervention;
        public int Scored;
        public SessionScores Scores;
        public string? Field;
        public string? Reason;

        public RowFate Reject(string field, string reason)
        {
            Field = field;
            Reason = reason;
            return RowFate.Rejected;
        }

        public RowFate Reject(in Episodes.RecordFault fault) => Reject(fault.Field, fault.Reason);
    }

    /// <summary>
    /// Singly linked lists of sessions in fixed-size chunks: one list per referral, no object per session, and growth
    /// without copying (a national year holds about seven million treatment sessions; doubling one array would hold
    /// the old and the new copy at once).
    /// </summary>
    /// <summary>
    /// The ids of one part's parsed referral rows, their characters one after another (so that parsing keeps no string
    /// per row); <see cref="ParsedReferral.IdStart"/> and <see cref="ParsedReferral.IdLength"/> find one.
    /// </summary>
    private sealed class IdText(int rows)
    {
        private char[] _chars = new char[Math.Max(rows, 16) * 10];
        private int _length;

        public int Append(ReadOnlySpan<char> id)
        {
            if (_length + id.Length > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + id.Length));
            }

            int start = _length;
            id.CopyTo(_chars.AsSpan(start));
            _length += id.Length;
            return start;
        }

        public ReadOnlySpan<char> Span(int start, int length) => _chars.AsSpan(start, length);
    }

    /// <summary>
    /// The treatment sessions of many referrals, each referral's a linked list through <see cref="NextOf"/>, in chunks
    /// that never move. A session is packed into 4 bytes (its date as year, month and day bits, then its intensity and
    /// intervention), a third of a <see cref="SteppedSession"/>'s 12 bytes, since a national year holds millions.
    /// </summary>
    private sealed class Chain
    {
        private const int ChunkBits = 16;
        private const int ChunkSize = 1 << ChunkBits;
        private const int ChunkMask = ChunkSize - 1;
        private readonly List<uint[]> _items = [];
        private readonly List<int[]> _next = [];
        private int _count;

        public SteppedSession ItemAt(int node) => Unpack(_items[node >> ChunkBits][node & ChunkMask]);

        public int NextOf(int node) => _next[node >> ChunkBits][node & ChunkMask];

        /// <summary>Adds an item in front of the list that starts at <paramref name="next"/>; returns the new start.</summary>
        public int Push(SteppedSession item, int next)
        {
            if ((_count & ChunkMask) == 0)
            {
                _items.Add(new uint[ChunkSize]);
                _next.Add(new int[ChunkSize]);
            }

            _items[^1][_count & ChunkMask] = Pack(item);
            _next[^1][_count & ChunkMask] = next;
            return _count++;
        }

        /// <summary>
        /// Bits 31-9 the date (year &lt;&lt; 9 | month &lt;&lt; 5 | day: years 1 to 9999 fit), bits 8-7 the intensity,
        /// bits 6-0 the intervention.
        /// </summary>
        private static uint Pack(in SteppedSession session)
        {
            var date = session.Date;
            uint intensity = (uint)session.Intensity, intervention = (uint)session.Intervention;
            if (date.Year < 1 || intensity > 3 || intervention > 127)
            {
                throw new InvalidOperationException("a treatment session outside what the chain packs (years 1-9999, 4 intensities, 128 interventions)");
            }

            uint day = ((uint)date.Year << 9) | ((uint)date.Month << 5) | (uint)date.Day;
            return (day << 9) | (intensity << 7) | intervention;
        }

        private static SteppedSession Unpack(uint packed)
        {
            uint day = packed >> 9;
            var date = new LocalDate((int)(day >> 9), (int)((day >> 5) & 15), (int)(day & 31));
            return new SteppedSession(date, (Intensity)((packed >> 7) & 3), (Intervention)(packed & 127));
        }
    }
}
