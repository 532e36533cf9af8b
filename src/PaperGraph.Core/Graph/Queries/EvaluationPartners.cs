using PaperGraph.Core.Model;
using PaperGraph.Core.Queries;

namespace PaperGraph.Core.Graph.Queries;

/// <summary>One side of "a paper proposes or uses the method and is evaluated on the dataset": a method evaluated on
/// the dataset asked about, or a dataset the method asked about is evaluated on.</summary>
/// <param name="Papers">Distinct papers behind the pair.</param>
/// <param name="Metrics">The best result per setting and metric that those papers report on the dataset (cost
/// figures left out); empty when they give no number.</param>
public sealed record EvaluationPartner(EntityRef Entity, int Papers, IReadOnlyList<MetricBest> Metrics)
{
    /// <summary>The variant of the dataset asked about that the pair is on (ImageNet-1K when asked about ImageNet), as a
    /// leaderboard ranks a variant apart; null for the dataset itself or when a method was asked about.</summary>
    public EntityRef? Variant { get; init; }

    /// <summary>The pair's best reported result: the best one on the metric its papers report most often.</summary>
    public MetricBest? BestResult => Metrics
        .OrderByDescending(metric => metric.Results)
        .ThenBy(metric => metric.Setting ?? "", StringComparer.Ordinal)
        .ThenBy(metric => metric.Metric, StringComparer.Ordinal)
        .FirstOrDefault();
}

/// <summary>The best of <paramref name="Results"/> results on one setting and metric, in the metric's direction, and the
/// paper reporting it.</summary>
/// <param name="Setting">Null for the dataset's standard setting.</param>
public sealed record MetricBest(
    string Metric, string? Setting, int Results, double Value, string Unit, string Qualifier, bool LowerIsBetter, PaperSummary Paper)
{
    /// <summary>The number as the abstract writes it ("90.0"); null when not known.</summary>
    public string? WrittenValue { get; init; }

    /// <summary>"78.5% top-1 accuracy", "≈3.1 FID (32×32)".</summary>
    public string Text => $"{ResultText.Of(Value, Unit, Qualifier, WrittenValue)} {Metric}{(Setting is null ? "" : $" ({Setting})")}";
}
