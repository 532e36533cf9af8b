namespace PaperGraph.Core.Corpus;

/// <summary>The names users type for formats (<c>--format abstracts|jsonl|lines|openalex|...</c>).</summary>
public static class CorpusFormatNames
{
    public const string Abstracts = "abstracts";
    public const string JsonLines = "jsonl";
    public const string Lines = "lines";
    public const string OpenAlex = "openalex";
    public const string SemanticScholar = "s2";
    public const string ArxivSnapshot = "arxiv";
    public const string ArxivAtom = "arxiv-atom";
    public const string BibTex = "bibtex";
    public const string CslJson = "csl-json";

    public static IReadOnlyList<string> All { get; } = [Abstracts, JsonLines, Lines, OpenAlex, SemanticScholar, ArxivSnapshot, ArxivAtom, BibTex, CslJson];

    public static CorpusFormat? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        Abstracts => CorpusFormat.Abstracts,
        JsonLines or "jsonlines" or "ndjson" => CorpusFormat.JsonLines,
        Lines => CorpusFormat.Lines,
        OpenAlex => CorpusFormat.OpenAlex,
        SemanticScholar or "semanticscholar" => CorpusFormat.SemanticScholar,
        ArxivSnapshot => CorpusFormat.ArxivSnapshot,
        ArxivAtom or "atom" => CorpusFormat.ArxivAtom,
        BibTex or "bib" => CorpusFormat.BibTex,
        CslJson or "csljson" => CorpusFormat.CslJson,
        _ => null,
    };

    public static string NameOf(CorpusFormat format) => format switch
    {
        CorpusFormat.Abstracts => Abstracts,
        CorpusFormat.JsonLines => JsonLines,
        CorpusFormat.Lines => Lines,
        CorpusFormat.OpenAlex => OpenAlex,
        CorpusFormat.SemanticScholar => SemanticScholar,
        CorpusFormat.ArxivSnapshot => ArxivSnapshot,
        CorpusFormat.ArxivAtom => ArxivAtom,
        CorpusFormat.BibTex => BibTex,
        CorpusFormat.CslJson => CslJson,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
