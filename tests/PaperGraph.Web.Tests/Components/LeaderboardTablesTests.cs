using Bunit;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Core.Queries;
using PaperGraph.Web.Components.Shared;

namespace PaperGraph.Web.Tests.Components;

public sealed class LeaderboardTablesTests : MudComponentContext
{
    private static readonly EntityRef ImageNet = new("dataset:imagenet", EntityType.Dataset, "ImageNet");

    private static ReportingPaper Paper(string title, params (string Metric, double Value)[] results) =>
        PaperWith(title, ResultContext.Plain, results);

    private static ReportingPaper PaperWith(string title, ResultContext context, params (string Metric, double Value)[] results) => new(
        new PaperSummary(PaperIdentity.For(title), title, 2020),
        results.Select(r => new RankedResult(ImageNet, r.Metric, r.Value, "%", MetricDirection.IsLowerBetter(r.Metric), 0, context,
            new Provenance(0, 10, 2, 5), $"{title} reaches {r.Value}% {r.Metric}.")).ToList());

    private IRenderedComponent<LeaderboardTables> RenderBoard(params ReportingPaper[] papers) =>
        Render<LeaderboardTables>(p => p.Add(c => c.Board, LeaderboardBuilder.Build(
            new ReportsOnPage(ImageNet, [], papers.Length, papers.Count(paper => paper.Results.Count > 0), papers))));

    private static List<string> PaperTitles(AngleSharp.Dom.IElement table) =>
        table.QuerySelectorAll("[data-testid=leaderboard-row] td:nth-child(2) a").Select(a => a.TextContent).ToList();

    [Fact]
    public void Lower_error_is_ranked_first()
    {
        var cut = RenderBoard(Paper("Worse", ("top-1 error", 24.2)), Paper("Best", ("top-1 error", 19.5)), Paper("Middle", ("top-1 error", 21.0)));

        var table = cut.Find("[data-testid=leaderboard]");
        Assert.Equal(["Best", "Middle", "Worse"], PaperTitles(table));
        Assert.Equal(["19.5%", "21%", "24.2%"], table.QuerySelectorAll("[data-testid=leaderboard-value]").Select(v => v.TextContent));
        Assert.Contains("lower is better", table.TextContent);
    }

    [Fact]
    public void Higher_accuracy_is_ranked_first()
    {
        var cut = RenderBoard(Paper("Low", ("top-1 accuracy", 70.1)), Paper("High", ("top-1 accuracy", 80.3)));

        Assert.Equal(["High", "Low"], PaperTitles(cut.Find("[data-testid=leaderboard]")));
    }

    [Fact]
    public void Each_metric_gets_its_own_table()
    {
        var cut = RenderBoard(Paper("A", ("top-1 error", 20), ("top-5 error", 5)), Paper("B", ("top-1 error", 22)));

        var tables = cut.FindAll("[data-testid=leaderboard]");
        Assert.Equal(["top-1 error", "top-5 error"], tables.Select(t => t.GetAttribute("data-metric")));
        Assert.Equal(2, tables[0].QuerySelectorAll("[data-testid=leaderboard-row]").Length);
        Assert.Single(tables[1].QuerySelectorAll("[data-testid=leaderboard-row]"));
    }

    [Fact]
    public void Equal_values_share_a_position()
    {
        var cut = RenderBoard(Paper("A", ("AP", 40)), Paper("B", ("AP", 43.5)), Paper("C", ("AP", 43.5)));

        var positions = cut.FindAll("[data-testid=leaderboard-row] td:first-child").Select(td => td.TextContent);
        Assert.Equal(["1", "1", "3"], positions);
    }

    [Fact]
    public void Each_value_links_to_the_sentence_on_its_paper_page()
    {
        var cut = RenderBoard(Paper("CSPNet", ("AP", 43.5)));

        var link = cut.Find("[data-testid=leaderboard-row] td:last-child a");
        Assert.Equal("/papers/title:cspnet#result-2-5", link.GetAttribute("href"));
        Assert.Contains("CSPNet reaches 43.5% AP.", link.GetAttribute("title"));
    }

    [Fact]
    public void Long_tables_show_the_best_rows_until_all_are_asked_for()
    {
        var papers = Enumerable.Range(1, 30).Select(i => Paper($"Paper {i:00}", ("top-1 error", i))).ToArray();
        var cut = RenderBoard(papers);
        Assert.Equal(10, cut.FindAll("[data-testid=leaderboard-row]").Count);
        Assert.Equal("Paper 10", PaperTitles(cut.Find("[data-testid=leaderboard]"))[^1]);

        cut.Find("[data-testid=leaderboard-more]").Click();

        Assert.Equal(30, cut.FindAll("[data-testid=leaderboard-row]").Count);
        Assert.Empty(cut.FindAll("[data-testid=leaderboard-more]"));
    }

    [Fact]
    public void A_condition_gets_its_own_column()
    {
        var cut = RenderBoard(PaperWith("Few labels", ResultContext.Plain with { Condition = "with 1% of the labels" }, ("top-1 accuracy", 74.4)));

        Assert.Equal("with 1% of the labels", cut.Find("[data-testid=leaderboard-condition]").TextContent);
    }

    [Fact]
    public void A_bound_shows_its_qualifier()
    {
        var cut = RenderBoard(PaperWith("Bound", ResultContext.Plain with { Qualifier = ">" }, ("top-1 accuracy", 70)));

        Assert.Equal(">70%", cut.Find("[data-testid=leaderboard-value]").TextContent);
    }

    [Fact]
    public void A_dataset_without_results_says_so()
    {
        var cut = RenderBoard();

        Assert.Empty(cut.FindAll("[data-testid=leaderboard]"));
        Assert.Contains("No paper reports a number on ImageNet", cut.Markup);
    }
}
