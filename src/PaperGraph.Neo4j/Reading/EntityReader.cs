using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Reading;

/// <summary>Entity lookups: name resolution, entity pages, families and the most linked entities.</summary>
internal sealed class EntityReader(QueryApiClient client)
{
    private const int CoOccurringLimit = 20;

    public async Task<EntityRef?> ByKeyAsync(string key, CancellationToken cancellationToken) =>
        (await client.RunAsync(EntityStatements.ByKey.With(("key", key)), cancellationToken)).Records
        .Select(record => record.Entity()).FirstOrDefault();

    /// <summary>By key, then by any name folded like <see cref="EntityKey.Fold"/>: datasets first when no type is
    /// given, then an exact canonical name, then the most linked entity.</summary>
    public async Task<EntityRef?> ResolveAsync(string nameOrKey, EntityType? type, CancellationToken cancellationToken)
    {
        var byKey = await ByKeyAsync(nameOrKey.Trim().ToLowerInvariant(), cancellationToken);
        if (byKey is not null && (type is null || byKey.Type == type))
        {
            return byKey;
        }
        var folded = EntityKey.Fold(nameOrKey);
        if (folded.Length == 0)
        {
            return null;
        }
        var request = EntityStatements.ByName.With(("folded", folded), ("type", type is { } t ? GraphNames.Of(t) : null));
        return (await client.RunAsync(request, cancellationToken)).Records.Select(record => record.Entity()).FirstOrDefault();
    }

    /// <summary>The entity and all its variants, recursively, nearest first; empty when there is no such entity.</summary>
    public async Task<IReadOnlyList<(EntityRef Entity, int Depth)>> FamilyAsync(string key, CancellationToken cancellationToken) =>
        (await client.RunAsync(EntityStatements.Family.With(("key", key)), cancellationToken)).Records
        .Select(record => (record.Entity(), record.Int("depth"))).ToList();

    public async Task<EntityDetails?> DetailsAsync(string key, int paperLimit, CancellationToken cancellationToken)
    {
        var page = (await client.RunAsync(EntityStatements.Page.With(("key", key)), cancellationToken)).Records.FirstOrDefault();
        if (page is null)
        {
            return null;
        }
        var entity = page.Entity();
        var aliases = page.Strings("names")
            .Where(name => !string.Equals(name, entity.Name.Trim(), StringComparison.OrdinalIgnoreCase)).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var parent = page.IsNull("parentKey") ? null : page.Entity("parent");
        var family = await FamilyAsync(key, cancellationToken);
        var variants = family.Where(member => member.Depth == 1).Select(member => member.Entity).ToList();
        var familyKeys = family.Select(member => member.Entity.Key).ToList();
        var papers = (await client.RunAsync(EntityStatements.Papers.With(("family", familyKeys), ("limit", Math.Max(0, paperLimit))), cancellationToken))
            .Records.Select(record => new EntityPaperLink(record.PaperSummary(), GraphNames.RelationOf(record.String("role"))))
            .NewestFirst(link => link.Paper).ThenBy(link => link.Role.ToString(), StringComparer.Ordinal).ToList();
        var total = (await client.RunAsync(EntityStatements.PaperTotal.With(("family", familyKeys)), cancellationToken)).Records[0].Int("total");
        var coOccurring = (await client.RunAsync(EntityStatements.CoOccurring.With(("key", key), ("limit", CoOccurringLimit)), cancellationToken))
            .Records.Select(record => new EntityCount(record.Entity(), record.Int("papers"))).ToList();
        return new EntityDetails(entity, aliases, parent, variants, papers, total, coOccurring);
    }

    public async Task<IReadOnlyList<EntityCount>> TopAsync(EntityType type, int limit, CancellationToken cancellationToken) =>
        (await client.RunAsync(EntityStatements.Top.With(("type", GraphNames.Of(type)), ("limit", Math.Max(0, limit))), cancellationToken))
        .Records.Select(record => new EntityCount(record.Entity(), record.Int("papers"))).ToList();
}
