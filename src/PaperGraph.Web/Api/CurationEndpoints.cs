using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PaperGraph.Core.Curation;
using PaperGraph.Core.Queries;
using PaperGraph.Web.Curators;

namespace PaperGraph.Web.Api;

/// <summary><c>/api/curation</c>: the queue and the audit log for everyone; the changes only for a signed-in curator
/// with an antiforgery token (401 without the one, 400 without the other, and nothing changed either way).</summary>
public static class CurationEndpoints
{
    public static RouteGroupBuilder MapCurationApi(this RouteGroupBuilder api)
    {
        var curation = api.MapGroup("/curation").WithTags("Curation");
        curation.MapGet("/log", GetLogAsync).WithName("GetCurationLog").WithSummary("The audit log of curators' decisions, newest first");
        curation.MapGet("/merge-candidates", GetMergeClustersAsync).WithName("GetMergeCandidates")
            .WithSummary("Clusters of entity names that are probably one entity, best first");
        curation.MapGet("/versions", GetVersionsAsync).WithName("GetEntityVersions")
            .WithSummary("The current versions of entities, to send back as seenVersions with a change");

        var changes = curation.MapGroup("").RequireAuthorization(CuratorPolicy.Name).AddEndpointFilter<AntiforgeryRequired>();
        changes.MapPost("/merge", (MergeBody body, ClaimsPrincipal user, CurationActions actions, CancellationToken ct) =>
            Run(() => actions.MergeAsync(user, body.From, body.Into, body.SeenVersions, cancellationToken: ct)))
            .WithName("MergeEntities").WithSummary("Merge entity 'from' into entity 'into' (keys or names)");
        changes.MapPost("/undo", (UndoBody body, ClaimsPrincipal user, CurationActions actions, CancellationToken ct) =>
            Run(() => actions.UndoAsync(user, body.EntryId, body.SeenVersions, cancellationToken: ct)))
            .WithName("UndoDecision").WithSummary("Undo a decision (the latest when no entryId is given)");
        changes.MapPost("/not-an-entity", (NotAnEntityBody body, ClaimsPrincipal user, CurationActions actions, CancellationToken ct) =>
            Run(() => actions.MarkNotAnEntityAsync(user, body.Entity, body.SeenVersions, ct)))
            .WithName("MarkNotAnEntity").WithSummary("Mark an entity as no entity at all; it stays gone on re-import");
        changes.MapPost("/accept-link", (AcceptLinkBody body, ClaimsPrincipal user, CurationActions actions, CancellationToken ct) =>
            Run(() => actions.AcceptLinkAsync(user, body.PaperId, body.Entity, body.Role, ct)))
            .WithName("AcceptLink").WithSummary("Accept a suggested link of a paper to an entity");
        changes.MapPost("/reject", (RejectSuggestionBody body, ClaimsPrincipal user, CurationActions actions, CancellationToken ct) =>
            Run(() => actions.RejectAsync(user, body.Kind, body.SourceId, body.TargetId, ct)))
            .WithName("RejectSuggestion").WithSummary("Reject a suggestion; it is not offered again until the rejection is undone");
        return api;
    }

    private static Task<CurationLogPage> GetLogAsync(CurationService curation, int offset = 0, int limit = 50, CancellationToken cancellationToken = default) =>
        curation.GetLogAsync(offset, limit, cancellationToken);

    private static Task<SuggestionQueuePage<MergeCluster>> GetMergeClustersAsync(
        SuggestionService suggestions, int offset = 0, int limit = 50, CancellationToken cancellationToken = default) =>
        suggestions.GetMergeClustersAsync(offset, Math.Clamp(limit, 1, 500), cancellationToken: cancellationToken);

    private static Task<IReadOnlyDictionary<string, long>> GetVersionsAsync(
        [FromQuery(Name = "key")] string[] keys, CurationService curation, CancellationToken cancellationToken) =>
        curation.GetVersionsAsync(keys, cancellationToken);

    private static async Task<Results<Ok<CurationOutcome>, BadRequest<ProblemDetails>, Conflict<ProblemDetails>>> Run(Func<Task<CurationOutcome>> change)
    {
        try
        {
            return TypedResults.Ok(await change());
        }
        catch (CurationRequestException e)
        {
            return ApiProblems.BadRequest(e.Message);
        }
        catch (CurationConflictException e)
        {
            // The loser sees what is there now and who changed it, and can decide again.
            return TypedResults.Conflict(new ProblemDetails
            {
                Title = "Changed by someone else",
                Detail = e.Message,
                Status = StatusCodes.Status409Conflict,
                Extensions = { ["currentVersions"] = e.CurrentVersions, ["latest"] = e.Latest },
            });
        }
    }
}
