using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Reading;

/// <summary>Papers by match key, and the citation and BUILDS_ON edges around papers.</summary>
internal sealed class CitationReader(QueryApiClient client)
{
    /// <summary>Keys per request: a batch of papers with long reference lists has tens of thousands.</summary>
    private const int KeysPerRequest = 10_000;

    public async Task<IReadOnlyDictionary<string, string>> FindByKeysAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Distinct().Chunk(KeysPerRequest))
        {
            foreach (var record in (await client.RunAsync(CitationStatements.ByKeys.With(("keys", chunk)), cancellationToken)).Records)
            {
                found[record.String("key")] = record.String("id");
            }
        }
        return found;
    }

    public async Task<IReadOnlyList<PaperLink>> LinksAsync(IReadOnlyCollection<string> paperIds, PaperLinkScope scope, CancellationToken cancellationToken)
    {
        if (paperIds.Count == 0)
        {
            return [];
        }
        var statement = scope == PaperLinkScope.CitesOnly ? CitationStatements.CitesLinks : CitationStatements.Links;
        var response = await client.RunAsync(statement.With(("ids", paperIds.Distinct().ToList())), cancellationToken);
        return response.Records.Select(record => new PaperLink(
            Node(record, "source"), Node(record, "target"), GraphNames.RelationOf(record.String("type")))).ToList();
    }

    private static CitationNode Node(QueryRecord record, string end) => new(
        record.String(end + "Id"), record.String(end + "Title"), record.NullableInt(end + "Year"), record.Bool(end + "Stub"), record.Int(end + "CitedBy"));
}
