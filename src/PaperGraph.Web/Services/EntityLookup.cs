using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Web.Services;

/// <summary>Finds an entity page from what a user or a link gives: a key, a canonical name or an alias.</summary>
public sealed class EntityLookup(IGraphStore store)
{
    /// <summary>Papers listed on an entity page; the total is counted regardless.</summary>
    public const int PaperLimit = 100;

    public async Task<EntityDetails?> FindAsync(string nameOrKey, EntityType? type = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(nameOrKey))
        {
            return null;
        }
        var entity = await store.ResolveEntityAsync(nameOrKey.Trim(), type, cancellationToken);
        return entity is null ? null : await store.GetEntityAsync(entity.Key, PaperLimit, cancellationToken);
    }
}
