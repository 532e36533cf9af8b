using PaperGraph.Core.Curation;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Neo4j.Tests.Fakes;

/// <summary>Calls every member of <see cref="IGraphStore"/> and <see cref="ICurationStore"/> once with the given names and
/// records, so a test can see every statement a store sends; a suggestion store's and a record source's members too.</summary>
public static class EveryStoreMember
{
    public static async Task ExerciseAsync(IGraphStore store, IReadOnlyList<PaperRecord> batch, string name, string paperId)
    {
        await store.InitializeAsync();
        await store.UpsertAsync(batch);
        await store.RefreshDerivedRelationsAsync();
        await store.GetPaperAsync(paperId);
        await store.ResolveEntityAsync(name);
        await store.ResolveEntityAsync(name, EntityType.Method);
        await store.GetEntityAsync(name);
        await store.GetReportsOnAsync(new ReportsOnQuery(name));
        await store.SearchAsync(new SearchQuery(name));
        await store.SearchAsync(new SearchQuery(name, new HashSet<NodeKind> { NodeKind.Dataset }, Prefix: false));
        await store.GetMatrixAsync();
        await store.GetMatrixPapersAsync(name, name);
        await store.GetEvaluationPartnersAsync(name);
        await store.GetEvaluationPartnersAsync(EntityKey.For(EntityType.Method, name));
        await store.GetStatisticsAsync();
        await store.GetTopEntitiesAsync(EntityType.Dataset);
        await store.GetNeighbourhoodAsync([paperId, name]);
        await store.GetEdgesAmongAsync([paperId, name]);
        await store.GetShortestPathAsync(paperId, name);
        var curation = (ICurationStore)store;
        var seen = new Dictionary<string, long>();
        var rewrite = new CurationRewrite([name], batch);
        var entry = (await curation.AppendAsync(new NewCurationEntry(new NotAnEntity(name), "ann", null, [paperId]), seen, rewrite)).Entry;
        await curation.MarkUndoneAsync(entry.Id, "bob", seen, rewrite);
        await curation.GetEntryAsync(entry.Id);
        await curation.ReadLogAsync();
        await curation.GetActiveRulesAsync();
        await curation.GetEntityVersionsAsync([name]);
        await curation.FindEntitiesAsync(name);
        await curation.GetLinkedPaperIdsAsync([name]);
        await store.FindPapersByKeyAsync([paperId, name]);
        await store.GetPaperSummariesAsync([paperId, name]);
        await store.GetPaperLinksAsync([paperId, name]);
        await store.GetPaperLinksAsync([paperId, name], PaperLinkScope.CitesOnly);
        await store.MergePapersAsync([paperId, name]);
        if (store is IPaperRecordSource source)
        {
            await source.ReadAllAsync(pageSize: 1).ToListAsync();
        }
        if (store is ISuggestionStore suggestions)
        {
            foreach (var kind in Enum.GetValues<SuggestionKind>())
            {
                await suggestions.ReplaceSuggestionsAsync(kind, [new Suggestion(kind, paperId, name, 0.5, ["why"], RelationType.Uses)]);
                await suggestions.GetSuggestionsForAsync(paperId, kind);
                await suggestions.GetTopSuggestionsAsync(new SuggestionQuery(kind, EntityType: EntityType.Dataset));
                await suggestions.RemoveSuggestionAsync(kind, paperId, name);
            }
        }
    }
}
