using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Core.Queries;

/// <summary>What the home page shows about the corpus: counts and the most used entities.</summary>
public sealed record CorpusOverview(
    GraphStatistics Statistics,
    IReadOnlyList<EntityCount> TopDatasets,
    IReadOnlyList<EntityCount> TopMethods,
    IReadOnlyList<EntityCount> TopTasks);
