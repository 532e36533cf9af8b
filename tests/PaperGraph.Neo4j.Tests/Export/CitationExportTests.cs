using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Export;
using PaperGraph.Store.Contract;

namespace PaperGraph.Neo4j.Tests.Export;

/// <summary>The exports to Neo4j (<c>papergraph export --neo4j-csv</c> for neo4j-admin, <c>--cypher</c> for cypher-shell)
/// carry the citation graph: stub nodes labelled Stub, CITES relationships and the match keys.</summary>
public sealed class CitationExportTests : IDisposable
{
    private static readonly CitedWork Outside = new("Gradient-Based Learning", 1998, OpenAlexId: "W2112796928");
    private readonly string _directory = Directory.CreateTempSubdirectory("papergraph-admin-csv-").FullName;

    private static readonly PaperRecordBuilder Cited = PaperRecordBuilder.Paper("Paper B").WithDoi("10.1/b");

    /// <summary>As a store reads them back: both papers cite the same stub, A cites B too.</summary>
    private static IEnumerable<PaperRecord> Records()
    {
        var stub = Outside.ToStub();
        var b = Cited.Build().Paper;
        yield return PaperRecordBuilder.Paper("Paper A").Build() with { Citations = new PaperCitations([stub, b], []) };
        yield return Cited.Build() with { Citations = new PaperCitations([stub], []) };
    }

    private async Task<AdminImportFiles> ExportAsync() =>
        await new Neo4jAdminCsvWriter(papersPerPage: 1).WriteAsync(Records().ToAsyncEnumerable(), _directory, null, CancellationToken.None);

    [Fact]
    public async Task Cites_relationships_are_written_once_per_edge()
    {
        var files = await ExportAsync();

        var cites = files.Files.Single(f => Path.GetFileName(f.DataPath) == "cites.csv");
        Assert.Equal(AdminFileKind.Relationships, cites.Kind);
        Assert.Equal(3, cites.Rows);
        Assert.Equal(":START_ID(Paper),:END_ID(Paper),:TYPE", File.ReadAllText(cites.HeaderPath).Trim());
        Assert.Contains($"\"{Cited.Id}\",\"{Outside.ToStub().Id}\",\"CITES\"", File.ReadAllLines(cites.DataPath));
    }

    [Fact]
    public async Task A_stub_cited_twice_is_one_node_labelled_stub()
    {
        var files = await ExportAsync();

        var papers = files.Files.Single(f => Path.GetFileName(f.DataPath) == "papers.csv");
        var stubLines = File.ReadAllLines(papers.DataPath).Where(line => line.StartsWith($"\"{Outside.ToStub().Id}\"", StringComparison.Ordinal)).ToList();
        Assert.Contains("\"Paper\u001FStub\"", Assert.Single(stubLines));
        Assert.Equal(3, papers.Rows);
        Assert.Contains("openAlexId", File.ReadAllText(papers.HeaderPath));
    }

    [Fact]
    public async Task Every_match_key_is_one_paper_key_node()
    {
        var files = await ExportAsync();

        var keys = files.Files.Single(f => Path.GetFileName(f.DataPath) == "paper-keys.csv");
        var lines = File.ReadAllLines(keys.DataPath);
        Assert.Contains($"\"openalex:W2112796928\",\"PaperKey\",\"{Outside.ToStub().Id}\"", lines);
        Assert.Contains($"\"doi:10.1/b\",\"PaperKey\",\"{Cited.Id}\"", lines);
        Assert.Equal(lines.Length, lines.Distinct().Count());
        Assert.Contains("--nodes=" + keys.HeaderPath, files.ImportCommand());
    }

    [Fact]
    public async Task The_cypher_script_writes_stubs_keys_and_cites_after_the_papers()
    {
        await using var script = new StringWriter();

        await new CypherScriptWriter().WriteAsync(Records().ToAsyncEnumerable(), script, null, CancellationToken.None);

        var text = script.ToString();
        var papers = text.IndexOf("MERGE (p:Paper {id: row.id})", StringComparison.Ordinal);
        var stubs = text.IndexOf("ON CREATE SET p:Stub", StringComparison.Ordinal);
        var cites = text.IndexOf("MERGE (source)-[:CITES]->(target)", StringComparison.Ordinal);
        Assert.True(papers >= 0 && papers < stubs && stubs < cites, $"papers at {papers}, stubs at {stubs}, cites at {cites}");
        Assert.Contains("MERGE (k:PaperKey {key: key})", text);
        Assert.Contains("W2112796928", text[stubs..]);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
