using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;
using PaperGraph.Core.Queries;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Cli.Tests.Curation;

/// <summary>The suggested links the graph explorer draws, read by <see cref="SuggestionService"/> from a real SQLite
/// file holding the sample corpus.</summary>
public sealed class SuggestedLinksTests
{
    private const string Cifar10 = "dataset:cifar10";

    [Fact]
    public async Task A_papers_suggested_links_come_with_the_paper_and_entity_at_their_far_ends()
    {
        await using var sample = await CuratedSample.ImportAsync();
        var (paper, similar) = await TwoImageNetPapersAsync(sample);
        await StoreAsync(sample, paper, similar);

        var suggested = await sample.Get<SuggestionService>().GetSuggestedLinksAsync([paper]);

        Assert.Equal([(paper, similar, SuggestionKind.SimilarPaper), (paper, Cifar10, SuggestionKind.MissingLink)],
            suggested.Links.Select(l => (l.Source, l.Target, l.Kind)).OrderBy(l => l.Kind));
        Assert.Equal([(similar, NodeKind.Paper), (Cifar10, NodeKind.Dataset)], suggested.Nodes.Select(n => (n.Id, n.Kind)).OrderBy(n => n.Kind));
        Assert.Equal(RelationType.EvaluatedOn, suggested.Links.Single(l => l.Kind == SuggestionKind.MissingLink).Role);
    }

    [Fact]
    public async Task A_pair_asked_about_from_both_ends_is_one_link_and_brings_no_node()
    {
        await using var sample = await CuratedSample.ImportAsync();
        var (paper, similar) = await TwoImageNetPapersAsync(sample);
        await StoreAsync(sample, paper, similar);

        var suggested = await sample.Get<SuggestionService>().GetSuggestedLinksAsync([similar, paper, Cifar10]);

        Assert.Equal(2, suggested.Links.Count);
        Assert.Empty(suggested.Nodes);
    }

    private static async Task<(string Paper, string Similar)> TwoImageNetPapersAsync(CuratedSample sample)
    {
        var papers = (await sample.Store.GetEntityAsync("dataset:imagenet", 2))!.Papers;
        return (papers[0].Paper.Id, papers[1].Paper.Id);
    }

    private static async Task StoreAsync(CuratedSample sample, string paper, string similar)
    {
        var store = (ISuggestionStore)sample.Store;
        await store.ReplaceSuggestionsAsync(SuggestionKind.SimilarPaper,
            [new Suggestion(SuggestionKind.SimilarPaper, paper, similar, 0.8, ["residual"])]);
        await store.ReplaceSuggestionsAsync(SuggestionKind.MissingLink,
            [new Suggestion(SuggestionKind.MissingLink, paper, Cifar10, 0.7, ["similar papers"], RelationType.EvaluatedOn)]);
    }
}
