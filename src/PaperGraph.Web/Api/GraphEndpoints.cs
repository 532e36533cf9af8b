using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Web.Api;

/// <summary>Subgraphs as JSON for graph views: the neighbourhood of nodes and a shortest path.</summary>
public static class GraphEndpoints
{
    public const int MaxNodes = 5000;
    public const int MaxHops = 10;

    public static RouteGroupBuilder MapGraphApi(this RouteGroupBuilder api)
    {
        api.MapGet("/graph/neighbourhood", GetNeighbourhoodAsync).WithName("GetNeighbourhood")
            .WithSummary("The given nodes (?id=...&id=...) and their direct neighbours, with the edges among them");
        api.MapGet("/graph/path", GetPathAsync).WithName("GetPath")
            .WithSummary("A shortest path between two nodes, ignoring direction; empty when there is none");
        return api;
    }

    public static async Task<Results<Ok<GraphView>, BadRequest<ProblemDetails>>> GetNeighbourhoodAsync(
        [FromQuery(Name = "id")] string[] ids, IGraphStore store, CancellationToken cancellationToken, int limit = 200)
    {
        if (ids.Length == 0 || ids.Any(string.IsNullOrWhiteSpace))
        {
            return ApiProblems.BadRequest("Give one or more node ids as ?id=...");
        }
        if (ApiProblems.OutOfRange("limit", limit, 1, MaxNodes) is { } problem)
        {
            return problem;
        }
        return TypedResults.Ok(await store.GetNeighbourhoodAsync(ids, limit, cancellationToken));
    }

    public static async Task<Results<Ok<GraphView>, BadRequest<ProblemDetails>>> GetPathAsync(
        string? from, string? to, IGraphStore store, CancellationToken cancellationToken, int maxHops = 6)
    {
        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
        {
            return ApiProblems.BadRequest("Give both ends as ?from=...&to=...");
        }
        if (ApiProblems.OutOfRange("maxHops", maxHops, 1, MaxHops) is { } problem)
        {
            return problem;
        }
        return TypedResults.Ok(await store.GetShortestPathAsync(from, to, maxHops, cancellationToken));
    }
}
