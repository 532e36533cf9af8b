using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Writing;

/// <summary>Merges stored papers found to be one paper into the node to keep (see
/// <see cref="PaperGraph.Core.Graph.IGraphStore.MergePapersAsync"/>) inside one transaction, and bumps the store version.</summary>
internal sealed class PaperMerger(QueryApiTransaction transaction)
{
    public async Task<string?> MergeAsync(IReadOnlyList<string> paperIds, CancellationToken cancellationToken)
    {
        var stored = (await transaction.RunAsync(PaperWriteStatements.Existing.With(("ids", paperIds)), cancellationToken)).Records
            .Select(record => (Id: record.String("id"), Described: record.Bool("described"), Stub: record.Bool("stub")))
            .ToList();
        var given = paperIds.ToList();
        var ordered = stored.OrderByDescending(p => p.Described).ThenBy(p => p.Stub).ThenBy(p => given.IndexOf(p.Id)).ToList();
        if (ordered.Count == 0)
        {
            return null;
        }
        var keep = ordered[0].Id;
        foreach (var gone in ordered.Skip(1))
        {
            foreach (var statement in PaperMergeStatements.All)
            {
                await transaction.RunAsync(statement.With(("keep", keep), ("gone", gone.Id)), cancellationToken);
            }
        }
        await transaction.RunAsync(StoreStateStatements.BumpVersion.With(), cancellationToken);
        return keep;
    }
}
