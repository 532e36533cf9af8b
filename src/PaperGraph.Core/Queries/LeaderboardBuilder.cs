using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Queries;

/// <summary>Turns a reports-on page into leaderboard tables: one per variant, setting and metric, ranked in the
/// metric's direction (lower error first, higher accuracy first), each paper once with its best value unless
/// every value is asked for. An error table and its accuracy table (linked in the metric vocabulary) stand
/// side by side: they are distinct metrics, never merged.</summary>
public static class LeaderboardBuilder
{
    public static Leaderboard Build(ReportsOnPage page, bool everyValue = false, MetricVocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var results = page.Papers.SelectMany(paper => paper.Results.Select(result => (paper.Paper, Result: result))).ToList();
        var costs = results.Where(x => x.Result.Context.IsCost)
            .ToLookup(x => (x.Paper.Id, x.Result.Dataset.Key), x => new CostFigure(x.Result.Metric, x.Result.Value, x.Result.Unit, x.Result.Context.WrittenValue));
        var tables = results
            .GroupBy(x => (x.Result.Dataset.Key, x.Result.Context.Setting, Metric: x.Result.Metric.ToLowerInvariant(), x.Result.Context.IsCost))
            .Select(group => BuildTable(group.ToList(), everyValue, costs))
            .OrderBy(table => table.IsCost)
            .ThenByDescending(table => table.Rows.Count)
            .ThenBy(table => table.Metric, StringComparer.OrdinalIgnoreCase)
            .ThenBy(table => table.Setting, StringComparer.Ordinal)
            .ToList();
        if (vocabulary is not null)
        {
            tables = PairComplements(tables, vocabulary);
        }
        var withoutResults = page.Papers.Where(paper => paper.Results.Count == 0).Select(paper => paper.Paper).ToList();
        var ranked = page.Papers.Count - withoutResults.Count;
        return new Leaderboard(page.Dataset, page.Variants, page.TotalPapers, page.PapersWithResults, ranked, tables, withoutResults, everyValue);
    }

    /// <summary>Moves each table's complement (same dataset and setting) right after it and links the two.</summary>
    private static List<LeaderboardTable> PairComplements(List<LeaderboardTable> tables, MetricVocabulary vocabulary)
    {
        var paired = new List<LeaderboardTable>(tables.Count);
        var placed = new HashSet<LeaderboardTable>(ReferenceEqualityComparer.Instance);
        foreach (var table in tables.Where(placed.Add))
        {
            var complement = vocabulary.ComplementOf(table.Metric) is { } linked
                ? tables.FirstOrDefault(other => !placed.Contains(other) && other.Dataset.Key == table.Dataset.Key
                    && other.Setting == table.Setting && string.Equals(other.Metric, linked, StringComparison.OrdinalIgnoreCase))
                : null;
            if (complement is null)
            {
                paired.Add(table);
                continue;
            }
            placed.Add(complement);
            paired.Add(table with { LinkedMetric = complement.Metric });
            paired.Add(complement with { LinkedMetric = table.Metric });
        }
        return paired;
    }

    private static LeaderboardTable BuildTable(
        List<(PaperSummary Paper, RankedResult Result)> results, bool everyValue, ILookup<(string, string), CostFigure> costs)
    {
        var first = results[0].Result;
        var ordered = (first.LowerIsBetter ? results.OrderBy(x => x.Result.Value) : results.OrderByDescending(x => x.Result.Value))
            .ThenBy(x => x.Paper.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var shown = everyValue ? ordered : ordered.DistinctBy(x => x.Paper.Id).ToList();
        var rows = new List<LeaderboardRow>(shown.Count);
        foreach (var (paper, result) in shown)
        {
            var tiesPrevious = rows.Count > 0 && rows[^1].Value.Equals(result.Value);
            var position = tiesPrevious ? rows[^1].Position : rows.Count + 1;
            var paperCosts = result.Context.IsCost ? [] : costs[(paper.Id, result.Dataset.Key)].ToList();
            rows.Add(new LeaderboardRow(position, paper, result.Value, result.Unit, result.Context, paperCosts, result.Sentence, result.Provenance));
        }
        return new LeaderboardTable(first.Dataset, first.Context.Setting, first.Metric, first.LowerIsBetter, first.Context.IsCost, rows);
    }
}
