using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;
using PaperGraph.Core.Queries.Citations;
using PaperGraph.Core.Suggestions;
using PaperGraph.Store.Contract;

namespace PaperGraph.Core.Tests.Queries.Citations;

public sealed class RelatedPaperServiceTests : IAsyncDisposable
{
    private static readonly CitedWork Lenet = new("Gradient-Based Learning Applied to Document Recognition", 1998);
    private static readonly CitedWork Alexnet = new("ImageNet Classification with Deep Convolutional Neural Networks", 2012);

    private readonly SqliteQueryHost _host = new();

    [Fact]
    public async Task Citation_links_and_similar_text_make_one_list_ranked_by_the_combined_score()
    {
        var asked = PaperRecordBuilder.Paper("Deep Residual Learning").Cites(Lenet).Cites(Alexnet);
        var coupled = PaperRecordBuilder.Paper("Densely Connected Networks").Cites(Lenet).Cites(Alexnet);
        var similar = PaperRecordBuilder.Paper("Wide Residual Networks");
        await _host.WithAsync(asked, coupled, similar);
        await Similar(asked, similar, 0.4, "residual", "networks");

        var related = (await Service.GetRelatedAsync(asked.Id))!.Related;

        Assert.Equal([coupled.Id, similar.Id], related.Select(r => r.Paper.Id));
        Assert.Equal(2, related[0].Score);
        Assert.Equal(RelatedPaperService.TextWeight * 0.4, related[1].Score, 6);
    }

    [Fact]
    public async Task A_paper_linked_both_ways_shows_each_reason_strongest_first()
    {
        var asked = PaperRecordBuilder.Paper("Deep Residual Learning").Cites(Lenet);
        var both = PaperRecordBuilder.Paper("Identity Mappings in Deep Residual Networks").Cites(Lenet);
        await _host.WithAsync(asked, both);
        await Similar(both, asked, 0.5, "residual", "identity", "deep", "networks", "mappings");

        var entry = Assert.Single((await Service.GetRelatedAsync(asked.Id))!.Related);

        Assert.Equal((0, 1, 0.5), (entry.CoCitations, entry.SharedReferences, entry.TextSimilarity!.Value));
        Assert.Equal(1 + RelatedPaperService.TextWeight * 0.5, entry.Score, 6);
        Assert.Equal(
            ["similar text (0.50): shared terms residual, identity, deep, networks", "shares 1 reference with it (bibliographic coupling)"],
            entry.Reasons);
    }

    [Fact]
    public async Task Papers_cited_together_by_the_same_works_are_related_by_co_citation()
    {
        var asked = PaperRecordBuilder.Paper("Batch Normalization");
        var cocited = PaperRecordBuilder.Paper("Dropout");
        var firstCiter = PaperRecordBuilder.Paper("Deep Residual Learning").Cites(asked).Cites(cocited);
        var secondCiter = PaperRecordBuilder.Paper("Densely Connected Networks").Cites(asked).Cites(cocited);
        await _host.WithAsync(asked, cocited, firstCiter, secondCiter);

        var entry = (await Service.GetRelatedAsync(asked.Id))!.Related.Single(r => r.Paper.Id == cocited.Id);

        Assert.Equal((2, 0, (double?)null), (entry.CoCitations, entry.SharedReferences, entry.TextSimilarity));
        Assert.Equal(["cited together with it by 2 papers (co-citation)"], entry.Reasons);
    }

    [Fact]
    public async Task A_paper_without_imported_references_still_gets_its_similar_papers()
    {
        var asked = PaperRecordBuilder.Paper("Attention Is All You Need");
        var similar = PaperRecordBuilder.Paper("Self-Attention with Relative Position Representations");
        await _host.WithAsync(asked, similar);
        await Similar(asked, similar, 0.3, "attention");

        var entry = Assert.Single((await Service.GetRelatedAsync(asked.Id))!.Related);

        Assert.Equal((similar.Id, false), (entry.Paper.Id, entry.Paper.IsStub));
        Assert.Equal(["attention"], entry.SharedTerms);
    }

    [Fact]
    public async Task An_unknown_paper_has_no_related_list()
    {
        await _host.WithAsync(PaperRecordBuilder.Paper("Deep Residual Learning"));

        Assert.Null(await Service.GetRelatedAsync("doi:10.0000/nothing-here"));
    }

    private RelatedPaperService Service => _host.Get<RelatedPaperService>();

    private Task Similar(PaperRecordBuilder source, PaperRecordBuilder target, double score, params string[] terms) =>
        _host.Get<ISuggestionStore>().ReplaceSuggestionsAsync(SuggestionKind.SimilarPaper,
            [new Suggestion(SuggestionKind.SimilarPaper, source.Id, target.Id, score, terms)]);

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
