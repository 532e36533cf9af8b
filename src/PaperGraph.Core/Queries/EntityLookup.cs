using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Queries;

/// <summary>Finds an entity from what a user or a link gives: a key, a canonical name or an alias. A name
/// the extractor maps to an entity resolves even when no paper wrote it that way ("ILSVRC" is ImageNet), so
/// every name extraction understands is understood by every query.</summary>
public sealed class EntityLookup(IGraphStore store, KnowledgeBase knowledge)
{
    /// <summary>Papers listed on an entity page; the total is counted regardless.</summary>
    public const int PaperLimit = 100;

    /// <summary>The order in which types are tried for a name given without one, as the store does: datasets first.</summary>
    private static readonly EntityType[] TypeOrder = [EntityType.Dataset, EntityType.Method, EntityType.Task, EntityType.Metric];

    public async Task<EntityRef?> ResolveAsync(string nameOrKey, EntityType? type = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(nameOrKey))
        {
            return null;
        }
        var name = nameOrKey.Trim();
        if (await store.ResolveEntityAsync(name, type, cancellationToken) is { } stored)
        {
            return stored;
        }
        foreach (var candidate in type is { } only ? [only] : TypeOrder)
        {
            if (knowledge.Find(candidate, name) is { } entry
                && await store.ResolveEntityAsync(entry.Name, candidate, cancellationToken) is { } known)
            {
                return known;
            }
        }
        return null;
    }

    public async Task<EntityDetails?> FindAsync(
        string nameOrKey, EntityType? type = null, int paperLimit = PaperLimit, CancellationToken cancellationToken = default) =>
        await ResolveAsync(nameOrKey, type, cancellationToken) is { } entity
            ? await store.GetEntityAsync(entity.Key, paperLimit, cancellationToken)
            : null;
}
