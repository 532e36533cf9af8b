using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Core.Graph;

/// <summary>Where computed suggestions are kept between refreshes (SIMILAR_TO and the other
/// <see cref="SuggestionKind"/>s). Both stores implement it beside <see cref="IGraphStore"/>; a suggestion is
/// rejected for good: it is removed and never stored again, whichever way round its two ends are given.</summary>
public interface ISuggestionStore
{
    /// <summary>The most suggestions one page returns.</summary>
    const int MaxPageSize = 500;

    /// <summary>Replaces every stored suggestion of <paramref name="kind"/> with <paramref name="suggestions"/>, atomically:
    /// readers see the old set or the new one. Suggestions whose ends the store does not hold, of another kind, or
    /// rejected before are left out.</summary>
    Task ReplaceSuggestionsAsync(SuggestionKind kind, IReadOnlyList<Suggestion> suggestions, CancellationToken cancellationToken = default);

    /// <summary>Suggestions of <paramref name="kind"/> with <paramref name="nodeId"/> at either end, best first, at most
    /// <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Suggestion>> GetSuggestionsForAsync(string nodeId, SuggestionKind kind, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>A page of the best suggestions of a kind (ties by source then target id) and how many there are.</summary>
    Task<SuggestionPage> GetTopSuggestionsAsync(SuggestionQuery query, CancellationToken cancellationToken = default);

    /// <summary>Turns a suggestion down: it is removed (in either direction) and never stored again.</summary>
    Task RejectSuggestionAsync(SuggestionKind kind, string sourceId, string targetId, CancellationToken cancellationToken = default);
}
