namespace PaperGraph.Core.Evaluation;

/// <summary>Matches predicted results to gold results (score.py's <c>score_results</c>): the dataset
/// matches as a dataset name does, the value within 0.005, and one metric key contains the other.</summary>
public static class ResultMatcher
{
    private const double ValueTolerance = 0.005;

    public static MatchCounts Count(GoldPaper gold, IReadOnlyList<PredictedResult> predicted)
    {
        var used = new bool[predicted.Count];
        var truePositives = 0;
        foreach (var result in gold.Results)
        {
            var datasetKeys = GoldKeys.ForDataset(gold, result.Dataset);
            var hit = Enumerable.Range(0, predicted.Count).FirstOrDefault(i => !used[i] && Matches(result, predicted[i], datasetKeys), -1);
            if (hit >= 0)
            {
                used[hit] = true;
                truePositives++;
            }
        }
        return new MatchCounts(truePositives, predicted.Count - truePositives, gold.Results.Count - truePositives);
    }

    private static bool Matches(GoldResult gold, PredictedResult predicted, IReadOnlySet<string> datasetKeys)
    {
        if (predicted.Value is not { } value)
        {
            return false;
        }
        // Written as score.py writes it, so a NaN value passes this check there and here alike.
        if (Math.Abs(value - gold.Value) > ValueTolerance)
        {
            return false;
        }
        if (!datasetKeys.Contains(NameKey.Of(predicted.Dataset)))
        {
            return false;
        }
        var goldMetric = NameKey.Of(gold.Metric);
        var predictedMetric = NameKey.Of(predicted.Metric);
        return goldMetric.Length > 0 && predictedMetric.Length > 0
            && (goldMetric.Contains(predictedMetric, StringComparison.Ordinal) || predictedMetric.Contains(goldMetric, StringComparison.Ordinal));
    }
}
