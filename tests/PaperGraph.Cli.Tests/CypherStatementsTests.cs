using PaperGraph.Neo4j;

namespace PaperGraph.Cli.Tests;

public sealed class CypherStatementsTests
{
    [Fact]
    public async Task Cypher_statements_prints_every_statement_of_the_Neo4j_store_with_sample_parameters()
    {
        var result = await Cli.RunAsync("cypher-statements");

        Assert.True(result.ExitCode == 0, result.ToString());
        var statements = result.Json().EnumerateArray().ToList();
        Assert.Equal(Neo4jStatementCatalog.All().Count, statements.Count);
        Assert.All(statements, s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("statement").GetString())));
        Assert.All(statements, s => Assert.Equal(System.Text.Json.JsonValueKind.Object, s.GetProperty("parameters").ValueKind));
    }
}
