namespace PaperGraph.Core.Evaluation;

/// <summary>True positives, false positives and false negatives, with the micro scores they give.</summary>
public sealed record MatchCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static MatchCounts None { get; } = new(0, 0, 0);

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0.0;

    public static MatchCounts operator +(MatchCounts a, MatchCounts b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    private static double Ratio(int part, int whole) => whole > 0 ? (double)part / whole : 0.0;
}
