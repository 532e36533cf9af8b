using PaperGraph.Core.Graph;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Writing;

/// <summary>Writes an <see cref="UpsertPlan"/> inside one explicit transaction, each statement over chunks of at most
/// <c>batchSize</c> rows, and bumps the store version with it.</summary>
internal sealed class PaperBatchWriter(QueryApiTransaction transaction, int batchSize)
{
    public async Task<UpsertSummary> WriteAsync(UpsertPlan plan, CancellationToken cancellationToken)
    {
        var existing = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var stubs = new HashSet<string>(StringComparer.Ordinal);
        var keepExtraction = new HashSet<string>(StringComparer.Ordinal);
        foreach (var response in await RunAsync(PaperWriteStatements.Existing, "ids", plan.PaperIds, cancellationToken))
        {
            foreach (var record in response.Records)
            {
                var id = record.String("id");
                existing[id] = record.Strings("linked").ToHashSet(StringComparer.Ordinal);
                if (record.Bool("stub"))
                {
                    stubs.Add(id);
                }
                if (record.Bool("described") && plan.LacksAbstract(id))
                {
                    keepExtraction.Add(id);
                }
            }
        }
        plan.KeepExtractionOf(keepExtraction);
        var entitiesAdded = Sum(await RunAsync(PaperWriteStatements.Entities, "rows", plan.EntityRows, cancellationToken),
            response => response.Records.Sum(record => record.Int("added")));
        var variantLinks = Created(await RunAsync(PaperWriteStatements.Variants, "rows", plan.VariantRows, cancellationToken));
        await RunAsync(PaperWriteStatements.ClearExtracted, "ids", existing.Keys.Except(keepExtraction), cancellationToken);
        await RunAsync(PaperWriteStatements.Papers, "rows", plan.PaperRows, cancellationToken);
        var roles = Created(await RunAsync(PaperWriteStatements.Roles, "rows", plan.RoleRows, cancellationToken));
        var results = Created(await RunAsync(PaperWriteStatements.Results, "rows", plan.ResultRows, cancellationToken));
        await RunAsync(PaperWriteStatements.PaperCounts, "rows", PaperCountDeltas(plan, existing), cancellationToken);
        var cites = await WriteCitationsAsync(plan, cancellationToken);
        await transaction.RunAsync(StoreStateStatements.BumpVersion.With(), cancellationToken);
        // A stub filled in is a paper the corpus gains.
        var updated = existing.Count - stubs.Count + plan.RepeatedPapers;
        return new UpsertSummary(plan.PaperIds.Count - existing.Count + stubs.Count, updated, entitiesAdded, roles + results + variantLinks + cites);
    }

    /// <summary>After the papers, so a work the batch imports is never written as a stub.</summary>
    private async Task<int> WriteCitationsAsync(UpsertPlan plan, CancellationToken cancellationToken)
    {
        await RunAsync(CitationWriteStatements.Stubs, "rows", plan.StubRows, cancellationToken);
        await RunAsync(CitationWriteStatements.Keys, "rows", plan.KeyRows, cancellationToken);
        await RunAsync(CitationWriteStatements.ClearReferences, "ids", plan.ReferenceListPapers, cancellationToken);
        return Created(await RunAsync(CitationWriteStatements.Cites, "rows", plan.CitesRows, cancellationToken));
    }

    /// <summary>Papers gained and lost per entity: linked now but not before, or before but not now.</summary>
    private static IEnumerable<Dictionary<string, object?>> PaperCountDeltas(UpsertPlan plan, Dictionary<string, HashSet<string>> existing)
    {
        var deltas = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (paperId, linked) in plan.LinkedByPaper)
        {
            var before = existing.GetValueOrDefault(paperId) ?? [];
            foreach (var key in linked.Except(before))
            {
                deltas[key] = deltas.GetValueOrDefault(key) + 1;
            }
            foreach (var key in before.Except(linked))
            {
                deltas[key] = deltas.GetValueOrDefault(key) - 1;
            }
        }
        return deltas.Where(delta => delta.Value != 0).Select(delta => ParameterRow.Of(("key", delta.Key), ("delta", delta.Value)));
    }

    private static int Created(IEnumerable<QueryResponse> responses) => Sum(responses, response => response.Counters.RelationshipsCreated);

    private static int Sum(IEnumerable<QueryResponse> responses, Func<QueryResponse, int> count) => responses.Sum(count);

    /// <summary>Runs the statement once per chunk of rows; nothing is sent when there are no rows.</summary>
    private async Task<List<QueryResponse>> RunAsync<T>(
        CypherStatement statement, string parameter, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var responses = new List<QueryResponse>();
        foreach (var chunk in rows.Chunk(Math.Max(1, batchSize)))
        {
            responses.Add(await transaction.RunAsync(statement.With((parameter, chunk)), cancellationToken));
        }
        return responses;
    }
}
