using System.Runtime.CompilerServices;
using System.Text.Json;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>Streams the records of a JSON source in any of the shapes the scholarly APIs use: JSON Lines (one
/// record, page or array per line, numbered by line), a top-level array (streamed item by item, numbered by position),
/// a page object wrapping its records in <c>results</c> or <c>data</c>, or one record object. Each record goes through
/// the format's parser; a bad record is reported with its number and the rest is read. <see cref="JsonLayout"/> tells
/// JSON Lines from one document.</summary>
internal static class JsonRecords
{
    /// <summary>A page object or a single record is read whole; API pages and single works are far below this.</summary>
    internal const long MaxDocumentBytes = 256L * 1024 * 1024;

    private static readonly string[] PageArrays = ["results", "data"];

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static readonly byte[] SkippedBeforeJson = [(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n', 0xEF, 0xBB, 0xBF];

    /// <summary>Reads records of a format whose parser turns one object into a paper.</summary>
    public static IAsyncEnumerable<CorpusRecord> ReadAsync(
        Stream stream, string fileName, int maxLineBytes, Func<JsonElement, Paper> parse, CancellationToken cancellationToken = default) =>
        ReadAsync(stream, fileName, maxLineBytes, (number, element) => Record(fileName, number, element, parse), cancellationToken);

    /// <summary>Reads records, each element turned into a record by <paramref name="toRecord"/> with its line or position.</summary>
    public static async IAsyncEnumerable<CorpusRecord> ReadAsync(
        Stream stream, string fileName, int maxLineBytes, Func<int, JsonElement, CorpusRecord> toRecord,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (stream.CanSeek)
        {
            var start = stream.Position;
            var isDocument = await JsonLayout.IsDocumentAsync(stream, maxLineBytes, MaxDocumentBytes, cancellationToken);
            stream.Position = start;
            if (isDocument)
            {
                await foreach (var record in ReadDocumentAsync(stream, fileName, toRecord, cancellationToken))
                {
                    yield return record;
                }
                yield break;
            }
        }
        await foreach (var line in new BoundedLineReader(maxLineBytes).ReadAsync(stream, cancellationToken))
        {
            if (line.Problem is not null)
            {
                yield return CorpusRecord.Rejected(new CorpusError(fileName, line.Number, line.Problem));
                continue;
            }
            if (string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }
            var (document, problem) = TryParse(line.Text);
            if (document is null)
            {
                yield return CorpusRecord.Rejected(new CorpusError(fileName, line.Number, problem!));
                continue;
            }
            using (document)
            {
                // A line may hold a whole page or array (API responses saved one per line): its items share the line's number.
                var root = document.RootElement;
                var items = root.ValueKind == JsonValueKind.Array ? root : PageItems(root);
                if (items is not { } array)
                {
                    yield return toRecord(line.Number, root);
                    continue;
                }
                foreach (var item in array.EnumerateArray())
                {
                    yield return toRecord(line.Number, item);
                }
            }
        }
    }

    /// <summary>The record array of a page object (<c>results</c> or <c>data</c>), if the element is one.</summary>
    public static JsonElement? PageItems(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
            ? PageArrays.Select(name => root.TryGetProperty(name, out var items) ? items : default)
                .Where(items => items.ValueKind == JsonValueKind.Array)
                .Select(items => (JsonElement?)items)
                .FirstOrDefault()
            : null;

    /// <summary>Parses one element into a record; the number is the line or the position in an array.</summary>
    public static CorpusRecord Record(string fileName, int number, JsonElement element, Func<JsonElement, Paper> parse)
    {
        try
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new RecordFormatException($"expected a JSON object, found {element.ValueKind.ToString().ToLowerInvariant()}");
            }
            return CorpusRecord.Valid(number, parse(element));
        }
        catch (Exception e) when (e is RecordFormatException or InvalidOperationException or FormatException)
        {
            return CorpusRecord.Rejected(new CorpusError(fileName, number, e.Message));
        }
    }

    internal static (JsonDocument? Document, string? Problem) TryParse(string text)
    {
        try
        {
            return (JsonDocument.Parse(text), null);
        }
        catch (JsonException e)
        {
            var where = e.BytePositionInLine is { } position ? $" at byte {position + 1}" : "";
            return (null, $"invalid JSON{where} (truncated or malformed)");
        }
    }

    private static async IAsyncEnumerable<CorpusRecord> ReadDocumentAsync(
        Stream stream, string fileName, Func<int, JsonElement, CorpusRecord> toRecord, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var isArray = await FirstByteAsync(stream, cancellationToken) == '[';
        if (isArray && stream.Length - stream.Position <= MaxDocumentBytes)
        {
            var bytes = new byte[stream.Length - stream.Position];
            await stream.ReadExactlyAsync(bytes, cancellationToken);
            foreach (var record in ReadArray(bytes, fileName, toRecord))
            {
                yield return record;
            }
            yield break;
        }
        if (isArray)
        {
            await foreach (var record in ReadArrayAsync(stream, fileName, toRecord, cancellationToken))
            {
                yield return record;
            }
            yield break;
        }
        if (stream.Length - stream.Position > MaxDocumentBytes)
        {
            yield return CorpusRecord.Rejected(new CorpusError(fileName, 1,
                $"a single JSON document over {MaxDocumentBytes / (1024 * 1024)} MiB; split it into JSON Lines"));
            yield break;
        }
        JsonDocument? document = null;
        var problemLine = 0;
        try
        {
            document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            problemLine = (int)(e.LineNumber ?? 0) + 1;
        }
        if (document is null)
        {
            yield return CorpusRecord.Rejected(new CorpusError(fileName, problemLine, "invalid JSON (truncated or malformed)"));
            yield break;
        }
        using (document)
        {
            if (PageItems(document.RootElement) is not { } page)
            {
                yield return toRecord(1, document.RootElement);
                yield break;
            }
            var number = 0;
            foreach (var item in page.EnumerateArray())
            {
                yield return toRecord(++number, item);
            }
        }
    }

    /// <summary>An array read from memory item by item, so every item before a break is kept (the streaming reader
    /// loses the items it had buffered with the break).</summary>
    private static List<CorpusRecord> ReadArray(byte[] bytes, string fileName, Func<int, JsonElement, CorpusRecord> toRecord)
    {
        var records = new List<CorpusRecord>();
        var json = bytes.AsSpan().StartsWith(Utf8Bom) ? bytes.AsSpan(Utf8Bom.Length) : bytes.AsSpan();
        var reader = new Utf8JsonReader(json);
        var number = 0;
        try
        {
            reader.Read();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                using var item = JsonDocument.ParseValue(ref reader);
                records.Add(toRecord(++number, item.RootElement));
            }
        }
        catch (JsonException)
        {
            records.Add(CorpusRecord.Rejected(new CorpusError(fileName, number + 1,
                $"invalid JSON after record {number} (truncated or malformed); the rest of the file is skipped")));
        }
        return records;
    }

    private static async IAsyncEnumerable<CorpusRecord> ReadArrayAsync(
        Stream stream, string fileName, Func<int, JsonElement, CorpusRecord> toRecord, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var items = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, cancellationToken: cancellationToken);
        await using var enumerator = items.GetAsyncEnumerator(cancellationToken);
        var number = 0;
        while (true)
        {
            var problem = false;
            try
            {
                if (!await enumerator.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (JsonException)
            {
                problem = true;
            }
            if (problem)
            {
                yield return CorpusRecord.Rejected(new CorpusError(fileName, number + 1,
                    $"invalid JSON after record {number} (truncated or malformed); the rest of the file is skipped"));
                yield break;
            }
            yield return toRecord(++number, enumerator.Current);
        }
    }

    internal static async Task<int> FirstByteAsync(Stream stream, CancellationToken cancellationToken)
    {
        var start = stream.Position;
        var buffer = new byte[1];
        int read;
        // Skips white space and the bytes of a UTF-8 byte order mark.
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) == 1 && SkippedBeforeJson.Contains(buffer[0]))
        {
        }
        stream.Position = start;
        return read == 1 ? buffer[0] : -1;
    }
}
