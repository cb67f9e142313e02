using Iapt.Rules.Episodes;
using Iapt.Rules.Measures;
using Iapt.Rules.Stepping;

namespace Iapt.Rules.Csv;

internal sealed partial class ReportPipeline
{
    private const string NotGrouped = "a referral's sessions are in more than one range, out of range order";

    private static readonly string[] SessionColumns = ["referral_id", "date", "type", "attended"];

    private void ReadSessions(string path)
    {
        _sessionsName = RejectsName(path);
        int parts = _parallelism;
        string? whyNot = null;
        if (parts == 1)
        {
            ReadSessionsWhole(path, 1);
            Tell("one thread");
        }
        else if (FileRanges.TrySplit(path, parts, out var ranges) && (whyNot = TryReadSessionRanges(ranges!)) is null)
        {
            Tell($"byte ranges: {ranges!.Count}");
        }
        else
        {
            if (ranges is not null)
            {
                StartReferrals();
            }

            ReadSessionsWhole(path, parts);
            Tell($"whole file per thread: {parts} (byte ranges not used: {whyNot ?? "the file has too few lines to split"})");
        }

        _rowsRead += _parts.Sum(part => part.RowsRead);
        WriteSessionRejects();
    }

    private void Tell(string sessionReading)
    {
        if (_options.Diagnostics is { } diagnostics)
        {
            diagnostics.SessionReading = sessionReading;
        }
    }

    /// <summary>
    /// Reads the sessions file with every part reading the whole file (Sep splits rows fast) and taking the rows
    /// of the referrals it owns (by a hash of the id, so that each part looks up only its own ids). Short rows belong
    /// to part 0, which also counts every row read. Works for any file; <see cref="TryReadSessionRanges"/> does less
    /// work when it applies.
    /// </summary>
    private void ReadSessionsWhole(string path, int parts)
    {
        var readers = OpenAll(path, parts, SessionColumns);
        try
        {
            _parts = new SessionPart[parts];
            _heads = new int[_referrals.Count];
            for (int i = 0; i < parts; i++)
            {
                _parts[i] = new SessionPart(this, i, parts, SessionLayout.Of(readers[i], _options.Rules, _ids), byRange: false);
            }

            RunParts(parts, p => _parts[p].Read(readers[p]));
        }
        finally
        {
            DisposeAll(readers);
        }
    }

    /// <summary>
    /// Reads the sessions file with each part parsing one byte range of it. A referral's sessions are applied by one
    /// thread, so the first part to meet a referral claims it; a later part's rows of a referral claimed by an earlier
    /// part (such as the rows of the referral that runs on from the previous range) are kept and applied after the
    /// parts finish, in range order. (The order in which a referral's sessions are applied never changes its
    /// assessment; applying them in file order keeps the rejects in line order and the work on one thread.) Returns
    /// null when done, or why the ranges could not be used (then the caller resets the referrals and reads the
    /// whole file): a range that starts inside quotes, an earlier range's row for a referral a later range claimed
    /// (the file is not grouped by referral), or too many rows kept.
    /// </summary>
    private string? TryReadSessionRanges(FileRanges ranges)
    {
        int parts = ranges.Count;
        var streams = new FileRanges.RangeStream[parts];
        var readers = new CsvRecordReader[parts];
        _abandoned = null;
        _sessionRowsSeen = 0;
        _nextProgress = _rowsRead + _options.ProgressEvery - (_rowsRead % _options.ProgressEvery);
        _claims = new int[_referrals.Count];
        try
        {
            for (int i = 0; i < parts; i++)
            {
                streams[i] = ranges.Open(i);
                // Buffered: Sep asks for a few hundred bytes at a time, one system call each if unbuffered.
                readers[i] = CsvRecordReader.Open(new BufferedStream(streams[i], 1 << 16), ranges.Path, SessionColumns);
            }

            _parts = new SessionPart[parts];
            _heads = new int[_referrals.Count];
            for (int i = 0; i < parts; i++)
            {
                _parts[i] = new SessionPart(this, i, parts, SessionLayout.Of(readers[i], _options.Rules, _ids), byRange: true);
            }

            switch (_options.RangeSchedule)
            {
                case RangeSchedule.FirstToLast:
                    for (int p = 0; p < parts; p++)
                    {
                        _parts[p].ReadRange(readers[p]);
                    }

                    break;
                case RangeSchedule.LastToFirst:
                    for (int p = parts - 1; p >= 0; p--)
                    {
                        _parts[p].ReadRange(readers[p]);
                    }

                    break;
                default:
                    RunParts(parts, p => _parts[p].ReadRange(readers[p]));
                    break;
            }
        }
        finally
        {
            DisposeAll(readers);
            foreach (var stream in streams)
            {
                stream?.Dispose();
            }
        }

        try
        {
            if (_abandoned is { } why)
            {
                return why;
            }

            if (!FileRanges.QuotesBalancedAtStarts(streams))
            {
                return "a quoted field spans the start of a range";
            }

            // The rows kept, in file order: each part's in its range's order, parts in file order.
            for (int p = 0; p < parts; p++)
            {
                foreach (ref readonly var session in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_parts[p].Kept))
                {
                    int owner = _claims[session.Referral] - 1;
                    if (owner < 0)
                    {
                        owner = p;
                        _claims[session.Referral] = p + 1;
                    }
                    else if (owner > p)
                    {
                        return NotGrouped;
                    }

                    _parts[owner].Apply(session);
                }

                _parts[p].Kept.Clear();
            }

            for (int i = 0; i < _owners.Count; i++)
            {
                _owners[i] = (byte)Math.Max(0, _claims[i] - 1);
            }

            // Each part numbered its lines from its own start (after the header it was given): shift them to the file's.
            int offset = 0;
            foreach (var part in _parts)
            {
                part.ShiftLines(offset);
                offset += part.DataLines;
            }

            return null;
        }
        finally
        {
            _claims = [];
        }
    }

    /// <summary>Shows progress of the parts reading ranges (called by part 0 only; every part adds to the count).</summary>
    private void SharedProgress()
    {
        if (_options.Progress is { } progress)
        {
            long total = _rowsRead + Volatile.Read(ref _sessionRowsSeen);
            if (total >= _nextProgress)
            {
                progress.Report(total);
                _nextProgress = total + _options.ProgressEvery - (total % _options.ProgressEvery);
            }
        }
    }

    /// <summary>Counts and writes the parts' rejected session rows, merged back into line order.</summary>
    private void WriteSessionRejects()
    {
        var rejected = _parts.Length == 1 ? _parts[0].Rejected : [.. _parts.SelectMany(p => p.Rejected).OrderBy(r => r.Line)];
        foreach (var (line, field, reason) in rejected)
        {
            Reject(_sessionsName, line, field, reason);
        }
    }

    /// <summary>
    /// The common case of a recorded total, one to four ASCII digits, read without the general number parser;
    /// anything else (a sign, more digits, a decimal point) is left to the measure's own text scoring.
    /// </summary>
    private static OneOf.OneOf<Score, ScoringError> ScoreTotal(MeasureDefinition measure, ReadOnlySpan<char> text)
    {
        if (measure.Method == ScoringMethod.Sum && (RecordFields.TryParseShortWholeNumber(text, out int whole)
            || int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out whole)))
        {
            return measure.ScoreTotal(whole);
        }

        return measure.ScoreText(default, text);
    }
}
