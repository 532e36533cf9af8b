using PaperGraph.Core.Evaluation;
using static PaperGraph.Core.Tests.Evaluation.EvaluationFixtures;

namespace PaperGraph.Core.Tests.Evaluation;

public sealed class ResultMatcherTests
{
    private static readonly GoldPaper CocoAp = Gold(
        datasets: [new GoldDataset("COCO", ["MS COCO"])],
        results: [new GoldResult("COCO", "AP", 43.5)]);

    [Theory]
    [InlineData("MS COCO", "AP", 43.504)]
    [InlineData("COCO", "box AP", 43.5)]
    [InlineData("coco", "ap", 43.496)]
    public void Result_matches_by_dataset_name_value_within_tolerance_and_contained_metric(string dataset, string metric, double value) =>
        Assert.Equal(new MatchCounts(1, 0, 0), ResultMatcher.Count(CocoAp, [new PredictedResult(dataset, metric, value)]));

    [Theory]
    [InlineData("COCO", "AP", 43.51)]
    [InlineData("LVIS", "AP", 43.5)]
    [InlineData("COCO", "FPS", 43.5)]
    [InlineData("COCO", "", 43.5)]
    public void Result_with_another_value_dataset_or_metric_does_not_match(string dataset, string metric, double value) =>
        Assert.Equal(new MatchCounts(0, 1, 1), ResultMatcher.Count(CocoAp, [new PredictedResult(dataset, metric, value)]));

    [Fact]
    public void Result_without_a_numeric_value_does_not_match() =>
        Assert.Equal(new MatchCounts(0, 1, 1), ResultMatcher.Count(CocoAp, [new PredictedResult("COCO", "AP", null)]));
}
