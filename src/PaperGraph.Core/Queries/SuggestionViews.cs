using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Queries;

/// <summary>A paper similar in text to the one shown, with the terms both share that explain it.</summary>
public sealed record SimilarPaper(PaperSummary Paper, double Score, IReadOnlyList<string> SharedTerms);

/// <summary>A paper and one paper similar to it, for lists over the whole graph.</summary>
public sealed record SimilarPaperPair(PaperSummary Paper, SimilarPaper Similar);

/// <summary>A relation a paper probably has but the extractor missed, with the evidence for it.</summary>
public sealed record LinkSuggestion(PaperSummary Paper, EntityRef Entity, RelationType Role, double Score, IReadOnlyList<string> Reasons);

/// <summary>Entities that are probably one thing: the members (best connected first) and the scored pairs that joined them.</summary>
public sealed record MergeCluster(EntityType Type, IReadOnlyList<MergeClusterMember> Members, IReadOnlyList<MergePair> Pairs)
{
    /// <summary>The best pair's score: how sure the cluster is.</summary>
    public double Score => Pairs.Count == 0 ? 0 : Pairs.Max(pair => pair.Score);
}

/// <summary>One name of a merge cluster: the entity, how many papers link to it and sentences it occurs in.</summary>
public sealed record MergeClusterMember(EntityRef Entity, int PaperCount, IReadOnlyList<string> ExampleSentences);

/// <summary>A scored candidate pair inside a cluster and why it was proposed.</summary>
public sealed record MergePair(string SourceKey, string TargetKey, double Score, IReadOnlyList<string> Reasons);

/// <summary>An entity that is probably a variant of another (ImageNet-1K of ImageNet), not a duplicate.</summary>
public sealed record VariantSuggestion(EntityRef Variant, EntityRef Parent, double Score, IReadOnlyList<string> Reasons);

/// <summary>A page of the curation queue: items and how many candidate pairs or links there are in all.</summary>
public sealed record SuggestionQueuePage<T>(IReadOnlyList<T> Items, int Total);
