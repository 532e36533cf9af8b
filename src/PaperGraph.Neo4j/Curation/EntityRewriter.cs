using PaperGraph.Core.Curation;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;
using PaperGraph.Neo4j.Reading;
using PaperGraph.Neo4j.Writing;

namespace PaperGraph.Neo4j.Curation;

/// <summary>Rewrites entities from their papers in the explicit transaction of the log change that causes it: forget the
/// entities, write the papers as an upsert batch does, then remove those left without relations or variants.</summary>
internal sealed class EntityRewriter(QueryApiClient client, int batchSize)
{
    /// <summary>Deeper chains of childless parents than this are left for the next rewrite.</summary>
    private const int MaxOrphanRounds = 64;

    public async Task<IReadOnlyList<EntityRef>> FindAsync(string nameOrKey, CancellationToken cancellationToken)
    {
        var key = nameOrKey.Trim().ToLowerInvariant();
        var rows = (await client.RunAsync(CurationStatements.Find.With(("key", key), ("folded", EntityKey.Fold(nameOrKey))), cancellationToken)).Records
            .Select(record => (Entity: record.Entity(), Papers: record.Long("papers")))
            .DistinctBy(row => row.Entity.Key);
        return rows.OrderByDescending(row => row.Entity.Key == key).ThenByDescending(row => row.Papers).ThenBy(row => row.Entity.Key, StringComparer.Ordinal)
            .Select(row => row.Entity).ToList();
    }

    public async Task<IReadOnlyList<string>> LinkedPaperIdsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        (await client.RunAsync(CurationStatements.LinkedPapers.With(("keys", keys)), cancellationToken)).Records
            .Select(record => record.String("id")).ToList();

    /// <summary>Writes a log change and its rewrite in one explicit transaction: a failure anywhere rolls back both.</summary>
    public Task<CurationWrite> WriteAsync(
        Func<QueryApiTransaction, CancellationToken, Task<CurationEntry>> logChange, CurationRewrite rewrite, CancellationToken cancellationToken) =>
        client.InTransactionAsync(async (transaction, token) =>
        {
            var entry = await logChange(transaction, token);
            var removed = rewrite.IsEmpty ? 0 : await RewriteAsync(transaction, rewrite.EntityKeys, rewrite.Papers, token);
            return new CurationWrite(entry, removed);
        }, cancellationToken);

    private async Task<int> RewriteAsync(
        QueryApiTransaction transaction, IReadOnlyCollection<string> keys, IReadOnlyList<PaperRecord> papers, CancellationToken token)
    {
        var ids = papers.Select(p => p.Paper.Id).ToList();
        var candidates = (await transaction.RunAsync(CurationStatements.OrphanCandidates.With(("keys", keys), ("ids", ids)), token)).Records
            .SelectMany(record => new[] { record.String("key"), record.NullableString("parent") })
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        await transaction.RunAsync(CurationStatements.Forget.With(("keys", keys)), token);
        if (papers.Count > 0)
        {
            await new PaperBatchWriter(transaction, batchSize).WriteAsync(UpsertPlan.For(papers), token);
        }
        for (var round = 0; round < MaxOrphanRounds; round++)
        {
            var removed = (await transaction.RunAsync(CurationStatements.RemoveOrphans.With(("keys", candidates)), token)).Records
                .Sum(record => record.Int("removed"));
            if (removed == 0)
            {
                break;
            }
        }
        var left = (await transaction.RunAsync(CurationStatements.Existing.With(("keys", candidates)), token)).Records.Single().Int("existing");
        return candidates.Count - left;
    }
}
