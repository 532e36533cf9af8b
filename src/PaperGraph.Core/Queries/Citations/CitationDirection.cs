namespace PaperGraph.Core.Queries.Citations;

/// <summary>Which way to follow citations from a paper.</summary>
public enum CitationDirection
{
    /// <summary>Works citing the paper (cited-by, derivative works).</summary>
    In,
    /// <summary>Works the paper cites (references, prior works).</summary>
    Out,
    Both,
}
