using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Core.Graph;

/// <summary>Where computed suggestions are kept between refreshes (SIMILAR_TO and the other
/// <see cref="SuggestionKind"/>s). Both stores implement it beside <see cref="IGraphStore"/>. Rejections are not kept
/// here: a rejection is a curation rule, and whoever refreshes the suggestions leaves out those the active rules reject,
/// so undoing the rule lets the suggestion come back.</summary>
public interface ISuggestionStore
{
    /// <summary>The most suggestions one page returns.</summary>
    const int MaxPageSize = 500;

    /// <summary>Replaces every stored suggestion of <paramref name="kind"/> with <paramref name="suggestions"/>, atomically:
    /// readers see the old set or the new one. Suggestions whose ends the store does not hold or of another kind are
    /// left out.</summary>
    Task ReplaceSuggestionsAsync(SuggestionKind kind, IReadOnlyList<Suggestion> suggestions, CancellationToken cancellationToken = default);

    /// <summary>Suggestions of <paramref name="kind"/> with <paramref name="nodeId"/> at either end, best first, at most
    /// <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Suggestion>> GetSuggestionsForAsync(string nodeId, SuggestionKind kind, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>A page of the best suggestions of a kind (ties by source then target id) and how many there are.</summary>
    Task<SuggestionPage> GetTopSuggestionsAsync(SuggestionQuery query, CancellationToken cancellationToken = default);

    /// <summary>Removes one stored suggestion (in either direction), as when a curator decides it; a later
    /// <see cref="ReplaceSuggestionsAsync"/> may store it again.</summary>
    Task RemoveSuggestionAsync(SuggestionKind kind, string sourceId, string targetId, CancellationToken cancellationToken = default);
}
