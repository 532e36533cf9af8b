using PaperGraph.Core.Graph.Ranking;

namespace PaperGraph.Core.Tests.Graph;

public sealed class FamilyRankingTests
{
    private static readonly ResultGroup Top1Error = new("imagenet", "", "top1error");

    private static ScoredResult<int> Score(int paper, double score, bool isCost = false, ResultGroup? group = null) =>
        new(group ?? Top1Error, score, paper, isCost);

    [Fact]
    public void Equal_scores_share_a_rank_and_the_next_rank_counts_them()
    {
        var ranking = FamilyRanking<int>.Build([Score(1, 20), Score(2, 20), Score(3, 25)], [], Comparer<int>.Default);

        Assert.Equal([1, 1, 3], new[] { 20.0, 20.0, 25.0 }.Select(score => ranking.RankOf(Top1Error, score)));
    }

    [Fact]
    public void Equally_ranked_papers_keep_the_stores_order()
    {
        var ranking = FamilyRanking<int>.Build([Score(7, 20), Score(3, 20)], [], Comparer<int>.Default);

        Assert.Equal([3, 7], ranking.PaperOrder);
    }

    [Fact]
    public void A_cost_figure_never_ranks_a_paper_ahead_of_a_score()
    {
        var gpuDays = new ResultGroup("imagenet", "", "gpudays");
        var ranking = FamilyRanking<int>.Build([Score(1, 0.1, isCost: true, gpuDays), Score(2, 30)], [3], Comparer<int>.Default);

        Assert.Equal([2, 1, 3], ranking.PaperOrder);
        Assert.Equal(2, ranking.PapersWithResults);
    }
}
