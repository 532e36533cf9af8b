using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Core.Queries;

namespace PaperGraph.Core.Tests.Queries;

public sealed class LeaderboardBuilderTests
{
    private static readonly EntityRef ImageNet = new("dataset:imagenet", EntityType.Dataset, "ImageNet");
    private static readonly EntityRef Tiny = new("dataset:tinyimagenet", EntityType.Dataset, "Tiny ImageNet");

    private static RankedResult Result(string metric, double value, ResultContext? context = null, EntityRef? dataset = null) =>
        new(dataset ?? ImageNet, metric, value, "%", MetricDirection.IsLowerBetter(metric), 1, context ?? ResultContext.Plain,
            new Provenance(0, 10, 0, 5), "A sentence.");

    private static ReportingPaper Paper(string title, params RankedResult[] results) =>
        new(new PaperSummary(PaperIdentity.For(title), title, 2021), results);

    private static Leaderboard Build(bool everyValue, params ReportingPaper[] papers) => LeaderboardBuilder.Build(
        new ReportsOnPage(ImageNet, [Tiny], papers.Length, papers.Count(p => p.Results.Count > 0), papers), everyValue);

    [Fact]
    public void A_paper_appears_once_per_table_with_its_best_value()
    {
        var board = Build(false,
            Paper("Sizes", Result("top-1 accuracy", 74.4), Result("top-1 accuracy", 69.5), Result("top-1 accuracy", 59)),
            Paper("Other", Result("top-1 accuracy", 72)));

        var rows = Assert.Single(board.Tables).Rows;
        Assert.Equal([("Sizes", 74.4), ("Other", 72.0)], rows.Select(r => (r.Paper.Title, r.Value)));
    }

    [Fact]
    public void Every_value_lists_all_reported_values()
    {
        var board = Build(true, Paper("Sizes", Result("top-1 accuracy", 74.4), Result("top-1 accuracy", 69.5)));

        Assert.Equal([74.4, 69.5], Assert.Single(board.Tables).Rows.Select(r => r.Value));
    }

    [Fact]
    public void Cost_tables_come_after_the_scores_and_costs_show_beside_a_score()
    {
        var cost = ResultContext.Plain with { IsCost = true };
        var board = Build(false, Paper("NAS", Result("GPU days", 3.8, cost) with { Unit = "" }, Result("top-1 error", 24.2)));

        Assert.Equal([("top-1 error", false), ("GPU days", true)], board.Tables.Select(t => (t.Metric, t.IsCost)));
        Assert.Equal(new CostFigure("GPU days", 3.8, ""), Assert.Single(board.Tables[0].Rows[0].Costs));
    }

    [Fact]
    public void Each_variant_and_setting_gets_its_own_table()
    {
        var board = Build(false,
            Paper("A", Result("FID", 6.98, ResultContext.Plain with { Setting = "32×32" })),
            Paper("B", Result("FID", 9.1)),
            Paper("C", Result("FID", 12, dataset: Tiny)));

        Assert.Equal(["FID", "FID · 32×32", "FID · Tiny ImageNet"], board.Tables.Select(t => t.Title(ImageNet)).Order());
    }

    [Fact]
    public void Papers_without_a_number_are_listed_apart()
    {
        var board = Build(false, Paper("Numbers", Result("top-1 accuracy", 80)), Paper("No numbers"));

        Assert.Equal("No numbers", Assert.Single(board.PapersWithoutResults).Title);
        Assert.Equal(1, board.RankedPapers);
    }

    [Fact]
    public void An_error_table_stands_beside_its_accuracy_table()
    {
        var papers = new[]
        {
            Paper("A", Result("top-1 accuracy", 80), Result("top-5 accuracy", 95), Result("FID", 3)),
            Paper("B", Result("top-1 accuracy", 78), Result("FID", 4)),
            Paper("C", Result("top-1 error", 21)),
        };
        var board = LeaderboardBuilder.Build(new ReportsOnPage(ImageNet, [], 3, 3, papers), vocabulary: MetricVocabulary.Default);

        var metrics = board.Tables.Select(t => t.Metric).ToList();
        Assert.Equal(metrics.IndexOf("top-1 accuracy") + 1, metrics.IndexOf("top-1 error"));
        Assert.Equal("top-1 error", board.Tables.Single(t => t.Metric == "top-1 accuracy").LinkedMetric);
    }
}
