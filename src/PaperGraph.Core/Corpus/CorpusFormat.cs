namespace PaperGraph.Core.Corpus;

/// <summary>The corpus file formats PaperGraph reads.</summary>
public enum CorpusFormat
{
    /// <summary>A scraped listing: header lines, then alternating title and abstract lines.</summary>
    Abstracts,
    /// <summary>One JSON object per line with title, abstract and optional metadata.</summary>
    JsonLines,
    /// <summary>Every line is one text; for extraction only, never imported.</summary>
    Lines,
    /// <summary>OpenAlex works: one work, a <c>{"meta", "results"}</c> page, or JSON Lines of works.</summary>
    OpenAlex,
    /// <summary>Semantic Scholar papers, reference/citation items, Open Research Corpus lines, S2ORC papers.</summary>
    SemanticScholar,
    /// <summary>The arXiv metadata snapshot: JSON Lines with <c>authors_parsed</c> and <c>versions</c>.</summary>
    ArxivSnapshot,
    /// <summary>An arXiv API response: an Atom feed of entries.</summary>
    ArxivAtom,
    /// <summary>A BibTeX library.</summary>
    BibTex,
    /// <summary>CSL-JSON, as Zotero exports it: an array of items.</summary>
    CslJson,
}
