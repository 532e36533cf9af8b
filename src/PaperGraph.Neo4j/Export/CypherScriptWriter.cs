using PaperGraph.Core.Graph;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Writing;

namespace PaperGraph.Neo4j.Export;

/// <summary>Writes a cypher-shell script that recreates the graph in an empty database: the schema, then, per page of
/// papers, the store's own write statements with <c>$rows</c> spelled out as a list literal (so the script writes
/// exactly what <see cref="Neo4jGraphStore.UpsertAsync"/> would), then the derived relations. One statement per line.</summary>
public sealed class CypherScriptWriter(int papersPerPage = 1000, int rowsPerStatement = 500)
{
    private const string RowsParameter = "UNWIND $rows AS row";

    /// <returns>The papers written.</returns>
    public async Task<int> WriteAsync(IAsyncEnumerable<PaperRecord> records, TextWriter script, Action<int>? progress,
        CancellationToken cancellationToken)
    {
        await script.WriteLineAsync("// PaperGraph: recreates the graph in an empty Neo4j 5 database. Run: cypher-shell -f FILE".AsMemory(), cancellationToken);
        foreach (var statement in SchemaStatements.All)
        {
            await WriteStatementAsync(script, statement.Text, cancellationToken);
        }
        var papers = 0;
        await foreach (var page in records.Chunk(Math.Max(1, papersPerPage)).WithCancellation(cancellationToken))
        {
            foreach (var request in FreshWriteRequests.For(UpsertPlan.For(page), rowsPerStatement))
            {
                await WriteStatementAsync(script, WithRowsSpelledOut(request), cancellationToken);
            }
            papers += page.Length;
            progress?.Invoke(papers);
        }
        await WriteStatementAsync(script, StoreStateStatements.BumpVersion.Text, cancellationToken);
        // CALL { } IN TRANSACTIONS needs an implicit transaction, which cypher-shell runs a statement in after :auto.
        foreach (var statement in DerivedRelationStatements.All)
        {
            await WriteStatementAsync(script, ":auto " + statement.Text, cancellationToken);
        }
        return papers;
    }

    private static string WithRowsSpelledOut(CypherRequest request)
    {
        var text = request.Statement.Text;
        if (request.Parameters.Count != 1 || !text.Contains(RowsParameter, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Statement {request.Statement.Name} does not take a single $rows list.");
        }
        return text.Replace(RowsParameter, $"UNWIND {CypherLiteral.Of(request.Parameters["rows"])} AS row", StringComparison.Ordinal);
    }

    /// <summary>A statement on one line: its line breaks are layout, and string literals never hold a raw one.</summary>
    private static async Task WriteStatementAsync(TextWriter script, string statement, CancellationToken cancellationToken)
    {
        var line = string.Join(' ', statement.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        await script.WriteLineAsync((line + ";").AsMemory(), cancellationToken);
    }
}
