using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Core.Queries;

/// <summary>Turns a reports-on page into leaderboard tables: one per variant, setting and metric, ranked in the
/// metric's direction (lower error first, higher accuracy first), each paper once with its best value unless
/// every value is asked for.</summary>
public static class LeaderboardBuilder
{
    public static Leaderboard Build(ReportsOnPage page, bool everyValue = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        var results = page.Papers.SelectMany(paper => paper.Results.Select(result => (paper.Paper, Result: result))).ToList();
        var costs = results.Where(x => x.Result.Context.IsCost)
            .ToLookup(x => (x.Paper.Id, x.Result.Dataset.Key), x => new CostFigure(x.Result.Metric, x.Result.Value, x.Result.Unit));
        var tables = results
            .GroupBy(x => (x.Result.Dataset.Key, x.Result.Context.Setting, Metric: x.Result.Metric.ToLowerInvariant(), x.Result.Context.IsCost))
            .Select(group => BuildTable(group.ToList(), everyValue, costs))
            .OrderBy(table => table.IsCost)
            .ThenByDescending(table => table.Rows.Count)
            .ThenBy(table => table.Metric, StringComparer.OrdinalIgnoreCase)
            .ThenBy(table => table.Setting, StringComparer.Ordinal)
            .ToList();
        var withoutResults = page.Papers.Where(paper => paper.Results.Count == 0).Select(paper => paper.Paper).ToList();
        var ranked = page.Papers.Count - withoutResults.Count;
        return new Leaderboard(page.Dataset, page.Variants, page.TotalPapers, page.PapersWithResults, ranked, tables, withoutResults, everyValue);
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
