using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Reading;

/// <summary>A paper page: the paper, its entities, results, mentions and BUILDS_ON links both ways.</summary>
internal sealed class PaperReader(QueryApiClient client)
{
    public async Task<PaperDetails?> ReadAsync(string paperId, CancellationToken cancellationToken)
    {
        var id = ("id", (object?)paperId);
        var row = (await client.RunAsync(PaperStatements.ById.With(id), cancellationToken)).Records.FirstOrDefault();
        if (row is null)
        {
            return null;
        }
        var paper = new Paper(row.String("id"), row.String("title"), row.String("abstract"), row.NullableString("doi"),
            row.NullableString("arxivId"), row.NullableInt("year"), row.IsNull("authors") ? null : row.Strings("authors"),
            row.NullableString("venue"), row.NullableString("url"), row.NullableString("openAlexId"), row.NullableString("s2Id"),
            IsStub: row.Bool("stub"));
        var entities = (await client.RunAsync(PaperStatements.Entities.With(id), cancellationToken)).Records
            .Select(record => new PaperEntityLink(record.Entity(), GraphNames.RelationOf(record.String("role"))))
            .OrderBy(link => link.Entity.Type.ToString(), StringComparer.Ordinal)
            .ThenBy(link => link.Role.ToString(), StringComparer.Ordinal)
            .ThenBy(link => link.Entity.Name, StringComparer.Ordinal)
            .ToList();
        var results = (await client.RunAsync(PaperStatements.Results.With(id), cancellationToken)).Records.Select(record =>
        {
            var provenance = record.Provenance();
            return new PaperResult(record.Entity("dataset"), record.String("metric"), record.Double("value"), record.String("unit"),
                record.ResultContext(), provenance, StoredValues.SentenceOf(paper.Abstract, provenance));
        }).ToList();
        var mentions = (await client.RunAsync(PaperStatements.Mentions.With(id), cancellationToken)).Records
            .Select(record => new StoredMention(record.Entity(), record.Int("mentionStart"), record.Int("mentionEnd"))).ToList();
        var buildsOn = await LinkedAsync(PaperStatements.BuildsOn, paperId, cancellationToken);
        var builtOnBy = await LinkedAsync(PaperStatements.BuiltOnBy, paperId, cancellationToken);
        return new PaperDetails(paper, entities, results, mentions, buildsOn, builtOnBy);
    }

    public async Task<IReadOnlyList<PaperSummary>> SummariesAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken) =>
        paperIds.Count == 0
            ? []
            : (await client.RunAsync(PaperStatements.Summaries.With(("ids", paperIds.Distinct().ToList())), cancellationToken))
                .Records.Select(record => record.PaperSummary()).ToList();

    private async Task<IReadOnlyList<PaperSummary>> LinkedAsync(CypherStatement statement, string paperId, CancellationToken cancellationToken) =>
        (await client.RunAsync(statement.With(("id", paperId)), cancellationToken)).Records.Select(record => record.PaperSummary()).ToList();
}
