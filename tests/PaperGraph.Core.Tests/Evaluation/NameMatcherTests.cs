using PaperGraph.Core.Evaluation;

namespace PaperGraph.Core.Tests.Evaluation;

public sealed class NameMatcherTests
{
    private static readonly IReadOnlyList<IReadOnlySet<string>> ResNetAndVgg =
        [new HashSet<string> { "resnet", "residualnetwork" }, new HashSet<string> { "vgg" }];

    [Fact]
    public void Predictions_with_the_same_key_count_once()
    {
        var counts = NameMatcher.Count(ResNetAndVgg, ["ResNet", "resnet", "Res-Net"]);

        Assert.Equal(new MatchCounts(1, 0, 1), counts);
    }

    [Fact]
    public void A_prediction_matches_at_most_one_gold_item()
    {
        IReadOnlyList<IReadOnlySet<string>> twoResNets = [new HashSet<string> { "resnet" }, new HashSet<string> { "resnet" }];

        var counts = NameMatcher.Count(twoResNets, ["ResNet"]);

        Assert.Equal(new MatchCounts(1, 0, 1), counts);
    }

    [Fact]
    public void Prediction_matching_an_alias_counts_and_unmatched_ones_are_false_positives()
    {
        var counts = NameMatcher.Count(ResNetAndVgg, ["Residual Network", "BERT", "---"]);

        Assert.Equal(new MatchCounts(1, 1, 1), counts);
    }
}
