using System.CommandLine;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Core.Queries;
using Spectre.Console;

namespace PaperGraph.Cli.Commands.Query;

/// <summary><c>papergraph query search TEXT... [--kind K] [--limit N] [--json]</c>.</summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var text = new Argument<string[]>("TEXT") { Description = "Words to find (plain words, not query syntax)", Arity = ArgumentArity.OneOrMore };
        var kinds = new Option<NodeKind[]>("--kind", "-k")
        {
            Description = "Only these kinds: Paper, Method, Dataset, Metric, Task (repeatable) [default: all]",
            HelpName = "KIND",
            AllowMultipleArgumentsPerToken = true,
        };
        var limit = CommonOptions.Limit(20, "Most hits shown");
        var command = new Command("search", "Full-text search over paper titles, abstracts and entity names, best match first.")
        {
            text, kinds, limit,
        };
        command.SetQueryAction(context,
            async (parse, queries, ct) =>
            {
                var kindSet = parse.GetValue(kinds) is { Length: > 0 } k ? new HashSet<NodeKind>(k) : null;
                var query = new SearchQuery(string.Join(' ', parse.GetValue(text)!), kindSet, parse.GetValue(limit), Prefix: false);
                return await queries.Get<SearchService>().SearchAsync(query, ct);
            },
            Render,
            _ => "no matches");
        return command;
    }

    private static void Render(IAnsiConsole console, IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0)
        {
            console.WriteLine("No matches.");
            return;
        }
        var table = new Table().AddColumns("Kind", "Name or title", "Snippet");
        foreach (var hit in hits)
        {
            table.AddTextRow(hit.Kind.ToString(), hit.Label, hit.Snippet);
        }
        console.Write(table);
    }
}
