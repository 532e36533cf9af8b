using System.Text.Json;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>Tells one JSON document spread over lines (an indented record, page or array) from JSON Lines, on a
/// seekable source. A first line that parses is JSON Lines. A first line that does not is either the start of a
/// document or a broken record: if one of the next lines is a whole object, the file is JSON Lines unless it all
/// parses as one document, so a broken first record loses only itself.</summary>
internal static class JsonLayout
{
    /// <summary>Lines looked at after a broken first one: a few broken records in a row still leave JSON Lines.</summary>
    private const int LookAheadLines = 8;

    /// <summary>Reads from the stream's position; the caller seeks back.</summary>
    public static async Task<bool> IsDocumentAsync(Stream stream, int maxLineBytes, long maxDocumentBytes, CancellationToken cancellationToken)
    {
        var start = stream.Position;
        var (first, opensArray, nextIsObject) = await FirstLinesAsync(stream, maxLineBytes, cancellationToken);
        if (first is not false)
        {
            return false;
        }
        // A line that only opens an array starts one (a record of JSON Lines opens an object); its last item may sit on a line alone.
        if (!nextIsObject || opensArray)
        {
            return true;
        }
        stream.Position = start;
        return stream.Length - start <= maxDocumentBytes && await ParsesWholeAsync(stream, cancellationToken);
    }

    /// <summary>Whether the first text line parses as JSON (null when it is unreadable or absent) or is a lone
    /// <c>[</c>, and whether one of the next <see cref="LookAheadLines"/> readable lines is a whole JSON object.</summary>
    private static async Task<(bool? FirstParses, bool OpensArray, bool NextIsObject)> FirstLinesAsync(
        Stream stream, int maxLineBytes, CancellationToken cancellationToken)
    {
        bool? first = null;
        var opensArray = false;
        var looked = 0;
        await foreach (var line in new BoundedLineReader(maxLineBytes).ReadAsync(stream, cancellationToken))
        {
            if (first is null && line.Problem is not null)
            {
                return (null, false, false);
            }
            if (line.Problem is not null || string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }
            var (document, _) = JsonRecords.TryParse(line.Text);
            using (document)
            {
                if (first is null)
                {
                    first = document is not null;
                    opensArray = line.Text.Trim() == "[";
                    if (document is not null)
                    {
                        return (first, false, false);
                    }
                }
                else if (document?.RootElement.ValueKind == JsonValueKind.Object)
                {
                    return (first, opensArray, true);
                }
                else if (++looked == LookAheadLines)
                {
                    break;
                }
            }
        }
        return (first, opensArray, false);
    }

    private static async Task<bool> ParsesWholeAsync(Stream stream, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
