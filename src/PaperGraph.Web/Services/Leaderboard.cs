using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Web.Services;

/// <summary>A dataset's leaderboard: one table per metric.</summary>
/// <param name="TotalPapers">All papers reporting on the dataset.</param>
/// <param name="RankedPapers">The papers in the tables: all, or the best ones when there are very many.</param>
public sealed record Leaderboard(
    EntityRef Dataset,
    IReadOnlyList<EntityRef> Variants,
    int TotalPapers,
    int RankedPapers,
    IReadOnlyList<LeaderboardTable> Tables);

/// <summary>Results for one metric, best first in the metric's direction.</summary>
public sealed record LeaderboardTable(string Metric, bool LowerIsBetter, IReadOnlyList<LeaderboardRow> Rows);

/// <summary>One reported number. <paramref name="Position"/> is shared by equal values (1, 2, 2, 4).</summary>
/// <param name="Dataset">The dataset or variant the number is on.</param>
/// <param name="Sentence">The abstract sentence the number came from.</param>
public sealed record LeaderboardRow(
    int Position,
    PaperSummary Paper,
    EntityRef Dataset,
    double Value,
    string Unit,
    string Sentence,
    Provenance Provenance);
