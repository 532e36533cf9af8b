using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Queries;

/// <summary>A dataset's leaderboard: one table per variant, setting and metric, quality metrics first and cost
/// figures after them, plus the papers evaluated on the dataset that give no number.</summary>
/// <param name="TotalPapers">All papers evaluated on the dataset.</param>
/// <param name="PapersWithResults">How many of them report a number on it.</param>
/// <param name="RankedPapers">The papers with results in the tables: all, or the best ones when there are very many.</param>
/// <param name="PapersWithoutResults">Papers evaluated on it without a number, newest first (the first ones when there are very many).</param>
/// <param name="EveryValue">False: one row per paper and table (its best value); true: every reported value.</param>
public sealed record Leaderboard(
    EntityRef Dataset,
    IReadOnlyList<EntityRef> Variants,
    int TotalPapers,
    int PapersWithResults,
    int RankedPapers,
    IReadOnlyList<LeaderboardTable> Tables,
    IReadOnlyList<PaperSummary> PapersWithoutResults,
    bool EveryValue);

/// <summary>Results for one metric on one dataset (or variant) at one setting, best first in the metric's direction.</summary>
/// <param name="Setting">"32×32"; null for the dataset's standard setting.</param>
/// <param name="IsCost">A cost figure (GPU days, FLOPs): listed, but it says nothing about which paper is best.</param>
public sealed record LeaderboardTable(EntityRef Dataset, string? Setting, string Metric, bool LowerIsBetter, bool IsCost, IReadOnlyList<LeaderboardRow> Rows)
{
    /// <summary>The metric this one is 100 minus ("top-1 accuracy" for "top-1 error") when the board also has its
    /// table, which then follows this one.</summary>
    public string? LinkedMetric { get; init; }

    /// <summary>"top-1 accuracy", or "FID · Imagenet32x32 · 32×32" when the table is on a variant or a setting.</summary>
    public string Title(EntityRef shownDataset) =>
        string.Join(" · ", new[] { Metric, Dataset.Key == shownDataset.Key ? null : Dataset.Name, Setting }.OfType<string>());
}

/// <summary>One reported number. <paramref name="Position"/> is shared by equal values (1, 2, 2, 4).</summary>
/// <param name="Context">Its qualifier ("&gt;", "≈") and the condition it holds under ("10-shot").</param>
/// <param name="Costs">The paper's cost figures on the same dataset, shown beside its score.</param>
/// <param name="Sentence">The abstract sentence the number came from.</param>
public sealed record LeaderboardRow(
    int Position,
    PaperSummary Paper,
    double Value,
    string Unit,
    ResultContext Context,
    IReadOnlyList<CostFigure> Costs,
    string Sentence,
    Provenance Provenance)
{
    /// <summary>The number as the abstract writes it, with qualifier and unit: "90.0%".</summary>
    public string ValueText => ResultText.Of(Value, Unit, Context);
}

/// <summary>A cost figure of a paper: "3.8 GPU days".</summary>
/// <param name="WrittenValue">The number as the abstract writes it; null when not known.</param>
public sealed record CostFigure(string Metric, double Value, string Unit, string? WrittenValue = null)
{
    /// <summary>"3.80 GPU days training cost": the number as written, its unit, then the metric.</summary>
    public string Text => $"{ResultText.Of(Value, Unit, written: WrittenValue)} {Metric}";
}
