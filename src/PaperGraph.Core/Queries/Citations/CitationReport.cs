using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Core.Queries.Citations;

/// <summary>A paper's references and cited-by lists, followed to some depth.</summary>
public sealed record CitationReport(CitationNode Paper, int Depth, IReadOnlyList<CitationEntry> References, IReadOnlyList<CitationEntry> CitedBy);

/// <summary>A paper reached from the asked one.</summary>
/// <param name="Depth">1 for a direct reference or citer, 2 for one of theirs, and so on.</param>
/// <param name="Via">The paper it was reached through; null at depth 1.</param>
/// <param name="Origins">What links it to <paramref name="Via"/> (or the asked paper): an imported citation, a derived BUILDS_ON, or both.</param>
public sealed record CitationEntry(CitationNode Paper, int Depth, string? Via, IReadOnlyList<CitationOrigin> Origins);
