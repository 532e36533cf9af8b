using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Core.Queries;

/// <summary>The projection researchers ask for: methods and datasets as nodes, joined when papers propose or use the
/// method and are evaluated on the dataset. A node's degree is the papers behind its links shown here.</summary>
public sealed record MethodDatasetGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<MethodDatasetLink> Links)
{
    public static MethodDatasetGraph Empty { get; } = new([], []);
}

/// <summary>A method–dataset pair and the number of papers behind it.</summary>
public sealed record MethodDatasetLink(string MethodKey, string DatasetKey, int Papers);
