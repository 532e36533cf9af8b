namespace PaperGraph.Core.Queries.Citations;

/// <summary>Where a paper-to-paper link came from.</summary>
public enum CitationOrigin
{
    /// <summary>A CITES edge from an imported reference list.</summary>
    Imported,
    /// <summary>A BUILDS_ON edge derived from methods one paper proposes and the other uses.</summary>
    Derived,
}
