using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Core.Graph.Queries;

/// <summary>A page of the top suggestions of <paramref name="Kind"/>. <paramref name="EntityType"/>, when given, keeps
/// those whose entity end is of that type (the target of a missing link, the source of a merge or variant).</summary>
public sealed record SuggestionQuery(SuggestionKind Kind, int Offset = 0, int Limit = 50, EntityType? EntityType = null);

/// <summary>One page of suggestions and the count of all that match.</summary>
public sealed record SuggestionPage(IReadOnlyList<Suggestion> Items, int Total);
