using System.Text.Json;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>Tells one JSON document spread over lines (an indented record, page or array) from JSON Lines, on a
/// seekable source. A first line that parses is JSON Lines. A first line that does not is either the start of a
/// document or a broken record: if the next line is a whole object, the file is JSON Lines unless it all parses
/// as one document, so a broken first record loses only itself.</summary>
internal static class JsonLayout
{
    /// <summary>Reads from the stream's position; the caller seeks back.</summary>
    public static async Task<bool> IsDocumentAsync(Stream stream, int maxLineBytes, long maxDocumentBytes, CancellationToken cancellationToken)
    {
        var start = stream.Position;
        var (first, nextIsObject) = await FirstTwoLinesAsync(stream, maxLineBytes, cancellationToken);
        if (first is not { Parses: false })
        {
            return false;
        }
        // A line that only opens an array or object starts a document; objects one per line after it are its items.
        if (!nextIsObject || first.Value.Text.Trim() is "[" or "{")
        {
            return true;
        }
        stream.Position = start;
        return stream.Length - start <= maxDocumentBytes && await ParsesWholeAsync(stream, cancellationToken);
    }

    /// <summary>The first text line and whether it parses as JSON (null when it is unreadable or absent), and whether a
    /// readable line after it is a whole JSON object.</summary>
    private static async Task<((string Text, bool Parses)? First, bool NextIsObject)> FirstTwoLinesAsync(
        Stream stream, int maxLineBytes, CancellationToken cancellationToken)
    {
        (string Text, bool Parses)? first = null;
        await foreach (var line in new BoundedLineReader(maxLineBytes).ReadAsync(stream, cancellationToken))
        {
            if (first is null && line.Problem is not null)
            {
                return (null, false);
            }
            if (line.Problem is not null || string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }
            var (document, _) = JsonRecords.TryParse(line.Text);
            using (document)
            {
                if (first is not null)
                {
                    return (first, document?.RootElement.ValueKind == JsonValueKind.Object);
                }
                first = (line.Text, document is not null);
                if (document is not null)
                {
                    return (first, false);
                }
            }
        }
        return (first, false);
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
