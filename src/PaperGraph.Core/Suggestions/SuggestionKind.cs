namespace PaperGraph.Core.Suggestions;

/// <summary>What a suggestion proposes.</summary>
public enum SuggestionKind
{
    /// <summary>Two papers are similar in text (SIMILAR_TO, paper ids on both ends).</summary>
    SimilarPaper,
    /// <summary>A paper probably has a relation to an entity that was not extracted (paper id to entity key).</summary>
    MissingLink,
    /// <summary>Two entities are probably the same thing (entity keys on both ends).</summary>
    MergeCandidate,
    /// <summary>An entity is probably a variant of another (child key to parent key).</summary>
    VariantCandidate,
}
