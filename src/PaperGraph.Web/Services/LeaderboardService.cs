using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Web.Services;

/// <summary>Answers "which papers report on this dataset, and how well" for the dataset page and the API.</summary>
public sealed class LeaderboardService(IGraphStore store)
{
    /// <summary>Papers ranked per dataset: all of them in the sample corpus; in large corpora the best ones
    /// by rank, which keeps the page (and the state it carries from prerendering) small.</summary>
    public const int MaxPapers = 200;

    /// <summary>The leaderboard of a dataset given by name, alias or key; null when there is no such dataset.</summary>
    public async Task<Leaderboard?> GetAsync(string dataset, CancellationToken cancellationToken = default)
    {
        var page = await store.GetReportsOnAsync(new ReportsOnQuery(dataset, MaxPapers), cancellationToken);
        return page is null ? null : LeaderboardBuilder.Build(page);
    }
}
