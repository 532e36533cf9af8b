using System.CommandLine;
using PaperGraph.Core.Queries;
using PaperGraph.Core.Suggestions;
using PaperGraph.Ml;
using Spectre.Console;

namespace PaperGraph.Cli.Commands.Suggest;

/// <summary><c>papergraph suggest similar|links|merges|refresh [--limit N] [--json]</c>: computes suggestions over the
/// whole store, replaces the stored ones and prints the best.</summary>
internal static class SuggestCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("suggest",
            "Compute suggestions with ML.NET and store them for the web app's pages and curation queue: similar papers, links " +
            "the extractor missed, and entities that are probably one (merge) or a variant of another. Each run replaces the " +
            "stored suggestions of its kinds; a rejected suggestion stays out until its rejection is undone.");
        command.Subcommands.Add(Create(context, "similar", "Papers similar in text (TF-IDF over words and character trigrams of title and abstract), with the terms they share.",
            [SuggestionKind.SimilarPaper], SimilarAsync, RenderSimilar));
        command.Subcommands.Add(Create(context, "links", "EVALUATED_ON datasets and USES methods a paper probably has: from similar papers and names in its abstract.",
            [SuggestionKind.MissingLink], LinksAsync, RenderLinks));
        command.Subcommands.Add(Create(context, "merges", "Entities that are probably one (merge candidates, clustered) and variants of another (ImageNet-1K of ImageNet).",
            [.. SuggestionEngine.MergeKinds], MergesAsync, RenderMerges));
        command.Subcommands.Add(Create(context, "refresh", "Recompute and store every kind of suggestion; prints how many of each were stored.",
            [.. Enum.GetValues<SuggestionKind>()], (_, _, _) => Task.FromResult<object>(new { }), (_, _) => { }));
        return command;
    }

    private static Command Create<T>(
        CliContext context, string name, string description, SuggestionKind[] kinds,
        Func<SuggestionService, int, CancellationToken, Task<T>> best, Action<IAnsiConsole, T> render)
    {
        var json = CommonOptions.Json();
        var limit = CommonOptions.Limit(20, "Most suggestions printed (all are stored)");
        var command = new Command(name, description) { limit, json };
        command.SetGuardedAction(context.Console, async (parse, cancellationToken) =>
        {
            await using var session = await DatabaseSession.OpenExistingAsync(context.Store(parse), cancellationToken);
            var run = await SuggestProgressDisplay.RunAsync(context.Console,
                progress => session.Get<SuggestionEngine>().RefreshAsync(kinds.ToHashSet(), progress, cancellationToken));
            var shown = await best(session.Get<SuggestionService>(), parse.GetValue(limit), cancellationToken);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Console, new { run, suggestions = shown });
            }
            else
            {
                render(context.Console.Stdout, shown);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<IReadOnlyList<SimilarPaperPair>> SimilarAsync(SuggestionService suggestions, int limit, CancellationToken cancellationToken) =>
        (await suggestions.GetSimilarPairsAsync(0, limit, cancellationToken)).Items;

    private static async Task<IReadOnlyList<LinkSuggestion>> LinksAsync(SuggestionService suggestions, int limit, CancellationToken cancellationToken) =>
        (await suggestions.GetLinkSuggestionsAsync(0, limit, cancellationToken: cancellationToken)).Items;

    private static async Task<MergeSuggestions> MergesAsync(SuggestionService suggestions, int limit, CancellationToken cancellationToken) =>
        new((await suggestions.GetMergeClustersAsync(0, limit, cancellationToken: cancellationToken)).Items,
            (await suggestions.GetVariantSuggestionsAsync(0, limit, cancellationToken: cancellationToken)).Items);

    private static void RenderSimilar(IAnsiConsole console, IReadOnlyList<SimilarPaperPair> pairs)
    {
        var table = new Table().AddColumns("Score", "Paper", "Similar paper", "Shared terms");
        foreach (var pair in pairs)
        {
            table.AddTextRow(Score(pair.Similar.Score), TableText.TitleWithYear(pair.Paper), TableText.TitleWithYear(pair.Similar.Paper),
                TableText.Join(pair.Similar.SharedTerms));
        }
        console.Write(table);
    }

    private static void RenderLinks(IAnsiConsole console, IReadOnlyList<LinkSuggestion> links)
    {
        var table = new Table().AddColumns("Score", "Paper", "Relation", "Entity", "Why");
        foreach (var link in links)
        {
            table.AddTextRow(Score(link.Score), TableText.TitleWithYear(link.Paper), link.Role.ToString(), link.Entity.Name, TableText.Join(link.Reasons));
        }
        console.Write(table);
    }

    private static void RenderMerges(IAnsiConsole console, MergeSuggestions merges)
    {
        var clusters = new Table().AddColumns("Score", "Type", "Names (papers)", "Why");
        foreach (var cluster in merges.Clusters)
        {
            clusters.AddTextRow(Score(cluster.Score), cluster.Type.ToString(),
                TableText.Join(cluster.Members.Select(member => $"{member.Entity.Name} ({member.PaperCount})")),
                TableText.Join(cluster.Pairs[0].Reasons));
        }
        console.Write(clusters);
        var variants = new Table().AddColumns("Score", "Variant", "Of", "Why");
        foreach (var variant in merges.Variants)
        {
            variants.AddTextRow(Score(variant.Score), variant.Variant.Name, variant.Parent.Name, TableText.Join(variant.Reasons));
        }
        console.Write(variants);
    }

    private static string Score(double score) => score.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What <c>suggest merges</c> prints: the best clusters and variant suggestions.</summary>
    private sealed record MergeSuggestions(IReadOnlyList<MergeCluster> Clusters, IReadOnlyList<VariantSuggestion> Variants);
}
