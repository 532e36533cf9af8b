using PaperGraph.Core.Extraction;

namespace PaperGraph.Core.Curation;

/// <summary>Makes one entity of a paper's entities that share a key after a merge or retype: the first keeps its name,
/// the others' names become aliases, and roles and mentions are united without duplicates.</summary>
internal static class EntityCombiner
{
    public static List<ExtractedEntity> Combine(IEnumerable<ExtractedEntity> entities)
    {
        var combined = new List<ExtractedEntity>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (byKey.TryGetValue(entity.Key, out var at))
            {
                combined[at] = Unite(combined[at], entity);
            }
            else
            {
                byKey[entity.Key] = combined.Count;
                combined.Add(entity);
            }
        }
        return combined;
    }

    private static ExtractedEntity Unite(ExtractedEntity first, ExtractedEntity second) => first with
    {
        Aliases = first.Aliases.Concat(second.Aliases).Append(second.Name)
            .Where(name => name != first.Name).Distinct(StringComparer.Ordinal).ToList(),
        AdditionalRoles = first.AdditionalRoles.Concat(second.Roles).Where(role => role != first.Role).Distinct().ToList(),
        Parent = first.Parent ?? second.Parent,
        Mentions = first.Mentions.Concat(second.Mentions).DistinctBy(m => (m.Start, m.End)).OrderBy(m => m.Start).ToList(),
    };
}
