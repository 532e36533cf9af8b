using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Graph;
using PaperGraph.Neo4j;
using PaperGraph.Sqlite;

namespace PaperGraph.Web.Tests.Hosting;

public sealed class StoreConfigurationTests
{
    [Fact]
    public void Store_neo4j_resolves_the_graph_store_to_Neo4j()
    {
        using var app = new ConfiguredStoreApp(new Dictionary<string, string>
        {
            ["PaperGraph:Store"] = "neo4j",
            ["PaperGraph:Neo4j:Uri"] = "http://127.0.0.1:7474",
            ["PaperGraph:Neo4j:User"] = "neo4j",
            ["PaperGraph:Neo4j:Password"] = "secret",
        });

        Assert.IsType<Neo4jGraphStore>(app.Services.GetRequiredService<IGraphStore>());
    }

    [Fact]
    public void The_Neo4j_Token_setting_becomes_the_bearer_token()
    {
        using var app = new ConfiguredStoreApp(new Dictionary<string, string>
        {
            ["PaperGraph:Store"] = "neo4j",
            ["PaperGraph:Neo4j:Uri"] = "https://abcd.databases.neo4j.io",
            ["PaperGraph:Neo4j:Token"] = "sso-token",
        });

        Assert.Equal("sso-token", app.Services.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value.BearerToken);
    }

    [Fact]
    public void Without_a_store_setting_the_graph_store_is_SQLite()
    {
        using var app = new ConfiguredStoreApp(new Dictionary<string, string>());

        Assert.IsType<SqliteGraphStore>(app.Services.GetRequiredService<IGraphStore>());
    }

    [Fact]
    public void Store_neo4j_without_an_address_fails_at_start_naming_the_setting()
    {
        using var app = new ConfiguredStoreApp(new Dictionary<string, string> { ["PaperGraph:Store"] = "neo4j" });

        var error = Record.Exception(() => app.Services);

        Assert.NotNull(error);
        Assert.Contains("PaperGraph:Neo4j:Uri", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_store_fails_at_start_naming_the_setting()
    {
        using var app = new ConfiguredStoreApp(new Dictionary<string, string> { ["PaperGraph:Store"] = "mongo" });

        var error = Record.Exception(() => app.Services);

        Assert.NotNull(error);
        Assert.Contains("PaperGraph:Store", error.ToString(), StringComparison.Ordinal);
    }
}
