using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Web.Services;

/// <summary>Answers "which papers report on this dataset, and how well" for the dataset page and the API.</summary>
public sealed class LeaderboardService(IGraphStore store)
{
    /// <summary>Enough papers for any dataset of the sample corpus; larger ones show the first ones by rank.</summary>
    public const int MaxPapers = 500;

    /// <summary>The leaderboard of a dataset given by name, alias or key; null when there is no such dataset.</summary>
    public async Task<Leaderboard?> GetAsync(string dataset, CancellationToken cancellationToken = default)
    {
        var page = await store.GetReportsOnAsync(new ReportsOnQuery(dataset, MaxPapers), cancellationToken);
        return page is null ? null : LeaderboardBuilder.Build(page);
    }
}
