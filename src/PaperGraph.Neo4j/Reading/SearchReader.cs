using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Reading;

/// <summary>Full-text search over the paper and entity indexes, best match first. Each index returns at most the
/// limit, then the two lists are merged by score.</summary>
internal sealed class SearchReader(QueryApiClient client)
{
    public async Task<IReadOnlyList<SearchHit>> ReadAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var words = LuceneQueryText.Words(query.Text ?? "");
        if (words.Count == 0 || query.Limit <= 0)
        {
            return [];
        }
        var kinds = query.Kinds is { Count: > 0 } set ? set : null;
        var hits = new List<SearchHit>();
        if (kinds is null || kinds.Contains(NodeKind.Paper))
        {
            hits.AddRange((await client.RunAsync(SearchStatements.Papers.With(("query", LuceneQueryText.From(words, query.Prefix, SearchStatements.PaperFields)), ("limit", query.Limit)), cancellationToken))
                .Records.Select(record => new SearchHit(record.String("id"), NodeKind.Paper, record.String("label"),
                    SearchSnippet.Around(record.String("text"), words, query.Prefix), record.Double("score"))));
        }
        var entityKinds = kinds?.Where(kind => kind != NodeKind.Paper).Select(kind => kind.ToString()).ToList();
        if (entityKinds is null || entityKinds.Count > 0)
        {
            var request = SearchStatements.Entities.With(("query", LuceneQueryText.From(words, query.Prefix, SearchStatements.EntityFields)), ("kinds", entityKinds), ("limit", query.Limit));
            hits.AddRange((await client.RunAsync(request, cancellationToken)).Records.Select(record => new SearchHit(
                record.String("id"), Enum.Parse<NodeKind>(record.String("kind")), record.String("label"), null, record.Double("score"))));
        }
        return hits.OrderByDescending(hit => hit.Score).Take(query.Limit).ToList();
    }
}
