using PaperGraph.Core.Model;
using PaperGraph.Core.Queries.Citations;
using PaperGraph.Store.Contract;

namespace PaperGraph.Core.Tests.Queries.Citations;

public sealed class CitationPathTests : IAsyncDisposable
{
    private readonly SqliteQueryHost _host = new();

    [Fact]
    public async Task A_chain_of_citations_leads_through_the_papers_between_in_order()
    {
        var oldest = PaperRecordBuilder.Paper("Long Short-Term Memory").InYear(1997);
        var middle = PaperRecordBuilder.Paper("Sequence to Sequence Learning").InYear(2014).Cites(oldest);
        var newest = PaperRecordBuilder.Paper("Attention Is All You Need").InYear(2017).Cites(middle);
        await _host.WithAsync(oldest, middle, newest);

        var path = (await Service.GetPathAsync(newest.Id, oldest.Id))!;

        Assert.Equal([newest.Id, middle.Id, oldest.Id], path.Papers.Select(p => p.Id));
        Assert.Equal([(newest.Id, middle.Id), (middle.Id, oldest.Id)], path.Links.Select(l => (l.Source.Id, l.Target.Id)));
        Assert.All(path.Links, link => Assert.Equal(RelationType.Cites, link.Type));
    }

    [Fact]
    public async Task Two_papers_citing_the_same_work_are_joined_through_it()
    {
        var shared = new CitedWork("Gradient-Based Learning Applied to Document Recognition", 1998);
        var first = PaperRecordBuilder.Paper("Deep Residual Learning").Cites(shared);
        var second = PaperRecordBuilder.Paper("Densely Connected Networks").Cites(shared);
        await _host.WithAsync(first, second);

        var path = (await Service.GetPathAsync(first.Id, second.Id))!;

        Assert.Equal([first.Id, shared.ToStub().Id, second.Id], path.Papers.Select(p => p.Id));
        Assert.True(path.Papers[1].IsStub);
    }

    [Fact]
    public async Task The_shortest_of_two_chains_is_chosen()
    {
        var end = PaperRecordBuilder.Paper("End");
        var longWay = PaperRecordBuilder.Paper("Long Way Two").Cites(PaperRecordBuilder.Paper("Long Way One").Cites(end));
        var shortWay = PaperRecordBuilder.Paper("Short Way").Cites(end);
        var start = PaperRecordBuilder.Paper("Start").Cites(longWay).Cites(shortWay);
        await _host.WithAsync(end, PaperRecordBuilder.Paper("Long Way One").Cites(end), longWay, shortWay, start);

        var path = (await Service.GetPathAsync(start.Id, end.Id))!;

        Assert.Equal([start.Id, shortWay.Id, end.Id], path.Papers.Select(p => p.Id));
    }

    [Fact]
    public async Task Papers_no_chain_of_citations_joins_have_an_empty_path()
    {
        var first = PaperRecordBuilder.Paper("Deep Residual Learning").Cites(new CitedWork("LeNet", 1998));
        var second = PaperRecordBuilder.Paper("Attention Is All You Need").Cites(new CitedWork("LSTM", 1997));
        await _host.WithAsync(first, second);

        var path = (await Service.GetPathAsync(first.Id, second.Id))!;

        Assert.False(path.Found);
        Assert.Equal((first.Id, second.Id), (path.From.Id, path.To.Id));
    }

    [Fact]
    public async Task A_chain_longer_than_the_limit_is_not_followed()
    {
        var chain = new List<PaperRecordBuilder> { PaperRecordBuilder.Paper("Paper 0") };
        for (var i = 1; i <= CitationService.MaxPathSteps + 1; i++)
        {
            chain.Add(PaperRecordBuilder.Paper($"Paper {i}").Cites(chain[^1]));
        }
        await _host.WithAsync([.. chain]);

        Assert.False((await Service.GetPathAsync(chain[^1].Id, chain[0].Id))!.Found);
        Assert.Equal(CitationService.MaxPathSteps + 1, (await Service.GetPathAsync(chain[^2].Id, chain[0].Id))!.Papers.Count);
    }

    [Fact]
    public async Task A_path_to_an_unknown_paper_is_null()
    {
        var known = PaperRecordBuilder.Paper("Deep Residual Learning");
        await _host.WithAsync(known);

        Assert.Null(await Service.GetPathAsync(known.Id, "doi:10.0000/nothing-here"));
    }

    private CitationService Service => _host.Get<CitationService>();

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
