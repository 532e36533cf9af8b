using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Queries;
using PaperGraph.Web.Services;

namespace PaperGraph.Web.Api;

/// <summary><c>GET /api/search?q=&amp;kinds=&amp;limit=</c>: full-text search over papers and entities.</summary>
public static class SearchEndpoints
{
    public const int MaxLimit = 200;

    /// <param name="Q">Words to search for; taken as words, never as query syntax.</param>
    /// <param name="Kinds">Comma-separated node kinds to keep (Paper, Method, Dataset, Metric, Task).</param>
    /// <param name="Prefix">Match the last word as a prefix, for search as you type; false matches whole words as the CLI does.</param>
    public sealed record SearchRequest(string? Q, string? Kinds, int Limit = 20, bool Prefix = true);

    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", SearchAsync).WithName("Search").WithSummary("Search papers and entities by text");
        return api;
    }

    public static async Task<Results<Ok<IReadOnlyList<SearchHit>>, BadRequest<ProblemDetails>>> SearchAsync(
        [AsParameters] SearchRequest request, SearchService search, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Q))
        {
            return ApiProblems.BadRequest("'q' must hold text to search for.");
        }
        if (ApiProblems.OutOfRange("limit", request.Limit, 1, MaxLimit) is { } problem)
        {
            return problem;
        }
        var kinds = NodeKindFilter.Parse(request.Kinds);
        if (kinds is null)
        {
            return ApiProblems.BadRequest("'kinds' must list node kinds: Paper, Method, Dataset, Metric, Task.");
        }
        var hits = await search.SearchAsync(new SearchQuery(request.Q.Trim(), kinds, request.Limit, request.Prefix), cancellationToken);
        return TypedResults.Ok(hits);
    }
}
