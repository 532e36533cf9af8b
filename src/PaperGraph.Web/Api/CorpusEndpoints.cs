using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Queries;
using PaperGraph.Web.Import;

namespace PaperGraph.Web.Api;

/// <summary>Corpus-wide views: statistics, the method × dataset matrix and the seed import's progress.</summary>
public static class CorpusEndpoints
{
    public const int MaxMatrixSide = 200;
    private const int DefaultMatrixSide = 30;

    public static RouteGroupBuilder MapCorpusApi(this RouteGroupBuilder api)
    {
        api.MapGet("/stats", GetStatisticsAsync).WithName("GetStatistics").WithSummary("Counts and the most used datasets, methods and tasks");
        api.MapGet("/matrix", GetMatrixAsync).WithName("GetMatrix").WithSummary("Methods by datasets with paper counts");
        api.MapGet("/matrix/papers", GetMatrixPapersAsync).WithName("GetMatrixPapers").WithSummary("The papers behind one matrix cell");
        api.MapGet("/import-status", GetImportStatus).WithName("GetImportStatus").WithSummary("Progress of the first-start import");
        return api;
    }

    public static async Task<Ok<CorpusOverview>> GetStatisticsAsync(CorpusOverviewReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.ReadAsync(cancellationToken));

    public static async Task<Results<Ok<MethodDatasetMatrix>, BadRequest<ProblemDetails>>> GetMatrixAsync(
        IGraphStore store, CancellationToken cancellationToken, int methods = DefaultMatrixSide, int datasets = DefaultMatrixSide)
    {
        if ((ApiProblems.OutOfRange("methods", methods, 1, MaxMatrixSide) ?? ApiProblems.OutOfRange("datasets", datasets, 1, MaxMatrixSide)) is { } problem)
        {
            return problem;
        }
        return TypedResults.Ok(await store.GetMatrixAsync(methods, datasets, cancellationToken));
    }

    public static async Task<Results<Ok<IReadOnlyList<PaperSummary>>, BadRequest<ProblemDetails>>> GetMatrixPapersAsync(
        string? method, string? dataset, IGraphStore store, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(method) || string.IsNullOrWhiteSpace(dataset))
        {
            return ApiProblems.BadRequest("Give the cell as ?method=KEY&dataset=KEY.");
        }
        return TypedResults.Ok(await store.GetMatrixPapersAsync(method, dataset, cancellationToken));
    }

    public static Ok<ImportSnapshot> GetImportStatus(ImportStatus status) => TypedResults.Ok(status.Current);
}
