namespace PaperGraph.Core.Corpus;

/// <summary>The names users type for formats (<c>--format abstracts|jsonl|lines</c>).</summary>
public static class CorpusFormatNames
{
    public const string Abstracts = "abstracts";
    public const string JsonLines = "jsonl";
    public const string Lines = "lines";

    public static IReadOnlyList<string> All { get; } = [Abstracts, JsonLines, Lines];

    public static CorpusFormat? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        Abstracts => CorpusFormat.Abstracts,
        JsonLines or "jsonlines" or "ndjson" => CorpusFormat.JsonLines,
        Lines => CorpusFormat.Lines,
        _ => null,
    };

    public static string NameOf(CorpusFormat format) => format switch
    {
        CorpusFormat.Abstracts => Abstracts,
        CorpusFormat.JsonLines => JsonLines,
        CorpusFormat.Lines => Lines,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
