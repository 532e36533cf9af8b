using PaperGraph.Core.Extraction;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Curation;

/// <summary>Rewrites one paper's extraction by the curation rules in force, in the order they were decided, so a chain
/// of merges (A into B, then B into C) ends at C. Pure: the same record and rules always give the same record.</summary>
public static class CurationRuleApplier
{
    public static PaperRecord Apply(PaperRecord record, IReadOnlyList<CurationRule> rules)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(rules);
        var extraction = record.Extraction;
        foreach (var rule in rules)
        {
            extraction = rule switch
            {
                MergeEntities merge => Merge(extraction, merge),
                RenameEntity rename => Rename(extraction, rename),
                RetypeEntity retype => Retype(extraction, retype),
                NotAnEntity removal => Remove(extraction, removal.Key),
                RemoveRelation removal when removal.PaperId == record.Paper.Id => RemoveRole(extraction, removal),
                AddRelation addition when addition.PaperId == record.Paper.Id => AddRole(extraction, addition),
                MarkVariant variant => MarkVariant(extraction, variant),
                _ => extraction,
            };
        }
        return ReferenceEquals(extraction, record.Extraction) ? record : record with { Extraction = extraction };
    }

    private static PaperExtraction Merge(PaperExtraction extraction, MergeEntities merge)
    {
        if (merge.FromKey == merge.IntoKey || CurationKeys.TypeOf(merge.IntoKey) is not { } type)
        {
            return extraction;
        }
        var survivorName = NameKeying(merge.IntoName, type, merge.IntoKey);
        var entities = extraction.Entities.Select(entity => entity.Key != merge.FromKey ? entity : entity with
        {
            Name = merge.IntoName ?? survivorName,
            KeyName = CurationKeys.NameOf(merge.IntoKey),
            Aliases = WithNames(entity.Aliases, entity.Name),
            Parent = null,
        });
        entities = Reparent(entities, merge.FromKey, survivorName);
        var results = type == EntityType.Dataset
            ? extraction.Results.Select(r => EntityKey.For(EntityType.Dataset, r.Dataset) == merge.FromKey ? r with { Dataset = survivorName } : r).ToList()
            : extraction.Results;
        return new PaperExtraction(EntityCombiner.Combine(entities), results, extraction.Mentions);
    }

    private static PaperExtraction Rename(PaperExtraction extraction, RenameEntity rename)
    {
        var entities = extraction.Entities.Select(entity => entity.Key != rename.Key ? entity : entity with
        {
            Name = rename.Name,
            KeyName = entity.KeyName ?? CurationKeys.NameOf(rename.Key),
            Aliases = WithNames(entity.Aliases, entity.Name).Where(a => a != rename.Name).ToList(),
        }).ToList();
        return extraction with { Entities = entities };
    }

    private static PaperExtraction Retype(PaperExtraction extraction, RetypeEntity retype)
    {
        if (CurationKeys.TypeOf(retype.Key) is not { } oldType || oldType == retype.Type)
        {
            return extraction;
        }
        var retyped = extraction.Entities.Where(e => e.Key == retype.Key).ToList();
        var names = FoldedNames(retyped, retype.Key);
        var entities = extraction.Entities.Select(entity => entity.Key != retype.Key ? entity : entity with
        {
            Type = retype.Type,
            Role = RoleFor(retype.Type, entity.Role),
            AdditionalRoles = entity.AdditionalRoles.Select(role => RoleFor(retype.Type, role)).ToList(),
            Parent = null,
            Mentions = entity.Mentions.Select(m => m with { Type = retype.Type }).ToList(),
        });
        // A variant of it under the old type has no parent under that type any more.
        entities = Reparent(entities, retype.Key, null);
        var mentions = extraction.Mentions
            .Select(m => m.Type == oldType && names.Contains(EntityKey.Fold(m.Text)) ? m with { Type = retype.Type } : m)
            .ToList();
        var results = oldType == EntityType.Dataset
            ? extraction.Results.Where(r => EntityKey.For(EntityType.Dataset, r.Dataset) != retype.Key).ToList()
            : extraction.Results;
        return new PaperExtraction(EntityCombiner.Combine(entities), results, mentions);
    }

    private static PaperExtraction Remove(PaperExtraction extraction, string key)
    {
        var type = CurationKeys.TypeOf(key);
        var removed = extraction.Entities.Where(e => e.Key == key).ToList();
        var names = FoldedNames(removed, key);
        return new PaperExtraction(
            Reparent(extraction.Entities.Where(e => e.Key != key), key, null).ToList(),
            extraction.Results.Where(r => EntityKey.For(EntityType.Dataset, r.Dataset) != key).ToList(),
            extraction.Mentions.Where(m => m.Type != type || !names.Contains(EntityKey.Fold(m.Text))).ToList());
    }

    private static PaperExtraction RemoveRole(PaperExtraction extraction, RemoveRelation removal)
    {
        if (removal.Role == RelationType.Reports)
        {
            return extraction with
            {
                Results = extraction.Results.Where(r => EntityKey.For(EntityType.Dataset, r.Dataset) != removal.EntityKey).ToList(),
            };
        }
        var entities = new List<ExtractedEntity>();
        foreach (var entity in extraction.Entities)
        {
            var roles = entity.Key == removal.EntityKey ? entity.Roles.Where(r => r != removal.Role).ToList() : null;
            if (roles is null)
            {
                entities.Add(entity);
            }
            else if (roles.Count > 0)
            {
                entities.Add(entity with { Role = roles[0], AdditionalRoles = roles.Skip(1).ToList() });
            }
        }
        return extraction with { Entities = entities };
    }

    private static PaperExtraction AddRole(PaperExtraction extraction, AddRelation addition)
    {
        if (CurationKeys.TypeOf(addition.EntityKey) is not { } type)
        {
            return extraction;
        }
        var added = new ExtractedEntity(type, addition.EntityName, addition.Role, [], null, [])
        {
            KeyName = CurationKeys.NameOf(addition.EntityKey),
        };
        return extraction with { Entities = EntityCombiner.Combine(extraction.Entities.Append(added)) };
    }

    private static PaperExtraction MarkVariant(PaperExtraction extraction, MarkVariant variant)
    {
        if (CurationKeys.TypeOf(variant.ParentKey) is not { } type || variant.ChildKey == variant.ParentKey)
        {
            return extraction;
        }
        var parentName = NameKeying(variant.ParentName, type, variant.ParentKey);
        return extraction with
        {
            Entities = extraction.Entities.Select(e => e.Key == variant.ChildKey ? e with { Parent = parentName } : e).ToList(),
        };
    }

    /// <summary>Points variants whose parent is <paramref name="oldKey"/> at <paramref name="parent"/> (a name), or
    /// leaves them without a parent.</summary>
    private static IEnumerable<ExtractedEntity> Reparent(IEnumerable<ExtractedEntity> entities, string oldKey, string? parent) =>
        entities.Select(e => e.Parent is { } current && EntityKey.For(e.Type, current) == oldKey ? e with { Parent = parent } : e);

    /// <summary><paramref name="name"/> when it makes <paramref name="key"/>, else the folded name in the key (which always
    /// does): stores find an entity named in a parent or a result by the key its name makes.</summary>
    private static string NameKeying(string? name, EntityType type, string key) =>
        name is not null && EntityKey.For(type, name) == key ? name : CurationKeys.NameOf(key);

    private static List<string> WithNames(IReadOnlyList<string> aliases, string name) =>
        aliases.Append(name).Distinct(StringComparer.Ordinal).ToList();

    private static HashSet<string> FoldedNames(IEnumerable<ExtractedEntity> entities, string key)
    {
        var names = entities.SelectMany(e => e.Aliases.Append(e.Name)).Select(EntityKey.Fold).ToHashSet(StringComparer.Ordinal);
        names.Add(CurationKeys.NameOf(key));
        return names;
    }

    /// <summary>The role a relation takes when its entity changes type: tasks are addressed, metrics used, methods proposed
    /// or used; a dataset keeps a dataset role.</summary>
    private static RelationType RoleFor(EntityType type, RelationType role) => type switch
    {
        EntityType.Task => RelationType.Addresses,
        EntityType.Metric => RelationType.Uses,
        EntityType.Method => role == RelationType.Proposes ? RelationType.Proposes : RelationType.Uses,
        _ => role == RelationType.Addresses ? RelationType.Mentions : role,
    };
}
