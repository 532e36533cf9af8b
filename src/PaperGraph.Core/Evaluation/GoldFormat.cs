namespace PaperGraph.Core.Evaluation;

/// <summary>The kind of gold file, detected from its first record.</summary>
public enum GoldFormat
{
    /// <summary>Papers with fields (shared/eval/dev-gold.jsonl): the record has a "title".</summary>
    Abstracts,

    /// <summary>Typed spans per line (shared/eval/tdmsci-train/gold.jsonl): "line" and "mentions", no "title".</summary>
    Mentions,
}
