using PaperGraph.Core.Extraction;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Graph;

/// <summary>Rebuilds a paper's extraction from what a store keeps of it (its entity links with their roles, its results
/// and its mention spans), for <see cref="IPaperRecordSource"/>. Each store names entities its own way
/// (<typeparamref name="TEntity"/>: a row key, an entity key).</summary>
public static class StoredExtraction
{
    /// <summary>One entity per linked entity with all its roles (in name order, the first as its role), names and
    /// mentions; mentions of entities without a role are loose mentions. Mention sentences are not stored: the span
    /// stands in for its sentence. Links and mentions of entities not in <paramref name="entities"/> are left out.</summary>
    public static PaperExtraction Rebuild<TEntity>(string text, IReadOnlyDictionary<TEntity, StoredEntityNames> entities,
        IEnumerable<(TEntity Entity, RelationType Role)> roles, IEnumerable<ExtractedResult> results,
        IReadOnlyList<(TEntity Entity, int Start, int End)> mentions)
        where TEntity : notnull
    {
        var linked = roles.Where(role => entities.ContainsKey(role.Entity)).GroupBy(role => role.Entity, role => role.Role).ToList();
        var extracted = linked.Select(group =>
        {
            var entity = entities[group.Key];
            var own = mentions.Where(mention => EqualityComparer<TEntity>.Default.Equals(mention.Entity, group.Key))
                .Select(mention => MentionOf(text, entity, mention.Start, mention.End)).ToList();
            var roleList = group.OrderBy(role => role.ToString(), StringComparer.Ordinal).ToList();
            return new ExtractedEntity(entity.Type, entity.Name, roleList[0], entity.Names.Where(name => name != entity.Name).ToList(),
                entity.ParentKeyedName, own)
            {
                KeyName = entity.KeyName,
                AdditionalRoles = roleList.Skip(1).ToList(),
            };
        }).ToList();
        var withRole = linked.Select(group => group.Key).ToHashSet();
        var loose = mentions.Where(mention => !withRole.Contains(mention.Entity) && entities.ContainsKey(mention.Entity))
            .Select(mention => MentionOf(text, entities[mention.Entity], mention.Start, mention.End)).ToList();
        return new PaperExtraction(extracted, results.ToList(), loose);
    }

    private static Mention MentionOf(string text, StoredEntityNames entity, int start, int end)
    {
        var fits = start >= 0 && start <= end && end <= text.Length;
        return new Mention(entity.Type, fits ? text[start..end] : entity.Name, start, end, start, end);
    }
}
