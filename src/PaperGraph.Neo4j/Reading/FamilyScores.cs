using PaperGraph.Core.Graph.Ranking;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Reading;

/// <summary>Reads what <see cref="FamilyRanking{TPaper}"/> ranks for a dataset family: every score on it, and the
/// papers evaluated on it without a number (newest and best connected first). Two bounded reads.</summary>
internal static class FamilyScores
{
    public static async Task<FamilyRanking<string>> RankAsync(QueryApiClient client, IReadOnlyList<string> family, CancellationToken cancellationToken)
    {
        var scores = (await client.RunAsync(ReportsOnStatements.Scores.With(("family", family)), cancellationToken)).Records
            .Select(record => new ScoredResult<string>(
                new ResultGroup(record.String("dataset"), record.NullableString("setting") ?? "", record.String("metricKey")),
                record.Double("score"), record.String("paper"), record.Bool("isCost")));
        var unranked = (await client.RunAsync(ReportsOnStatements.WithoutResults.With(("family", family)), cancellationToken)).Records
            .Select(record => record.String("id"));
        return FamilyRanking<string>.Build(scores, unranked, StringComparer.Ordinal);
    }
}
