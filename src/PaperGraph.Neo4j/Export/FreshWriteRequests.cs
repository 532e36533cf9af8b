using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Writing;

namespace PaperGraph.Neo4j.Export;

/// <summary>The store's own write statements for one <see cref="UpsertPlan"/>, as they run against a database that holds
/// none of the plan's papers yet: nothing to clear, every linked entity gains each paper that links it, and the
/// citations (stubs, match keys, CITES) follow the papers.</summary>
internal static class FreshWriteRequests
{
    public static IEnumerable<CypherRequest> For(UpsertPlan plan, int batchSize) =>
        Chunked(PaperWriteStatements.Entities, plan.EntityRows, batchSize)
            .Concat(Chunked(PaperWriteStatements.Variants, plan.VariantRows, batchSize))
            .Concat(Chunked(PaperWriteStatements.Papers, plan.PaperRows, batchSize))
            .Concat(Chunked(PaperWriteStatements.Roles, plan.RoleRows, batchSize))
            .Concat(Chunked(PaperWriteStatements.Results, plan.ResultRows, batchSize))
            .Concat(Chunked(PaperWriteStatements.PaperCounts, PaperCountRows(plan), batchSize))
            // After the papers, as the upsert does: a cited work the export writes as a paper is never left a stub.
            .Concat(Chunked(CitationWriteStatements.Stubs, plan.StubRows, batchSize))
            .Concat(Chunked(CitationWriteStatements.Keys, plan.KeyRows, batchSize))
            .Concat(Chunked(CitationWriteStatements.Cites, plan.CitesRows, batchSize));

    private static IEnumerable<Dictionary<string, object?>> PaperCountRows(UpsertPlan plan) =>
        plan.LinkedByPaper.Values.SelectMany(keys => keys)
            .GroupBy(key => key, StringComparer.Ordinal)
            .Select(group => ParameterRow.Of(("key", group.Key), ("delta", group.Count())));

    private static IEnumerable<CypherRequest> Chunked(CypherStatement statement, IEnumerable<Dictionary<string, object?>> rows, int batchSize) =>
        rows.Chunk(Math.Max(1, batchSize)).Select(chunk => statement.With(("rows", chunk)));
}
