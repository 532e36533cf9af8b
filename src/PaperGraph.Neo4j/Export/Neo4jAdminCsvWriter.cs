using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Writing;

namespace PaperGraph.Neo4j.Export;

/// <summary>Writes the graph as node and relationship CSV files for <c>neo4j-admin database import full</c>, in the
/// model <see cref="Neo4jGraphStore"/> writes and reads. Papers and their relationships are written as each page of
/// records is read; entities and their names (bounded by the vocabulary, not the corpus) are written at the end.</summary>
public sealed class Neo4jAdminCsvWriter(int papersPerPage = 1000)
{
    private static readonly string[] PaperColumns =
    [
        "id:ID(Paper)", ":LABEL", "title", "abstract", "doi", "arxivId", "year:int", "authors:string[]", "venue", "url",
        "openAlexId", "s2Id", "entityCount:int", "mentionKeys:string[]", "mentionStarts:int[]", "mentionEnds:int[]",
    ];

    private static readonly string[] StubLabels = ["Paper", "Stub"];

    private static readonly string[] PaperKeyColumns = ["key:ID(PaperKey)", ":LABEL", "paperId"];

    private static readonly string[] CitesColumns = [":START_ID(Paper)", ":END_ID(Paper)", ":TYPE"];

    private static readonly string[] EntityColumns = ["key:ID(Entity)", ":LABEL", "type", "name", "names:string[]", "nameText", "paperCount:int"];

    private static readonly string[] EntityNameColumns = ["folded:ID(EntityName)", ":LABEL"];

    private static readonly string[] StoreStateColumns = ["id:ID(StoreState)", ":LABEL", "version:long"];

    private static readonly string[] RoleColumns = [":START_ID(Paper)", ":END_ID(Entity)", ":TYPE"];

    private static readonly string[] ReportColumns =
    [
        ":START_ID(Paper)", ":END_ID(Entity)", ":TYPE", "metric", "metricKey", "value:double", "unit", "lowerIsBetter:boolean",
        "score:double", "qualifier", "condition", "setting", "isCost:boolean", "sentenceStart:int", "sentenceEnd:int",
        "spanStart:int", "spanEnd:int", "ordinal:int", "valueText",
    ];

    private static readonly string[] NameColumns = [":START_ID(EntityName)", ":END_ID(Entity)", ":TYPE"];

    private static readonly string[] VariantColumns = [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"];

    public async Task<AdminImportFiles> WriteAsync(IAsyncEnumerable<PaperRecord> records, string directory, Action<int>? progress,
        CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var entities = new EntityTable();
        var papers = 0;
        await using var paperFile = await AdminCsvFile.CreateAsync(directory, "papers", AdminFileKind.Nodes, PaperColumns, cancellationToken);
        await using var roleFile = await AdminCsvFile.CreateAsync(directory, "roles", AdminFileKind.Relationships, RoleColumns, cancellationToken);
        await using var reportFile = await AdminCsvFile.CreateAsync(directory, "reports", AdminFileKind.Relationships, ReportColumns, cancellationToken);
        await using var keyFile = await AdminCsvFile.CreateAsync(directory, "paper-keys", AdminFileKind.Nodes, PaperKeyColumns, cancellationToken);
        await using var citesFile = await AdminCsvFile.CreateAsync(directory, "cites", AdminFileKind.Relationships, CitesColumns, cancellationToken);
        // A stub is cited by many papers and a key may come with several records: each node is written once.
        var stubs = new HashSet<string>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var page in records.Chunk(Math.Max(1, papersPerPage)).WithCancellation(cancellationToken))
        {
            var plan = UpsertPlan.For(page);
            entities.Absorb(plan);
            await WriteAllAsync(paperFile, plan.PaperRows.Select(row => With(row, (":LABEL", "Paper"))), cancellationToken);
            await WriteAllAsync(roleFile, plan.RoleRows.Select(row =>
                ParameterRow.Of((":START_ID", row["paper"]), (":END_ID", row["entity"]), (":TYPE", row["role"]))), cancellationToken);
            await WriteAllAsync(reportFile, plan.ResultRows.Select(row => With((Dictionary<string, object?>)row["result"]!,
                (":START_ID", row["paper"]), (":END_ID", row["dataset"]), (":TYPE", GraphNames.TypeOf(RelationType.Reports)))), cancellationToken);
            await WriteAllAsync(paperFile, page.SelectMany(StubsOf).Where(stub => stubs.Add(stub.Id)).Select(StubRow), cancellationToken);
            await WriteAllAsync(keyFile, plan.KeyRows.SelectMany(row => ((IEnumerable<string>)row["keys"]!).Select(key => (Key: key, PaperId: row["id"])))
                .Where(pair => keys.Add(pair.Key))
                .Select(pair => ParameterRow.Of(("key", pair.Key), (":LABEL", "PaperKey"), ("paperId", pair.PaperId))), cancellationToken);
            await WriteAllAsync(citesFile, plan.CitesRows.Select(row =>
                ParameterRow.Of((":START_ID", row["source"]), (":END_ID", row["target"]), (":TYPE", GraphNames.TypeOf(RelationType.Cites)))), cancellationToken);
            papers += page.Length;
            progress?.Invoke(papers);
        }
        AdminImportFile[] files =
        [
            paperFile.Written,
            keyFile.Written,
            await WriteFileAsync(directory, "entities", AdminFileKind.Nodes, EntityColumns, entities.EntityRows, cancellationToken),
            await WriteFileAsync(directory, "entity-names", AdminFileKind.Nodes, EntityNameColumns, entities.EntityNameRows, cancellationToken),
            await WriteFileAsync(directory, "store-state", AdminFileKind.Nodes, StoreStateColumns,
                [ParameterRow.Of(("id", "papergraph"), (":LABEL", "StoreState"), ("version", 1L))], cancellationToken),
            roleFile.Written,
            reportFile.Written,
            citesFile.Written,
            await WriteFileAsync(directory, "names", AdminFileKind.Relationships, NameColumns, entities.NameRows, cancellationToken),
            await WriteFileAsync(directory, "variants", AdminFileKind.Relationships, VariantColumns, entities.VariantRows, cancellationToken),
        ];
        var script = Path.Combine(directory, "after-import.cypher");
        await File.WriteAllTextAsync(script, AfterImportScript(), cancellationToken);
        return new AdminImportFiles(files, script, papers);
    }

    /// <summary>What an import leaves to do: the constraints and indexes (<see cref="Neo4jGraphStore.InitializeAsync"/>
    /// creates the same on first use) and the derived BUILDS_ON relations, for cypher-shell.</summary>
    private static string AfterImportScript() =>
        string.Concat(SchemaStatements.All.Select(statement => statement.Text + ";\n")) +
        // CALL { } IN TRANSACTIONS needs an implicit transaction, which cypher-shell runs a statement in after :auto.
        string.Concat(DerivedRelationStatements.All.Select(statement =>
            ":auto " + string.Join(' ', statement.Text.Split('\n', StringSplitOptions.TrimEntries)) + ";\n"));

    private static IEnumerable<Paper> StubsOf(PaperRecord record) =>
        (record.Citations?.References ?? []).Concat(record.Citations?.CitedBy ?? []).Where(work => work.IsStub);

    private static Dictionary<string, object?> StubRow(Paper stub) => ParameterRow.Of(
        ("id", stub.Id), (":LABEL", StubLabels), ("title", stub.Title), ("abstract", ""), ("doi", stub.Doi), ("arxivId", stub.ArxivId),
        ("year", stub.Year), ("openAlexId", stub.OpenAlexId), ("s2Id", stub.SemanticScholarId), ("entityCount", 0));

    private static async Task<AdminImportFile> WriteFileAsync(string directory, string name, AdminFileKind kind, IReadOnlyList<string> columns,
        IEnumerable<Dictionary<string, object?>> rows, CancellationToken cancellationToken)
    {
        await using var file = await AdminCsvFile.CreateAsync(directory, name, kind, columns, cancellationToken);
        await WriteAllAsync(file, rows, cancellationToken);
        return file.Written;
    }

    private static async Task WriteAllAsync(AdminCsvFile file, IEnumerable<Dictionary<string, object?>> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            await file.WriteRowAsync(row, cancellationToken);
        }
    }

    private static Dictionary<string, object?> With(Dictionary<string, object?> row, params (string Name, object? Value)[] fields)
    {
        var copy = new Dictionary<string, object?>(row, StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            copy[name] = value;
        }
        return copy;
    }
}
