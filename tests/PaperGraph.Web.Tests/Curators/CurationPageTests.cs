using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Suggestions;
using PaperGraph.Web.Services;
using PaperGraph.Web.Tests.Api;

namespace PaperGraph.Web.Tests.Curators;

/// <summary>The curation page and the paper page's similar papers as the server prerenders them, over suggestions
/// stored in the real store.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class CurationPageTests(SeededApp app) : IAsyncLifetime
{
    private readonly CuratorBrowser _browser = new(app);

    private ISuggestionStore Suggestions => app.Services.GetRequiredService<ISuggestionStore>();

    public async Task InitializeAsync()
    {
        await CuratorBrowser.EnsureCuratorAsync(app, "ada");
        await Suggestions.ReplaceSuggestionsAsync(SuggestionKind.MergeCandidate,
            [new Suggestion(SuggestionKind.MergeCandidate, "dataset:cifar10", "dataset:cifar100", 0.9, ["same fingerprint but digits"])]);
    }

    public async Task DisposeAsync()
    {
        await Suggestions.ReplaceSuggestionsAsync(SuggestionKind.MergeCandidate, []);
        await Suggestions.ReplaceSuggestionsAsync(SuggestionKind.SimilarPaper, []);
    }

    private async Task<IHtmlDocument> PageAsync(string url) => new HtmlParser().ParseDocument(await _browser.Client.GetStringAsync(url));

    [Fact]
    public async Task A_merge_cluster_shows_its_names_paper_counts_and_example_sentences()
    {
        var page = await PageAsync("/curation");

        var members = page.QuerySelectorAll("[data-testid=cluster-member]");
        Assert.Equal(["dataset:cifar10", "dataset:cifar100"], members.Select(m => m.GetAttribute("data-key")).Order());
        Assert.All(members, m => Assert.NotEmpty(m.QuerySelectorAll(".example-sentence")));
        Assert.All(members, m => Assert.True(int.Parse(m.Children[3].TextContent) > 0));
    }

    [Fact]
    public async Task Readers_see_the_queue_without_action_buttons()
    {
        var page = await PageAsync("/curation");

        Assert.NotNull(page.QuerySelector("[data-testid=curation-read-only]"));
        Assert.NotNull(page.QuerySelector("[data-testid=merge-cluster]"));
        Assert.Null(page.QuerySelector("[data-testid=merge-selected]"));
        Assert.Null(page.QuerySelector("[data-testid=merge-by-name]"));
    }

    [Fact]
    public async Task Curators_see_the_action_buttons()
    {
        await _browser.SignInAsync("ada");

        var page = await PageAsync("/curation");

        Assert.Null(page.QuerySelector("[data-testid=curation-read-only]"));
        Assert.NotNull(page.QuerySelector("[data-testid=merge-selected]"));
        Assert.NotNull(page.QuerySelector("[data-testid=merge-by-name]"));
    }

    [Fact]
    public async Task A_paper_page_lists_similar_papers_among_related_ones_with_the_terms_they_share()
    {
        var entity = await app.Services.GetRequiredService<IGraphStore>().GetEntityAsync("dataset:cifar10", 2);
        var (first, second) = (entity!.Papers[0].Paper, entity.Papers[1].Paper);
        await Suggestions.ReplaceSuggestionsAsync(SuggestionKind.SimilarPaper,
            [new Suggestion(SuggestionKind.SimilarPaper, first.Id, second.Id, 0.42, ["cifar", "augmentation"])]);

        var page = await PageAsync(NodeLinks.Paper(first.Id));

        var similar = Assert.Single(page.QuerySelectorAll("[data-testid=related-paper]"), item => item.TextContent.Contains(second.Title));
        Assert.Contains("similar text (0.42): shared terms cifar, augmentation", similar.QuerySelector("[data-testid=related-reasons]")!.TextContent);
        Assert.Equal(["cifar", "augmentation"], similar.QuerySelectorAll("[data-testid=shared-term]").Select(t => t.TextContent.Trim()));
    }
}
