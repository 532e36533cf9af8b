using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Queries;

namespace PaperGraph.Web.Api;

/// <summary>Which papers report on a dataset: <c>/api/reports-on/{dataset}</c> pages through the papers evaluated on it
/// with their ranked results, <c>/api/leaderboards/{dataset}</c> gives one ranked table per metric.</summary>
public static class ReportsOnEndpoints
{
    public const int MaxLimit = 500;

    public static RouteGroupBuilder MapReportsOnApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reports-on/{dataset}", GetReportsOnAsync).WithName("GetReportsOn")
            .WithSummary("Every paper evaluated on a dataset (aliases and variants included): those reporting numbers first, best first, then the rest, newest first");
        api.MapGet("/leaderboards/{dataset}", GetLeaderboardAsync).WithName("GetLeaderboard")
            .WithSummary("A dataset's leaderboard: one table per variant, setting and metric, ranked in the metric's direction; one row per paper unless everyValue=true");
        return api;
    }

    public static async Task<Results<Ok<ReportsOnPage>, NotFound<ProblemDetails>, BadRequest<ProblemDetails>>> GetReportsOnAsync(
        string dataset, ReportsOnService reportsOn, CancellationToken cancellationToken, int limit = 50, int offset = 0)
    {
        if (ApiProblems.OutOfRange("limit", limit, 1, MaxLimit) is { } problem)
        {
            return problem;
        }
        if (offset < 0)
        {
            return ApiProblems.BadRequest("'offset' must not be negative.");
        }
        var page = await reportsOn.GetAsync(new ReportsOnQuery(dataset, limit, offset), cancellationToken);
        return page is null ? ApiProblems.NotFound($"No dataset is called '{dataset}'.") : TypedResults.Ok(page);
    }

    public static async Task<Results<Ok<Leaderboard>, NotFound<ProblemDetails>>> GetLeaderboardAsync(
        string dataset, LeaderboardService leaderboards, CancellationToken cancellationToken, bool everyValue = false)
    {
        var board = await leaderboards.GetAsync(dataset, everyValue, cancellationToken);
        return board is null ? ApiProblems.NotFound($"No dataset is called '{dataset}'.") : TypedResults.Ok(board);
    }
}
