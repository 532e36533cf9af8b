using PaperGraph.Core.Model;

namespace PaperGraph.Core.Graph.Queries;

/// <summary>A paper at one end of a paper-to-paper edge.</summary>
/// <param name="IsStub">Known only as a reference, not imported itself.</param>
/// <param name="CitedBy">CITES edges into the paper within the corpus.</param>
public sealed record CitationNode(string Id, string Title, int? Year, bool IsStub, int CitedBy);

/// <summary>A CITES edge (imported from a reference list) or a BUILDS_ON edge (derived from methods) between papers.</summary>
public sealed record PaperLink(CitationNode Source, CitationNode Target, RelationType Type);

/// <summary>Which paper-to-paper edges a read returns.</summary>
public enum PaperLinkScope
{
    /// <summary>CITES and BUILDS_ON edges.</summary>
    CitesAndBuildsOn,

    /// <summary>CITES edges only: a large corpus derives thousands of BUILDS_ON edges for a paper whose methods are
    /// common, and what cites what does not need them.</summary>
    CitesOnly,
}
