using PaperGraph.Neo4j;

namespace PaperGraph.Cli.Stores;

/// <summary>The graph store a command runs against, resolved from the global options and the environment
/// (<see cref="StoreOptions.Resolve"/>).</summary>
internal abstract record StoreSelection;

/// <summary>An embedded SQLite file.</summary>
internal sealed record SqliteStoreSelection(string DatabasePath) : StoreSelection;

/// <summary>A Neo4j server. <see cref="ToString"/> leaves the credentials out, so a selection can be printed.</summary>
internal sealed record Neo4jStoreSelection(Uri Uri, string Database, string? User, string? Password, string? Token) : StoreSelection
{
    public void Configure(Neo4jStoreOptions options)
    {
        options.Uri = Uri;
        options.Database = Database;
        options.User = User;
        options.Password = Password;
        options.BearerToken = Token;
    }

    public override string ToString() => $"Neo4j database {Database} at {Neo4jStoreOptions.PrintableAddress(Uri)}";
}
