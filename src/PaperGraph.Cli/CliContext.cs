using System.CommandLine;
using PaperGraph.Cli.Stores;

namespace PaperGraph.Cli;

/// <summary>What every command needs: the console, and the global options and environment that choose the store.</summary>
internal sealed record CliContext(CliConsole Console, StoreOptions StoreOptions, Func<string, string?> Environment)
{
    public StoreSelection Store(ParseResult parse) => StoreOptions.Resolve(parse, Environment);

    public SqliteStoreSelection Sqlite(ParseResult parse) => StoreOptions.ResolveSqlite(parse, Environment);

    public Neo4jStoreSelection Neo4j(ParseResult parse) => StoreOptions.ResolveNeo4j(parse, Environment);
}
