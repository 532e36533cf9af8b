using System.Runtime.CompilerServices;

namespace PaperGraph.Core.Corpus;

/// <summary>Reads corpus files of any supported format: opens the file, detects its format (unless one
/// is given) and streams its records. Problems with the file itself (missing, binary throughout, unknown format)
/// come back as a rejected record too, so callers handle every error the same way; a stray NUL byte in a text
/// file rejects only its record.</summary>
public sealed class CorpusFileReader(IEnumerable<ICorpusReader> readers)
{
    private readonly Dictionary<CorpusFormat, ICorpusReader> _readers = readers.ToDictionary(r => r.Format);

    public async IAsyncEnumerable<CorpusRecord> ReadAsync(string path, CorpusFormat? format = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (stream, problem) = Open(path);
        if (stream is null)
        {
            yield return CorpusRecord.Rejected(new CorpusError(path, 0, $"cannot open: {problem}"));
            yield break;
        }
        await using (stream)
        {
            await foreach (var record in ReadAsync(stream, path, format, cancellationToken))
            {
                yield return record;
            }
        }
    }

    private static (FileStream? Stream, string? Problem) Open(string path)
    {
        try
        {
            return (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, e.Message);
        }
    }

    /// <summary>Reads a seekable stream (an upload, a file) named <paramref name="fileName"/> in errors.</summary>
    public async IAsyncEnumerable<CorpusRecord> ReadAsync(Stream stream, string fileName, CorpusFormat? format = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The stream must be seekable so its head can be inspected.", nameof(stream));
        }
        var start = stream.Position;
        var head = new byte[CorpusFormatDetector.HeadBytes];
        var length = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        stream.Position = start;
        if (length == 0)
        {
            yield break;
        }
        if (BinaryContent.Describe(head.AsSpan(0, length)) is { } binary)
        {
            yield return CorpusRecord.Rejected(new CorpusError(fileName, 1, $"binary file ({binary}); not a text corpus"));
            yield break;
        }
        var detected = format ?? CorpusFormatDetector.Detect(fileName, head.AsSpan(0, length));
        if (detected is not { } known)
        {
            yield return CorpusRecord.Rejected(new CorpusError(fileName, 1,
                $"unknown format: neither JSON Lines nor a title/abstract listing; give the format explicitly ({string.Join("|", CorpusFormatNames.All)})"));
            yield break;
        }
        await foreach (var record in _readers[known].ReadAsync(stream, fileName, cancellationToken))
        {
            yield return record;
        }
    }
}
