using PaperGraph.Core.Model;

namespace PaperGraph.Core.Graph;

/// <summary>The other ends of a paper's CITES edges, each a paper under the node id it resolved to: a stored or
/// imported paper, or a stub (<see cref="Paper.IsStub"/>) that a store creates unless a paper with that id exists.</summary>
/// <param name="References">Works the paper cites; they replace the CITES edges the paper had. Null when the source
/// lists none (the stored ones are kept).</param>
/// <param name="CitedBy">Works citing the paper; added to what is stored.</param>
public sealed record PaperCitations(IReadOnlyList<Paper>? References, IReadOnlyList<Paper> CitedBy);
