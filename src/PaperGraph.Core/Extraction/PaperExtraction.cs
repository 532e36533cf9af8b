namespace PaperGraph.Core.Extraction;

/// <summary>Everything extracted from one abstract.</summary>
public sealed record PaperExtraction(
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedResult> Results,
    IReadOnlyList<Mention> Mentions)
{
    public static PaperExtraction Empty { get; } = new([], [], []);
}
