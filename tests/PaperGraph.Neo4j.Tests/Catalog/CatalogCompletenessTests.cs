using System.Reflection;
using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Tests.Fakes;
using PaperGraph.Store.Contract;

namespace PaperGraph.Neo4j.Tests.Catalog;

public sealed class CatalogCompletenessTests
{
    private static readonly HashSet<string> CatalogTexts =
        Neo4jStatementCatalog.All().Select(statement => statement.Text).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public async Task Every_statement_the_store_sends_is_in_the_catalog()
    {
        var server = CannedGraphAnswers.Server();
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);
        var paper = PaperRecordBuilder.Paper("Deep Residual Learning").WithDoi("10.1/resnet").Proposes("ResNet")
            .EvaluatedOn("ImageNet-1K", parent: "ImageNet").Reports("ImageNet-1K", "top-1 error", 20.5)
            .Cites(new CitedWork("Gradient-Based Learning", 1998, OpenAlexId: "W2112796928"));

        await EveryStoreMember.ExerciseAsync(store, [paper.Build()], "dataset:imagenet", paper.Id);

        var sent = server.Statements.Select(request => request.Statement!).Distinct().ToList();
        Assert.All(sent, text => Assert.Contains(text, CatalogTexts));
        // The canned answers lead the store down every path, so every catalogued statement was sent.
        Assert.Empty(Neo4jStatementCatalog.All().Where(statement => !sent.Contains(statement.Text)).Select(statement => statement.Name));
    }

    [Fact]
    public void Every_statement_declared_in_the_store_is_in_the_catalog()
    {
        var declared = typeof(Neo4jGraphStore).Assembly.GetTypes()
            .SelectMany(type => type.GetProperties(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(property => property.PropertyType == typeof(CypherStatement))
            .Select(property => (CypherStatement)property.GetValue(null)!)
            .ToList();

        Assert.NotEmpty(declared);
        Assert.All(declared, statement => Assert.Contains(statement.Text, CatalogTexts));
    }

    [Fact]
    public void Every_upsert_statement_is_one_unwind_over_a_parameter()
    {
        Assert.All(PaperWriteStatements.All, statement => Assert.StartsWith("UNWIND $", statement.Text, StringComparison.Ordinal));
    }
}
