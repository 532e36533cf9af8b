using System.CommandLine;
using PaperGraph.Cli.Stores;

namespace PaperGraph.Cli;

/// <summary>What every command needs: the console and the global options that choose the store.</summary>
internal sealed record CliContext(CliConsole Console, StoreOptions StoreOptions)
{
    public StoreSelection Store(ParseResult parse) => StoreOptions.Resolve(parse, Environment.GetEnvironmentVariable);
}
