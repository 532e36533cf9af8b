using System.Runtime.CompilerServices;
using System.Text;

namespace PaperGraph.Core.Corpus;

/// <summary>Splits a byte stream into lines without ever buffering more than the line limit, decodes
/// each line as strict UTF-8 and reports bad lines individually so the rest of the file can still be read.</summary>
internal sealed class BoundedLineReader(int maxLineBytes)
{
    private const int ChunkBytes = 64 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public async IAsyncEnumerable<SourceLine> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var chunk = new byte[ChunkBytes];
        var line = new LineBuffer(maxLineBytes);
        var number = 1;
        var atStart = true;
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            var start = 0;
            if (atStart)
            {
                start = chunk.AsSpan(0, read).StartsWith(Bom) ? Bom.Length : 0;
                atStart = false;
            }
            while (start < read)
            {
                var newline = Array.IndexOf(chunk, (byte)'\n', start, read - start);
                var end = newline < 0 ? read : newline;
                line.Append(chunk, start, end - start);
                if (newline < 0)
                {
                    break;
                }
                yield return line.Complete(number++);
                start = newline + 1;
            }
        }
        if (!line.IsEmpty)
        {
            yield return line.Complete(number);
        }
    }

    /// <summary>The bytes of the line being read; past the limit it only counts them.</summary>
    private sealed class LineBuffer(int limit)
    {
        private byte[] _bytes = new byte[Math.Min(limit, 4096)];
        private int _length;
        private long _totalLength;

        private bool _hasNul;

        public bool IsEmpty => _totalLength == 0;

        public void Append(byte[] source, int offset, int count)
        {
            if (count == 0)
            {
                return;
            }
            _hasNul |= Array.IndexOf(source, (byte)0, offset, count) >= 0;
            _totalLength += count;
            if (_totalLength > limit)
            {
                return;
            }
            if (_length + count > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Min(limit, Math.Max(_bytes.Length * 2, _length + count)));
            }
            Buffer.BlockCopy(source, offset, _bytes, _length, count);
            _length += count;
        }

        public SourceLine Complete(int number)
        {
            var result = Decode(number);
            _length = 0;
            _totalLength = 0;
            _hasNul = false;
            return result;
        }

        private SourceLine Decode(int number)
        {
            if (_totalLength > limit)
            {
                return new SourceLine(number, null, $"line is {FormatBytes(_totalLength)}, over the limit of {FormatBytes(limit)}; skipped");
            }
            if (_hasNul)
            {
                return new SourceLine(number, null, "NUL byte in the line (binary content); skipped");
            }
            var length = _length > 0 && _bytes[_length - 1] == (byte)'\r' ? _length - 1 : _length;
            try
            {
                return new SourceLine(number, StrictUtf8.GetString(_bytes, 0, length), null);
            }
            catch (DecoderFallbackException e)
            {
                var at = e.Index >= 0 ? $" at byte {e.Index + 1} of the line" : "";
                return new SourceLine(number, null, $"invalid UTF-8{at}");
            }
        }

        private static string FormatBytes(long bytes) => bytes >= 1024 * 1024
            ? $"{bytes / (1024.0 * 1024.0):0.#} MiB"
            : $"{bytes:N0} bytes";
    }
}
