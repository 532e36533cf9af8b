using PaperGraph.Core.Evaluation;
using static PaperGraph.Core.Tests.Evaluation.EvaluationFixtures;

namespace PaperGraph.Core.Tests.Evaluation;

/// <summary>The scorers against the reference scripts on frozen files. The expected figures were computed
/// by the Python scripts when these tests were written (2026-12-01):
/// <c>python3 shared/eval/score.py Fixtures/dev-gold.jsonl Fixtures/dev-predictions.jsonl</c>, and
/// shared/eval/tdmsci-train/score.py with its gold.jsonl replaced by Fixtures/tdmsci-gold-sample.jsonl.</summary>
public sealed class ScorePyParityTests
{
    [Theory]
    [InlineData("proposes", 76, 0, 7, 0.956)]
    [InlineData("methods", 69, 7, 19, 0.841)]
    [InlineData("datasets", 51, 1, 5, 0.944)]
    [InlineData("evaluated_on", 50, 1, 4, 0.952)]
    [InlineData("metrics", 60, 18, 10, 0.811)]
    [InlineData("tasks", 112, 52, 42, 0.704)]
    [InlineData("results", 23, 1, 3, 0.920)]
    public async Task Field_counts_and_f1_equal_score_py_on_dev_gold(string field, int truePositives, int falsePositives, int falseNegatives, double f1)
    {
        var evaluation = await EvaluateAsync<FieldEvaluation>(Fixture("dev-gold.jsonl"), new PredictionFile(Fixture("dev-predictions.jsonl")));

        var counts = evaluation.Fields.Single(f => f.Field == field).Counts;
        Assert.Equal(new MatchCounts(truePositives, falsePositives, falseNegatives), counts);
        Assert.Equal(f1, counts.F1, 3);
        Assert.Equal((80, 0), (evaluation.Papers, evaluation.Missing));
    }

    [Theory]
    [InlineData("dataset", 0.256, 0.189, 0.217, 0.795, 0.509, 0.621)]
    [InlineData("metric", 0.724, 0.667, 0.694, 0.940, 0.865, 0.901)]
    [InlineData("task", 0.440, 0.372, 0.403, 0.738, 0.580, 0.649)]
    public async Task Mention_scores_equal_tdmsci_score_py_on_the_sample(
        string type, double exactP, double exactR, double exactF1, double overlapP, double overlapR, double overlapF1)
    {
        var evaluation = await EvaluateAsync<MentionEvaluation>(Fixture("tdmsci-gold-sample.jsonl"), new PredictionFile(Fixture("tdmsci-predictions-sample.jsonl")));

        var score = evaluation[type];
        Assert.Equal([exactP, exactR, exactF1, overlapP, overlapR, overlapF1],
            new[] { score.Exact.Precision, score.Exact.Recall, score.Exact.F1, score.Overlap.Precision, score.Overlap.Recall, score.Overlap.F1 }
                .Select(v => Math.Round(v, 3)));
    }
}
