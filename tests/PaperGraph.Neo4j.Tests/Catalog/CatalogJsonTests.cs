using System.Text.Json;

namespace PaperGraph.Neo4j.Tests.Catalog;

public sealed class CatalogJsonTests
{
    /// <summary>Also leaves the file beside the test assembly, where the linter can read it
    /// (<c>node tools/cypher-lint/lint.mjs cypher-catalog.json</c>).</summary>
    [Fact]
    public void Catalog_json_lists_every_statement_with_its_text_and_parameters()
    {
        var json = Neo4jStatementCatalog.ToJson();
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "cypher-catalog.json"), json);

        using var document = JsonDocument.Parse(json);
        var items = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(Neo4jStatementCatalog.All().Count, items.Count);
        Assert.All(items, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("statement").GetString()));
            Assert.Equal(JsonValueKind.Object, item.GetProperty("parameters").ValueKind);
        });
    }

    [Fact]
    public void Catalog_names_are_unique()
    {
        var names = Neo4jStatementCatalog.All().Select(statement => statement.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
