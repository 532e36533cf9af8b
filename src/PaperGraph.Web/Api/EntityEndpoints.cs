using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Core.Queries;

namespace PaperGraph.Web.Api;

/// <summary><c>GET /api/entities/{name}?type=</c>: an entity by key, canonical name or alias.</summary>
public static class EntityEndpoints
{
    public static RouteGroupBuilder MapEntityApi(this RouteGroupBuilder api)
    {
        api.MapGet("/entities/{name}", GetEntityAsync).WithName("GetEntity")
            .WithSummary("An entity by key, name or alias, with its papers by role and co-occurring entities");
        return api;
    }

    public static async Task<Results<Ok<EntityDetails>, NotFound<ProblemDetails>>> GetEntityAsync(
        string name, EntityType? type, EntityLookup lookup, CancellationToken cancellationToken)
    {
        var entity = await lookup.FindAsync(name, type, cancellationToken: cancellationToken);
        return entity is null ? ApiProblems.NotFound($"No entity is called '{name}'.") : TypedResults.Ok(entity);
    }
}
