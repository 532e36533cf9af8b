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
}
