using Microsoft.Win32.SafeHandles;

namespace Iapt.Rules.Csv;

/// <summary>
/// Splits a CSV file into byte ranges that start at line starts, so that several threads can each parse one range
/// (rather than every thread parsing the whole file). A split is only a guess until it is checked: a line start found
/// by looking for <c>\n</c> may lie inside a quoted field that spans lines, so each range's reader counts the quote
/// characters it reads, and the split holds only if every range starts after an even number of quotes
/// (<see cref="QuotesBalancedAtStarts"/>); else the caller must read the file whole.
/// </summary>
internal sealed class FileRanges
{
    private const int ScanChunk = 64 * 1024;

    private FileRanges(string path, long[] starts, long length, byte[] header)
    {
        Path = path;
        Starts = starts;
        Length = length;
        Header = header;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>Where each range starts (the first is 0); each ends where the next starts, the last at <see cref="Length"/>.</summary>
    public IReadOnlyList<long> Starts { get; }

    /// <summary>The file's length in bytes when it was split.</summary>
    public long Length { get; }

    /// <summary>The header line's bytes (its line break included), read in front of every range after the first.</summary>
    public ReadOnlyMemory<byte> Header { get; }

    /// <summary>The number of ranges (at least 2).</summary>
    public int Count => Starts.Count;

    /// <summary>
    /// Splits <paramref name="path"/> into at most <paramref name="parts"/> ranges of about equal size, each but the
    /// first starting just after a <c>\n</c> byte; false when the file cannot be split into two or more (too small, no
    /// <c>\n</c> after its header, or a header with an odd number of quotes) or cannot be read.
    /// </summary>
    public static bool TrySplit(string path, int parts, out FileRanges? ranges)
    {
        ranges = null;
        try
        {
            using var handle = File.OpenHandle(path);
            long length = RandomAccess.GetLength(handle);
            long headerEnd = NextLineStart(handle, 0, length);
            if (parts < 2 || headerEnd < 0)
            {
                return false;
            }

            var header = new byte[headerEnd];
            if (RandomAccess.Read(handle, header, 0) != header.Length || header.AsSpan().Count((byte)'"') % 2 != 0)
            {
                return false;
            }

            var starts = new List<long> { 0 };
            for (int k = 1; k < parts; k++)
            {
                long start = NextLineStart(handle, Math.Max(headerEnd - 1, length / parts * k), length);
                if (start < 0 || start >= length)
                {
                    break;
                }

                if (start > starts[^1])
                {
                    starts.Add(start);
                }
            }

            if (starts.Count < 2)
            {
                return false;
            }

            ranges = new FileRanges(path, [.. starts], length, header);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Opens range <paramref name="index"/> as a stream: the header (for ranges after the first), then the range's bytes.</summary>
    public RangeStream Open(int index)
    {
        long start = Starts[index];
        long end = index + 1 < Starts.Count ? Starts[index + 1] : Length;
        return new RangeStream(File.OpenHandle(Path), index == 0 ? ReadOnlyMemory<byte>.Empty : Header, start, end);
    }

    /// <summary>
    /// Whether every range after the first starts outside quotes: the quotes counted by each range's stream (the whole
    /// range read), added up from the file's start, are even at every range start.
    /// </summary>
    public static bool QuotesBalancedAtStarts(IReadOnlyList<RangeStream> streams)
    {
        long quotes = 0;
        for (int i = 0; i < streams.Count - 1; i++)
        {
            if (!streams[i].ReadToEnd)
            {
                return false;
            }

            quotes += streams[i].Quotes;
            if (quotes % 2 != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The position just after the first <c>\n</c> at or after <paramref name="from"/>, or -1 if there is none.</summary>
    private static long NextLineStart(SafeFileHandle handle, long from, long length)
    {
        var buffer = new byte[ScanChunk];
        for (long position = from; position < length;)
        {
            int read = RandomAccess.Read(handle, buffer, position);
            if (read <= 0)
            {
                return -1;
            }

            int newline = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                return position + newline + 1;
            }

            position += read;
        }

        return -1;
    }

    /// <summary>
    /// A read-only stream of one range of a file (after an optional prefix), read with <see cref="RandomAccess"/> so
    /// that each range has its own position; counts the quote characters of the range as they pass.
    /// </summary>
    internal sealed class RangeStream(SafeFileHandle handle, ReadOnlyMemory<byte> prefix, long start, long end) : Stream
    {
        private long _position = start;
        private int _prefixRead;

        /// <summary>The quote characters (<c>"</c>) in the range's bytes read so far (not counting the prefix).</summary>
        public long Quotes { get; private set; }

        /// <summary>Whether the whole range has been read.</summary>
        public bool ReadToEnd => _position >= end;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_prefixRead < prefix.Length)
            {
                int n = Math.Min(buffer.Length, prefix.Length - _prefixRead);
                prefix.Span.Slice(_prefixRead, n).CopyTo(buffer);
                _prefixRead += n;
                return n;
            }

            int want = (int)Math.Min(buffer.Length, end - _position);
            if (want <= 0)
            {
                return 0;
            }

            int read = RandomAccess.Read(handle, buffer[..want], _position);
            _position += read;
            Quotes += buffer[..read].Count((byte)'"');
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                handle.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
