using System.CommandLine;
using PaperGraph.Cli.Stores;

namespace PaperGraph.Cli.Tests;

/// <summary>How the global options and the environment choose the store, without touching the process's environment.</summary>
public sealed class StoreSelectionTests
{
    private const string Server = "http://localhost:7474";

    [Fact]
    public void Without_options_or_variables_the_store_is_the_sqlite_file()
    {
        var selection = Resolve([], []);

        Assert.Equal(new SqliteStoreSelection("data/papergraph.db"), selection);
    }

    [Fact]
    public void PAPERGRAPH_STORE_neo4j_selects_the_server_named_by_the_variables()
    {
        var selection = Resolve([], new()
        {
            ["PAPERGRAPH_STORE"] = "neo4j",
            ["NEO4J_URI"] = Server,
            ["NEO4J_USER"] = "neo4j",
            ["NEO4J_PASSWORD"] = "secret",
            ["NEO4J_DATABASE"] = "papers",
        });

        Assert.Equal(new Neo4jStoreSelection(new Uri(Server), "papers", "neo4j", "secret", null), selection);
    }

    [Fact]
    public void Options_win_over_their_variables()
    {
        var selection = Resolve(
            ["--store", "neo4j", "--neo4j-uri", "https://abcd.databases.neo4j.io", "--neo4j-token", "from-option"],
            new() { ["PAPERGRAPH_STORE"] = "sqlite", ["NEO4J_URI"] = Server, ["NEO4J_TOKEN"] = "from-variable" });

        var neo4j = Assert.IsType<Neo4jStoreSelection>(selection);
        Assert.Equal(new Uri("https://abcd.databases.neo4j.io"), neo4j.Uri);
        Assert.Equal("from-option", neo4j.Token);
    }

    [Fact]
    public void The_neo4j_database_defaults_to_neo4j()
    {
        var selection = Resolve(["--store", "neo4j", "--neo4j-uri", Server], []);

        Assert.Equal("neo4j", Assert.IsType<Neo4jStoreSelection>(selection).Database);
    }

    [Fact]
    public void An_unknown_PAPERGRAPH_STORE_is_a_usage_error_naming_the_stores()
    {
        var error = Assert.Throws<CliUsageException>(() => Resolve([], new() { ["PAPERGRAPH_STORE"] = "mongo" }));

        Assert.Contains("sqlite or neo4j", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Neo4j_without_an_address_is_a_usage_error_naming_the_option_and_variable()
    {
        var error = Assert.Throws<CliUsageException>(() => Resolve(["--store", "neo4j"], []));

        Assert.Contains("--neo4j-uri", error.Message, StringComparison.Ordinal);
        Assert.Contains("NEO4J_URI", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost:7474")]
    [InlineData("neo4j://localhost:7687")]
    [InlineData("not an address")]
    public void A_neo4j_address_that_is_not_http_is_a_usage_error(string address)
    {
        Assert.Throws<CliUsageException>(() => Resolve(["--store", "neo4j", "--neo4j-uri", address], []));
    }

    [Fact]
    public void A_neo4j_password_without_a_user_is_a_usage_error()
    {
        Assert.Throws<CliUsageException>(() => Resolve(["--store", "neo4j", "--neo4j-uri", Server, "--neo4j-password", "secret"], []));
    }

    [Fact]
    public void A_printed_neo4j_selection_shows_no_credentials()
    {
        var selection = new Neo4jStoreSelection(new Uri("http://someone:uri-secret@localhost:7474"), "neo4j", "neo4j", "secret", "token");

        var text = selection.ToString();

        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("token", text, StringComparison.Ordinal);
        Assert.Contains("localhost:7474", text, StringComparison.Ordinal);
    }

    private static StoreSelection Resolve(string[] args, Dictionary<string, string> environment)
    {
        var options = new StoreOptions();
        var root = new RootCommand();
        foreach (var option in options.All)
        {
            root.Options.Add(option);
        }
        var parse = root.Parse(args);
        Assert.Empty(parse.Errors);
        return options.Resolve(parse, name => environment.GetValueOrDefault(name));
    }
}
