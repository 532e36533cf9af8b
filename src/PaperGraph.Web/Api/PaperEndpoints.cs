using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Web.Api;

/// <summary><c>GET /api/papers/{id}</c>: a paper with its entities, results, mentions and derived citations.
/// Ids may contain slashes (<c>doi:10.1/x</c>), hence the catch-all.</summary>
public static class PaperEndpoints
{
    public static RouteGroupBuilder MapPaperApi(this RouteGroupBuilder api)
    {
        api.MapGet("/papers/{**id}", GetPaperAsync).WithName("GetPaper").WithSummary("A paper by id");
        return api;
    }

    public static async Task<Results<Ok<PaperDetails>, NotFound<ProblemDetails>>> GetPaperAsync(string id, IGraphStore store, CancellationToken cancellationToken)
    {
        var paper = await store.GetPaperAsync(id, cancellationToken);
        return paper is null ? ApiProblems.NotFound($"No paper has the id '{id}'.") : TypedResults.Ok(paper);
    }
}
