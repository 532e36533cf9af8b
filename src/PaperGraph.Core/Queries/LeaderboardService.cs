using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Queries;

/// <summary>Answers "which papers report on this dataset, and how well" as leaderboard tables.</summary>
public sealed class LeaderboardService(ReportsOnService reportsOn, MetricVocabulary vocabulary)
{
    /// <summary>Papers read per dataset: all of them in the sample corpus; in large corpora the best ones by
    /// rank, which keeps the page (and the state it carries from prerendering) small.</summary>
    public const int MaxPapers = 200;

    /// <summary>The leaderboard of a dataset given by name, alias or key; null when there is no such dataset.</summary>
    public async Task<Leaderboard?> GetAsync(string dataset, bool everyValue = false, CancellationToken cancellationToken = default)
    {
        var page = await reportsOn.GetAsync(new ReportsOnQuery(dataset, MaxPapers), cancellationToken);
        return page is null ? null : LeaderboardBuilder.Build(page, everyValue, vocabulary);
    }
}
