using System.CommandLine;

namespace PaperGraph.Cli;

/// <summary>What every command needs: the console and the global <c>--db</c> option.</summary>
internal sealed record CliContext(CliConsole Console, Option<string> Database)
{
    public string DatabasePath(ParseResult parse) => parse.GetValue(Database)!;
}
