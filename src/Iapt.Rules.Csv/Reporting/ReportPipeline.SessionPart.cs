using Iapt.Rules.Episodes;
using Iapt.Rules.Measures;
using Iapt.Rules.Stepping;

namespace Iapt.Rules.Csv;

internal sealed partial class ReportPipeline
{
    /// <summary>
    /// One thread's share of the sessions file, parsed and applied to the accumulators of the referrals it owns,
    /// which no other part touches: either the rows of the referrals it owns by a hash of their ids (reading the whole
    /// file), or the rows of one byte range of the file (<paramref name="byRange"/>; the referrals it claims first).
    /// </summary>
    private sealed class SessionPart(ReportPipeline state, int index, int parts, SessionLayout layout, bool byRange)
    {
        private const int UnknownReferral = -1;
        private const int OthersReferral = -2;

        private int _firstLine;
        private int _endLine;
        private char[] _lastId = new char[32];
        private int _lastIdLength = -1;
        private int _lastReferral;

        /// <summary>The treatment sessions of the referrals this part owns.</summary>
        public Chain Chain { get; } = new();

        /// <summary>
        /// Per referral, indexed like the referrals, shared by the parts of one reading (each writes only the
        /// referrals it owns): the start of its treatment sessions in its owner's <see cref="Chain"/> plus one (0: none).
        /// </summary>
        public int[] Heads { get; } = state._heads;

        /// <summary>Rows read: of the range, or of the file by part 0 only (which sees every row).</summary>
        public long RowsRead { get; private set; }

        /// <summary>The rows this part rejected, in line order.</summary>
        public List<(int Line, string Field, string Reason)> Rejected { get; } = [];

        /// <summary>
        /// A range part's usable rows of referrals that an earlier range may have rows of (claimed by an earlier
        /// part, or the referral this range starts with), in line order: applied after every part has read its range.
        /// </summary>
        public List<ParsedSession> Kept { get; } = [];

        /// <summary>The lines a range part's rows span (0 when it has none).</summary>
        public int DataLines => RowsRead == 0 ? 0 : _endLine - _firstLine;

        /// <summary>Adds <paramref name="offset"/> to the line numbers of the rejected rows.</summary>
        public void ShiftLines(int offset)
        {
            foreach (ref var row in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Rejected))
            {
                row.Line += offset;
            }
        }

        /// <summary>
        /// Reads one byte range: applies the rows of referrals this part claims (the first part to meet a referral
        /// claims it), keeps those of referrals an earlier part claimed and those of the referral of the range's
        /// first usable row (its earlier rows may be in the previous range), and gives the ranges up (with the reason
        /// in <see cref="_abandoned"/>) at a row of a referral a later part claimed, or when it keeps too many.
        /// </summary>
        public void ReadRange(CsvRecordReader reader)
        {
            var session = new ParsedSession();
            int leading = UnknownReferral;
            bool used = false;
            foreach (var row in reader)
            {
                if (RowsRead++ == 0)
                {
                    _firstLine = row.Line;
                }

                _endLine = row.LineEnd;
                switch (TryParseSession(row, ref session))
                {
                    case RowFate.Used:
                        int referral = session.Referral;
                        if (!used)
                        {
                            // The referral of the range's first usable row may have rows at the end of the
                            // previous range: this part never claims it.
                            used = true;
                            leading = index > 0 ? referral : UnknownReferral;
                        }

                        int owner = referral == leading ? -1 : Claim(referral);
                        if (owner == index)
                        {
                            Apply(session);
                        }
                        else if (owner < index)
                        {
                            Kept.Add(session);
                            if (Kept.Count > state._options.RangeKeepLimit)
                            {
                                state._abandoned = "too many rows of referrals that began in an earlier range";
                            }
                        }
                        else
                        {
                            state._abandoned = NotGrouped;
                        }

                        break;
                    case RowFate.Rejected:
                        Rejected.Add((session.Line, session.Field!, session.Reason!));
                        break;
                }

                if ((RowsRead & 4095) == 0)
                {
                    Interlocked.Add(ref state._sessionRowsSeen, 4096);
                    if (index == 0)
                    {
                        state.SharedProgress();
                    }
                }

                if (state._abandoned is not null)
                {
                    return;
                }
            }
        }

        /// <summary>The part that owns <paramref name="referral"/>: the first to claim it.</summary>
        private int Claim(int referral)
        {
            ref int claim = ref state._claims[referral];
            int owner = claim;
            if (owner == 0)
            {
                owner = Interlocked.CompareExchange(ref claim, index + 1, 0);
                if (owner == 0)
                {
                    return index;
                }
            }

            return owner - 1;
        }

        /// <summary>Reads the whole file, applying the rows of the referrals this part owns by a hash of their ids.</summary>
        public void Read(CsvRecordReader reader)
        {
            var session = new ParsedSession();
            foreach (var row in reader)
            {
                // One method per row, so that the per-row work is compiled fully optimised rather than as the
                // on-stack replacement of one long-running loop.
                switch (TryParseSession(row, ref session))
                {
                    case RowFate.Used:
                        Apply(session);
                        break;
                    case RowFate.Rejected:
                        Rejected.Add((session.Line, session.Field!, session.Reason!));
                        break;
                }

                if (index == 0)
                {
                    RowsRead++;
                    state.Progress(RowsRead);
                }
            }
        }

        /// <summary>
        /// Parses one session row into <paramref name="session"/> if this part owns it: used, rejected (field and
        /// reason set) or another part's. Every field is read by <see cref="RecordFields"/> and the row checked by
        /// <see cref="RecordRules"/>.
        /// </summary>
        private RowFate TryParseSession(CsvRecord row, ref ParsedSession session)
        {
            session.Line = row.Line;
            if (!row.IsWellFormed)
            {
                return index == 0 || byRange ? session.Reject(row.FaultField!, row.FaultReason!) : RowFate.Others;
            }

            int referral = FindReferral(row[layout.Id]);
            if (referral == OthersReferral)
            {
                return RowFate.Others;
            }

            if (referral == UnknownReferral)
            {
                return session.Reject(RecordRules.UnknownReferral);
            }

            if (!RecordFields.TryParseDate(row[layout.Date], out var sessionDate))
            {
                return session.Reject("date", RecordFields.DateExpected);
            }

            if (RecordRules.CheckSession(state._referrals[referral].Date, sessionDate) is { } fault)
            {
                return session.Reject(fault);
            }

            if (!RecordFields.TryParseSessionType(row[layout.Type], out var sessionType))
            {
                return session.Reject("type", RecordFields.SessionTypeExpected);
            }

            if (!RecordFields.TryParseAttended(row[layout.Attended], out bool wasAttended))
            {
                return session.Reject("attended", RecordFields.AttendedExpected);
            }

            var intensity = Intensity.Unknown;
            if (layout.Intensity >= 0 && !RecordFields.TryParseIntensity(row[layout.Intensity], out intensity))
            {
                return session.Reject("intensity", RecordFields.IntensityExpected);
            }

            var intervention = Intervention.Unknown;
            if (layout.Intervention >= 0 && !RecordFields.TryParseIntervention(row[layout.Intervention], out intervention))
            {
                return session.Reject("intervention", RecordFields.InterventionExpected);
            }

            int scored = 0;
            foreach (var (column, name, measure) in layout.Measures)
            {
                var text = row[column];
                if (text.IsEmpty)
                {
                    continue;
                }

                // The common case, a whole total in range, without building a result that could hold an error.
                if (measure.Method == ScoringMethod.Sum && RecordFields.TryParseShortWholeNumber(text, out int whole) && measure.TryScoreTotal(whole, out var inRange))
                {
                    session.Scores[scored++] = inRange;
                    continue;
                }

                var result = ScoreTotal(measure, text);
                if (result.TryPickT1(out var error, out var score))
                {
                    return session.Reject(name, WithoutField(error.Field, error.Message));
                }

                session.Scores[scored++] = score;
            }

            session.Referral = referral;
            session.Date = sessionDate;
            session.Type = sessionType;
            session.Attended = wasAttended;
            session.Intensity = intensity;
            session.Intervention = intervention;
            session.Scored = scored;
            return RowFate.Used;
        }

        /// <summary>
        /// Finds a referral by id: its index, <see cref="UnknownReferral"/> when this part owns the id but no
        /// referral has it, or <see cref="OthersReferral"/> when another part owns the id. Extracts usually list a
        /// referral's sessions together, so the previous row's id is checked first; reading a byte range, the id of
        /// the next referral in the referrals file is checked next (extracts of both files are often in the same
        /// order), and the dictionary is searched only when both differ (and, reading the whole file, this part owns
        /// the id).
        /// </summary>
        private int FindReferral(ReadOnlySpan<char> id)
        {
            if (_lastIdLength >= 0 && id.SequenceEqual(_lastId.AsSpan(0, _lastIdLength)))
            {
                return _lastReferral;
            }

            var ids = layout.Ids;
            int next = _lastReferral + 1;
            int referral = byRange && _lastIdLength >= 0 && next > 0 && next < ids.Count && id.SequenceEqual(ids[next]) ? next
                : !byRange && OwnerOfId(id, parts) != index ? OthersReferral
                : ids.TryGet(id, out int found) ? found
                : UnknownReferral;
            if (id.Length > _lastId.Length)
            {
                _lastId = new char[id.Length * 2];
            }

            id.CopyTo(_lastId);
            _lastIdLength = id.Length;
            _lastReferral = referral;
            return referral;
        }

        /// <summary>Adds one usable session to its referral's accumulator (and, if a treatment session, to the chain).</summary>
        public void Apply(in ParsedSession session)
        {
            int referral = session.Referral;
            ref var accumulator = ref state._accumulators[referral];
            if (accumulator.Add(session.Date, session.Type, session.Attended, session.Intensity, ((ReadOnlySpan<Score>)session.Scores)[..session.Scored]))
            {
                ref int head = ref Heads[referral];
                head = Chain.Push(new SteppedSession(session.Date, session.Intensity, session.Intervention), head - 1) + 1;
            }
        }
    }
}
