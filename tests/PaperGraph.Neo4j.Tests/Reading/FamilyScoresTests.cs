using PaperGraph.Core.Graph.Ranking;
using PaperGraph.Neo4j.Http;
using PaperGraph.Neo4j.Reading;
using PaperGraph.Neo4j.Tests.Fakes;

namespace PaperGraph.Neo4j.Tests.Reading;

/// <summary>The Neo4j store reads a family's scores into the shared <see cref="FamilyRanking{TPaper}"/>.</summary>
public sealed class FamilyScoresTests
{
    private static readonly string[] ScoreFields = ["dataset", "setting", "metricKey", "score", "paper", "isCost"];

    private static async Task<FamilyRanking<string>> RankAsync(IEnumerable<object?[]> scores, params string[] withoutResults)
    {
        var server = new FakeQueryApi()
            .Then(QueryApiAnswers.Rows(ScoreFields, scores))
            .Then(QueryApiAnswers.Rows(["id"], withoutResults.Select(id => new object?[] { id })));
        using var client = new QueryApiClient(FakeQueryApi.Options(), server);
        return await FamilyScores.RankAsync(client, ["dataset:imagenet"], CancellationToken.None);
    }

    [Fact]
    public async Task Equal_scores_share_a_rank_and_the_next_rank_counts_them()
    {
        var ranking = await RankAsync([
            ["dataset:imagenet", "", "top1error", 20.0, "a", false],
            ["dataset:imagenet", "", "top1error", 20.0, "b", false],
            ["dataset:imagenet", "", "top1error", 25.0, "c", false],
        ]);

        Assert.Equal([1, 1, 3], new[] { 20.0, 20.0, 25.0 }.Select(score => ranking.RankOf(new ResultGroup("dataset:imagenet", "", "top1error"), score)));
    }

    [Fact]
    public async Task Papers_with_only_cost_figures_follow_ranked_papers_and_precede_papers_without_numbers()
    {
        var ranking = await RankAsync(
            [
                ["dataset:imagenet", "", "gpudays", 1.0, "cost-only", true],
                ["dataset:imagenet", "", "top1error", 24.2, "ranked", false],
            ],
            "no-number");

        Assert.Equal(["ranked", "cost-only", "no-number"], ranking.PaperOrder);
        Assert.Equal(2, ranking.PapersWithResults);
    }

    [Fact]
    public async Task Settings_and_variants_are_ranked_apart()
    {
        var ranking = await RankAsync([
            ["dataset:imagenet", "32×32", "fid", 6.98, "small", false],
            ["dataset:imagenet", "256×256", "fid", 9.5, "large", false],
            ["dataset:tinyimagenet", "", "fid", 12.0, "tiny", false],
        ]);

        Assert.Equal(1, ranking.RankOf(new ResultGroup("dataset:imagenet", "256×256", "fid"), 9.5));
        Assert.Equal(1, ranking.RankOf(new ResultGroup("dataset:tinyimagenet", "", "fid"), 12.0));
    }
}
