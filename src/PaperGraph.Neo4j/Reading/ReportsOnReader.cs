using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Graph.Ranking;
using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Reading;

/// <summary>Papers evaluated on a dataset family (the dataset and its variants, recursively), with the results they
/// report on it ranked as <see cref="FamilyRanking{TPaper}"/> describes. Only one page of papers is read in full.</summary>
internal sealed class ReportsOnReader(QueryApiClient client, EntityReader entities)
{
    private readonly StoreVersionCache<FamilyRanking<string>> _rankings = new();

    public async Task<ReportsOnPage?> ReadAsync(ReportsOnQuery query, CancellationToken cancellationToken)
    {
        if (await entities.ResolveAsync(query.Dataset, EntityType.Dataset, cancellationToken) is not { } dataset)
        {
            return null;
        }
        var family = await entities.FamilyAsync(dataset.Key, cancellationToken);
        var familyKeys = family.Select(member => member.Entity.Key).Order(StringComparer.Ordinal).ToList();
        var variants = family.Where(member => member.Entity.Key != dataset.Key).Select(member => member.Entity).ToList();
        var ranking = await _rankings.GetAsync(client, string.Join('\n', familyKeys),
            () => FamilyScores.RankAsync(client, familyKeys, cancellationToken), cancellationToken);
        var page = ranking.PaperOrder.Skip(Math.Max(0, query.Offset)).Take(Math.Max(0, query.Limit)).ToList();
        var papers = new List<ReportingPaper>(page.Count);
        if (page.Count > 0)
        {
            var summaries = (await client.RunAsync(ReportsOnStatements.PagePapers.With(("ids", page)), cancellationToken)).Records
                .Select(record => record.PaperSummary()).ToDictionary(summary => summary.Id, StringComparer.Ordinal);
            var results = (await client.RunAsync(ReportsOnStatements.PageResults.With(("ids", page), ("family", familyKeys)), cancellationToken))
                .Records.ToLookup(record => record.String("paper"), record => Ranked(record, ranking), StringComparer.Ordinal);
            papers.AddRange(page.Where(summaries.ContainsKey).Select(id => new ReportingPaper(
                summaries[id],
                results[id].OrderBy(result => result.Context.IsCost).ThenBy(result => result.Rank)
                    .ThenBy(result => result.Metric, StringComparer.Ordinal).ToList())));
        }
        return new ReportsOnPage(dataset, variants, ranking.PaperOrder.Count, ranking.PapersWithResults, papers);
    }

    private static RankedResult Ranked(QueryRecord record, FamilyRanking<string> ranking)
    {
        var provenance = record.Provenance();
        var context = record.ResultContext();
        var dataset = record.Entity("dataset");
        return new RankedResult(
            dataset,
            record.String("metric"),
            record.Double("value"),
            record.String("unit"),
            record.Bool("lowerIsBetter"),
            ranking.RankOf(new ResultGroup(dataset.Key, context.Setting ?? "", record.String("metricKey")), record.Double("score")),
            context,
            provenance,
            StoredValues.SentenceOf(record.String("abstract"), provenance));
    }
}
