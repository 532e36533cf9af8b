using PaperGraph.Core.Evaluation;
using static PaperGraph.Core.Tests.Evaluation.EvaluationFixtures;

namespace PaperGraph.Core.Tests.Evaluation;

public sealed class FieldScorerTests
{
    [Fact]
    public void Papers_are_paired_by_title_key()
    {
        var evaluation = FieldScorer.Score([Gold("ResNet: Deep Residual Learning", methods: ["VGG"])], [Predicted("resnet deep residual learning", methods: ["VGG"])]);

        Assert.Equal(0, evaluation.Missing);
        Assert.Equal(new MatchCounts(1, 0, 0), evaluation[ExtractionField.Methods].Counts);
    }

    [Fact]
    public void Gold_paper_without_a_prediction_is_missing_and_its_items_are_missed()
    {
        var evaluation = FieldScorer.Score([Gold("A", methods: ["VGG"]), Gold("B", methods: ["BERT"])], [Predicted("A", methods: ["VGG"])]);

        Assert.Equal(1, evaluation.Missing);
        Assert.Equal(new MatchCounts(1, 0, 1), evaluation[ExtractionField.Methods].Counts);
    }

    [Fact]
    public void Later_prediction_of_a_title_replaces_an_earlier_one()
    {
        var evaluation = FieldScorer.Score([Gold("A", methods: ["VGG"])], [Predicted("A", methods: ["VGG"]), Predicted("A", methods: ["BERT"])]);

        Assert.Equal(new MatchCounts(0, 1, 1), evaluation[ExtractionField.Methods].Counts);
    }

    [Fact]
    public void Micro_scores_come_from_the_summed_counts()
    {
        var counts = new MatchCounts(3, 1, 0) + new MatchCounts(0, 1, 2);

        Assert.Equal(0.6, counts.Precision, 9);
        Assert.Equal(0.6, counts.Recall, 9);
        Assert.Equal(0.6, counts.F1, 9);
    }

    [Fact]
    public void Fields_are_reported_in_score_py_order_with_its_names() =>
        Assert.Equal(
            ["proposes", "methods", "datasets", "evaluated_on", "metrics", "tasks", "results"],
            FieldScorer.Score([], []).Fields.Select(f => f.Field));
}
