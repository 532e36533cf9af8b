using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Core.Curation;

/// <summary>The curation operations every front end offers. Each validates, rebuilds the papers it touches under the
/// rules it leaves in force, and writes its audit entry (under optimistic concurrency) with those papers in one store
/// transaction; undo withdraws a decision the same way, which restores what was there before. A decided suggestion (rejected, or
/// accepted as a link) also leaves the stored queue at once rather than at the next refresh, whichever front end
/// decided it.</summary>
public sealed class CurationService(
    IGraphStore store, ICurationStore curation, CurationRebuilder rebuilder, ISuggestionStore? suggestions = null)
{
    /// <summary>Merges entity <paramref name="from"/> into <paramref name="into"/> (keys or names): the survivor keeps
    /// its key and name, the other's names become its aliases and every relation moves to it.</summary>
    public async Task<CurationOutcome> MergeAsync(string from, string into, CurationRequest request, CancellationToken cancellationToken = default)
    {
        var source = await ResolveAsync(from, cancellationToken);
        var target = await ResolveAsync(into, cancellationToken);
        if (source.Key == target.Key)
        {
            throw new CurationRequestException($"\"{from}\" and \"{into}\" are the same entity ({source.Key}).");
        }
        if (source.Type != target.Type)
        {
            throw new CurationRequestException(
                $"{source.Key} is a {Describe(source.Type)} and {target.Key} a {Describe(target.Type)}: retype one first.");
        }
        return await DecideAsync(new MergeEntities(source.Key, target.Key, target.Name), request, [], cancellationToken);
    }

    /// <summary>Undoes one particular merge, whenever it was made: the merged entity comes back with its relations.</summary>
    public async Task<CurationOutcome> SplitAsync(long mergeEntryId, CurationRequest request, CancellationToken cancellationToken = default)
    {
        var entry = await curation.GetEntryAsync(mergeEntryId, cancellationToken)
            ?? throw new CurationRequestException($"There is no curation entry {mergeEntryId}.");
        if (entry.Rule is not MergeEntities)
        {
            throw new CurationRequestException($"Entry {mergeEntryId} is a {entry.Rule.GetType().Name}, not a merge.");
        }
        return await UndoAsync(mergeEntryId, request, cancellationToken);
    }

    public async Task<CurationOutcome> RenameAsync(string entity, string name, CurationRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name) || EntityKey.Fold(name).Length == 0)
        {
            throw new CurationRequestException("A new name needs letters or digits.");
        }
        var target = await ResolveAsync(entity, cancellationToken);
        return await DecideAsync(new RenameEntity(target.Key, name.Trim()), request, [], cancellationToken);
    }

    /// <summary>Gives an entity another type; its key becomes its name under that type, and an entity already there
    /// takes it in as a merge would.</summary>
    public async Task<CurationOutcome> RetypeAsync(string entity, EntityType type, CurationRequest request, CancellationToken cancellationToken = default)
    {
        var target = await ResolveAsync(entity, cancellationToken);
        if (target.Type == type)
        {
            throw new CurationRequestException($"{target.Key} is already a {Describe(type)}.");
        }
        return await DecideAsync(new RetypeEntity(target.Key, type), request, [], cancellationToken);
    }

    /// <summary>Marks an entity as no entity at all: it, its mentions and its results disappear, now and on later imports.</summary>
    public async Task<CurationOutcome> MarkNotAnEntityAsync(string entity, CurationRequest request, CancellationToken cancellationToken = default)
    {
        var target = await ResolveAsync(entity, cancellationToken);
        return await DecideAsync(new NotAnEntity(target.Key), request, [], cancellationToken);
    }

    /// <summary>Removes one wrong relation of a paper to an entity (<see cref="RelationType.Reports"/> removes its results on it).</summary>
    public async Task<CurationOutcome> RemoveRelationAsync(
        string paperId, string entity, RelationType role, CurationRequest request, CancellationToken cancellationToken = default)
    {
        var target = await ResolveAsync(entity, cancellationToken);
        var paper = await store.GetPaperAsync(paperId, cancellationToken)
            ?? throw new CurationRequestException($"There is no paper {paperId}.");
        var has = role == RelationType.Reports
            ? paper.Results.Any(r => r.Dataset.Key == target.Key)
            : paper.Entities.Any(link => link.Entity.Key == target.Key && link.Role == role);
        if (!has)
        {
            throw new CurationRequestException($"Paper {paperId} has no {role} relation to {target.Key}.");
        }
        return await DecideAsync(new RemoveRelation(paperId, target.Key, role), request, [paperId], cancellationToken);
    }

    /// <summary>Accepts a suggested link: the paper gets the relation to the entity, now and on later imports.</summary>
    public async Task<CurationOutcome> AcceptLinkAsync(
        string paperId, string entity, RelationType role, CurationRequest request, CancellationToken cancellationToken = default)
    {
        var target = await ResolveAsync(entity, cancellationToken);
        if (!CurationRoles.Allows(target.Type, role))
        {
            throw new CurationRequestException($"A paper cannot have a {role} relation to a {Describe(target.Type)}.");
        }
        if (await store.GetPaperAsync(paperId, cancellationToken) is null)
        {
            throw new CurationRequestException($"There is no paper {paperId}.");
        }
        var outcome = await DecideAsync(new AddRelation(paperId, target.Key, target.Name, role), request, [paperId], cancellationToken);
        await DropSuggestionAsync(SuggestionKind.MissingLink, paperId, target.Key, cancellationToken);
        return outcome;
    }

    /// <summary>Turns a suggestion down so it is not offered again while the rejection stands (and, for merge candidates, teaches the classifier).</summary>
    public async Task<CurationOutcome> RejectSuggestionAsync(
        SuggestionKind kind, string sourceId, string targetId, CurationRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(sourceId) || string.IsNullOrWhiteSpace(targetId))
        {
            throw new CurationRequestException("A rejected suggestion needs both its ends.");
        }
        var outcome = await DecideAsync(new RejectSuggestion(kind, sourceId.Trim(), targetId.Trim()), request, [], cancellationToken);
        await DropSuggestionAsync(kind, sourceId.Trim(), targetId.Trim(), cancellationToken);
        return outcome;
    }

    /// <summary>Takes a decided suggestion out of the stored queue now; the rule keeps it out of later refreshes, and its
    /// undo lets the next refresh offer it again.</summary>
    private Task DropSuggestionAsync(SuggestionKind kind, string sourceId, string targetId, CancellationToken cancellationToken) =>
        suggestions?.RemoveSuggestionAsync(kind, sourceId, targetId, cancellationToken) ?? Task.CompletedTask;

    /// <summary>Marks <paramref name="child"/> as a variant of <paramref name="parent"/> (ImageNet-1K of ImageNet).</summary>
    public async Task<CurationOutcome> MarkVariantAsync(string child, string parent, CurationRequest request, CancellationToken cancellationToken = default)
    {
        var variant = await ResolveAsync(child, cancellationToken);
        var of = await ResolveAsync(parent, cancellationToken);
        if (variant.Key == of.Key || variant.Type != of.Type)
        {
            throw new CurationRequestException($"{variant.Key} cannot be a variant of {of.Key}: a variant is another entity of the same type.");
        }
        return await DecideAsync(new MarkVariant(variant.Key, of.Key, of.Name), request, [], cancellationToken);
    }

    /// <summary>Withdraws a decision (the latest active one when <paramref name="entryId"/> is null) and rebuilds what it
    /// touched, which restores the graph as it was before it. The undo is logged with its curator.</summary>
    public async Task<CurationOutcome> UndoAsync(long? entryId, CurationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = entryId ?? await LatestActiveAsync(cancellationToken)
            ?? throw new CurationRequestException("There is no decision to undo.");
        var entry = await curation.GetEntryAsync(id, cancellationToken)
            ?? throw new CurationRequestException($"There is no curation entry {id}.");
        var curator = Curator(request);
        var seen = request.SeenVersions ?? Unchecked;
        return await ChangeAsync(entry.Rule, entry.PaperIds, rules => Without(rules, entry.Rule),
            rewrite => curation.MarkUndoneAsync(id, curator, seen, rewrite, cancellationToken), request, cancellationToken);
    }

    /// <summary>The audit log, newest first.</summary>
    public Task<CurationLogPage> GetLogAsync(int offset = 0, int limit = 50, CancellationToken cancellationToken = default) =>
        curation.ReadLogAsync(Math.Max(0, offset), Math.Clamp(limit, 1, 1000), cancellationToken);

    /// <summary>The current versions of entities, to send back with a decision about them.</summary>
    public Task<IReadOnlyDictionary<string, long>> GetVersionsAsync(IReadOnlyCollection<string> entityKeys, CancellationToken cancellationToken = default) =>
        curation.GetEntityVersionsAsync(entityKeys, cancellationToken);

    /// <summary>The one entity a key or name means. Throws <see cref="CurationRequestException"/> when there is none, or
    /// when a name means several (listing them, so the caller can pick a key).</summary>
    public async Task<EntityRef> ResolveAsync(string nameOrKey, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(nameOrKey))
        {
            throw new CurationRequestException("An entity key or name is needed.");
        }
        var wanted = nameOrKey.Trim();
        var candidates = await curation.FindEntitiesAsync(wanted, cancellationToken);
        if (candidates.FirstOrDefault(c => c.Key == wanted) is { } byKey)
        {
            return byKey;
        }
        return candidates.Count switch
        {
            0 => throw new CurationRequestException($"No entity has the key or name \"{wanted}\"."),
            1 => candidates[0],
            _ => throw new CurationRequestException(
                $"\"{wanted}\" names {candidates.Count} entities; give one of their keys: " +
                string.Join(", ", candidates.Select(c => $"{c.Key} ({c.Name})")) + ".",
                candidates),
        };
    }

    private static readonly IReadOnlyDictionary<string, long> Unchecked = new Dictionary<string, long>();

    private async Task<CurationOutcome> DecideAsync(
        CurationRule rule, CurationRequest request, IReadOnlyList<string> alsoPapers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var linked = await curation.GetLinkedPaperIdsAsync(rule.EntityKeys(), cancellationToken);
        var papers = linked.Concat(alsoPapers).Distinct(StringComparer.Ordinal).ToList();
        var entry = new NewCurationEntry(rule, Curator(request), request.Note, papers);
        var seen = request.SeenVersions ?? Unchecked;
        return await ChangeAsync(rule, papers, rules => [.. rules, rule],
            rewrite => curation.AppendAsync(entry, seen, rewrite, cancellationToken), request, cancellationToken);
    }

    /// <summary>Writes a log change together with the papers it rebuilds, so the log and the graph never disagree. A
    /// rejected suggestion changes no paper, so nothing is rebuilt for it.</summary>
    private async Task<CurationOutcome> ChangeAsync(
        CurationRule rule, IReadOnlyList<string> papers, Func<IReadOnlyList<CurationRule>, IReadOnlyList<CurationRule>> rulesAfter,
        Func<CurationRewrite, Task<CurationWrite>> write, CurationRequest request, CancellationToken cancellationToken)
    {
        if (rule is RejectSuggestion)
        {
            var written = await write(CurationRewrite.None);
            return new CurationOutcome(written.Entry, 0, written.EntitiesRemoved);
        }
        return await rebuilder.ChangeAsync(rule, papers, rulesAfter, write, request.Progress, cancellationToken);
    }

    /// <summary>The rules without one withdrawn (its first equal: equal rules have the same effect).</summary>
    private static List<CurationRule> Without(IReadOnlyList<CurationRule> rules, CurationRule withdrawn)
    {
        var left = rules.ToList();
        left.Remove(withdrawn);
        return left;
    }

    private async Task<long?> LatestActiveAsync(CancellationToken cancellationToken)
    {
        const int pageSize = 200;
        for (var offset = 0; ; offset += pageSize)
        {
            var page = await curation.ReadLogAsync(offset, pageSize, cancellationToken);
            if (page.Entries.FirstOrDefault(e => e.IsActive) is { } active)
            {
                return active.Id;
            }
            if (page.Entries.Count < pageSize)
            {
                return null;
            }
        }
    }

    private static string Curator(CurationRequest request) =>
        string.IsNullOrWhiteSpace(request.Curator)
            ? throw new CurationRequestException("Every change names its curator.")
            : request.Curator.Trim();

    private static string Describe(EntityType type) => type.ToString().ToLowerInvariant();
}
