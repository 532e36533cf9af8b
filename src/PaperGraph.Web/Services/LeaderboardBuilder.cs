using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Web.Services;

/// <summary>Turns a reports-on page (papers with their results) into per-metric tables ranked in each
/// metric's direction: lower error first, higher accuracy first.</summary>
public static class LeaderboardBuilder
{
    public static Leaderboard Build(ReportsOnPage page)
    {
        var tables = page.Papers
            .SelectMany(p => p.Results.Select(r => (p.Paper, Result: r)))
            .GroupBy(x => x.Result.Metric, StringComparer.OrdinalIgnoreCase)
            .Select(g => BuildTable(g.First().Result.Metric, g.First().Result.LowerIsBetter, g.ToList()))
            .OrderByDescending(t => t.Rows.Count)
            .ThenBy(t => t.Metric, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new Leaderboard(page.Dataset, page.Variants, page.TotalPapers, page.Papers.Count, tables);
    }

    private static LeaderboardTable BuildTable(string metric, bool lowerIsBetter, List<(PaperSummary Paper, RankedResult Result)> results)
    {
        var ordered = lowerIsBetter
            ? results.OrderBy(x => x.Result.Value)
            : results.OrderByDescending(x => x.Result.Value);

        var rows = new List<LeaderboardRow>(results.Count);
        foreach (var (paper, result) in ordered.ThenBy(x => x.Paper.Title, StringComparer.OrdinalIgnoreCase))
        {
            var tiesPrevious = rows.Count > 0 && rows[^1].Value.Equals(result.Value);
            var position = tiesPrevious ? rows[^1].Position : rows.Count + 1;
            rows.Add(new LeaderboardRow(position, paper, result.Dataset, result.Value, result.Unit, result.Sentence, result.Provenance));
        }
        return new LeaderboardTable(metric, lowerIsBetter, rows);
    }
}
