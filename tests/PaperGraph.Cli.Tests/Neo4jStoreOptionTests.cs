using System.Net;
using System.Net.Sockets;

namespace PaperGraph.Cli.Tests;

/// <summary><c>--store neo4j</c> through the real entry point, with an environment of the test's own.</summary>
public sealed class Neo4jStoreOptionTests
{
    private static readonly Dictionary<string, string> NoVariables = [];

    [Fact]
    public async Task Store_neo4j_without_an_address_exits_2_naming_neo4j_uri()
    {
        var result = await Cli.RunInEnvironmentAsync(NoVariables, "stats", "--store", "neo4j");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--neo4j-uri", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_store_exits_2()
    {
        var result = await Cli.RunInEnvironmentAsync(NoVariables, "query", "search", "bert", "--store", "mongo");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("mongo", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PAPERGRAPH_STORE_neo4j_is_honoured_by_a_query()
    {
        var result = await Cli.RunInEnvironmentAsync(new() { ["PAPERGRAPH_STORE"] = "neo4j" }, "stats");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("NEO4J_URI", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_against_a_closed_port_fails_with_a_one_line_connection_error_and_no_password()
    {
        var address = $"http://127.0.0.1:{ClosedPort()}";

        var result = await Cli.RunInEnvironmentAsync(new() { ["NEO4J_PASSWORD"] = "env-secret" },
            "query", "reports-on", "ImageNet", "--store", "neo4j", "--neo4j-uri", address, "--neo4j-user", "neo4j");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("cannot reach the Neo4j server", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(" at PaperGraph", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("env-secret", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_explains_the_store_options_and_their_variables()
    {
        var result = await Cli.RunInEnvironmentAsync(NoVariables, "stats", "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var text in new[] { "--store", "--neo4j-uri", "--neo4j-password", "$NEO4J_PASSWORD", "$PAPERGRAPH_STORE", "--neo4j-token" })
        {
            Assert.Contains(text, result.Stdout, StringComparison.Ordinal);
        }
    }

    /// <summary>A port nothing listens on: one the system just handed out and was released again.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
