using System.CommandLine;
using PaperGraph.Core.Graph;
using PaperGraph.Neo4j;

namespace PaperGraph.Cli.Stores;

/// <summary>The global options that choose the graph store (<c>--db</c>, <c>--store</c>, <c>--neo4j-*</c>), accepted
/// before or after the command. None has a default in the parser: each falls back to its environment variable in
/// <see cref="Resolve"/>, so that help never shows a password taken from the environment.</summary>
internal sealed class StoreOptions
{
    public const string DatabaseVariable = "PAPERGRAPH_DB";
    public const string StoreVariable = "PAPERGRAPH_STORE";
    public const string UriVariable = "NEO4J_URI";
    public const string UserVariable = "NEO4J_USER";
    public const string PasswordVariable = "NEO4J_PASSWORD";
    public const string DatabaseNameVariable = "NEO4J_DATABASE";
    public const string TokenVariable = "NEO4J_TOKEN";
    public const string DefaultDatabasePath = "data/papergraph.db";

    private const string AddressExample = "http://localhost:7474 or https://xxxx.databases.neo4j.io";

    public Option<string?> Database { get; } = Global("--db", "FILE",
        $"SQLite database file (--store sqlite) [default: ${DatabaseVariable}, else {DefaultDatabasePath}]");

    public Option<string?> Store { get; } = StoreOption();

    public Option<string?> Neo4jUri { get; } = Global("--neo4j-uri", "URI",
        $"Neo4j server's HTTP address, e.g. {AddressExample} [default: ${UriVariable}]");

    public Option<string?> Neo4jUser { get; } = Global("--neo4j-user", "USER", $"Neo4j user [default: ${UserVariable}]");

    public Option<string?> Neo4jPassword { get; } = Global("--neo4j-password", "PASSWORD", $"Neo4j password [default: ${PasswordVariable}]");

    public Option<string?> Neo4jDatabase { get; } = Global("--neo4j-database", "NAME",
        $"Neo4j database [default: ${DatabaseNameVariable}, else {new Neo4jStoreOptions().Database}]");

    public Option<string?> Neo4jToken { get; } = Global("--neo4j-token", "TOKEN",
        $"Neo4j bearer token (SSO), used instead of user and password [default: ${TokenVariable}]");

    public IReadOnlyList<Option> All => [Database, Store, Neo4jUri, Neo4jUser, Neo4jPassword, Neo4jDatabase, Neo4jToken];

    /// <summary>The store the parsed command line asks for; an option given wins over its environment variable.</summary>
    /// <param name="environment">Reads an environment variable (injected so tests need not change the process's).</param>
    /// <exception cref="CliUsageException">The store is unknown, or Neo4j lacks its address or credentials.</exception>
    public StoreSelection Resolve(ParseResult parse, Func<string, string?> environment)
    {
        var storeName = Value(parse, Store, StoreVariable, environment);
        var kind = storeName is null
            ? GraphStoreKind.Sqlite
            : GraphStoreNames.Parse(storeName)
              ?? throw new CliUsageException($"${StoreVariable} must be {string.Join(" or ", GraphStoreNames.All)}, not '{storeName}'");
        return kind switch
        {
            GraphStoreKind.Neo4j => ResolveNeo4j(parse, environment),
            _ => ResolveSqlite(parse, environment),
        };
    }

    /// <summary>The SQLite file whatever <c>--store</c> says: the source of <c>export</c> and <c>sync</c>.</summary>
    public SqliteStoreSelection ResolveSqlite(ParseResult parse, Func<string, string?> environment) =>
        new(Value(parse, Database, DatabaseVariable, environment) ?? DefaultDatabasePath);

    /// <summary>The Neo4j server whatever <c>--store</c> says: the target of <c>sync --to neo4j</c>.</summary>
    /// <exception cref="CliUsageException">The address is missing or not HTTP(S), or a password has no user.</exception>
    public Neo4jStoreSelection ResolveNeo4j(ParseResult parse, Func<string, string?> environment)
    {
        var address = Value(parse, Neo4jUri, UriVariable, environment)
            ?? throw new CliUsageException(
                $"--store neo4j needs the server's address: pass --neo4j-uri URI or set ${UriVariable} (e.g. {AddressExample})");
        // The value is not echoed: an address may carry a user and password.
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || !Neo4jStoreOptions.IsServerAddress(uri))
        {
            throw new CliUsageException(
                $"--neo4j-uri (or ${UriVariable}) must be the server's HTTP(S) address, e.g. {AddressExample}; " +
                "PaperGraph speaks Neo4j's HTTP Query API, not Bolt");
        }
        var user = Value(parse, Neo4jUser, UserVariable, environment);
        var password = Value(parse, Neo4jPassword, PasswordVariable, environment);
        var token = Value(parse, Neo4jToken, TokenVariable, environment);
        if (password is not null && user is null && token is null)
        {
            throw new CliUsageException($"a Neo4j password needs a user: pass --neo4j-user USER or set ${UserVariable}");
        }
        var database = Value(parse, Neo4jDatabase, DatabaseNameVariable, environment) ?? new Neo4jStoreOptions().Database;
        return new Neo4jStoreSelection(uri, database, user, password, token);
    }

    private static string? Value(ParseResult parse, Option<string?> option, string variable, Func<string, string?> environment) =>
        parse.GetValue(option) is { Length: > 0 } given ? given
        : environment(variable) is { Length: > 0 } inherited ? inherited
        : null;

    private static Option<string?> StoreOption()
    {
        var option = Global("--store", "STORE",
            $"Graph store: {GraphStoreNames.Sqlite} (the --db file) or {GraphStoreNames.Neo4j} (a server, see --neo4j-uri) " +
            $"[default: ${StoreVariable}, else {GraphStoreNames.Sqlite}]");
        option.AcceptOnlyFromAmong([.. GraphStoreNames.All]);
        return option;
    }

    private static Option<string?> Global(string name, string helpName, string description) => new(name)
    {
        Description = description,
        HelpName = helpName,
        Recursive = true,
    };
}
