using PaperGraph.Core.Evaluation;
using PaperGraph.Ml.Similarity;

namespace PaperGraph.Ml.Evaluation;

/// <summary>How often a paper's most similar papers share a task or method with it, by hand-annotated gold, against
/// the same share for papers drawn at random (exact expectation, no sampling). Neighbours are ranked among the gold
/// papers only, since only they have labels.</summary>
public static class SimilarTopicShare
{
    public sealed record Result(int Papers, int K, double Share, double RandomShare);

    /// <param name="vectors">One vector per gold paper.</param>
    /// <param name="labels">Each gold paper's tasks and methods, folded.</param>
    public static Result Measure(IReadOnlyList<SparseVector> vectors, IReadOnlyList<IReadOnlySet<string>> labels, int k = 5)
    {
        var n = vectors.Count;
        double hits = 0, expected = 0;
        for (var i = 0; i < n; i++)
        {
            var top = Enumerable.Range(0, n).Where(j => j != i)
                .OrderByDescending(j => vectors[i].Dot(vectors[j])).ThenBy(j => j).Take(k);
            hits += top.Any(j => labels[i].Overlaps(labels[j])) ? 1 : 0;
            var sharing = Enumerable.Range(0, n).Count(j => j != i && labels[i].Overlaps(labels[j]));
            expected += 1 - Choose(n - 1 - sharing, k) / Choose(n - 1, k);
        }
        return new Result(n, k, hits / n, expected / n);
    }

    /// <summary>A gold paper's labels: its tasks, the methods it uses and proposes, folded as the scorer folds names.</summary>
    public static IReadOnlySet<string> Labels(GoldPaper paper) =>
        paper.Tasks.Concat(paper.Methods).Concat(paper.Proposes).Select(NameKey.Of).Where(key => key.Length > 0).ToHashSet(StringComparer.Ordinal);

    private static double Choose(int n, int k)
    {
        if (k < 0 || k > n)
        {
            return 0;
        }
        double result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }
        return result;
    }
}
