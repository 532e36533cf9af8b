using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Reading;

/// <summary>Reads stored suggestions: those of one node, and pages of the best of a kind.</summary>
internal sealed class SuggestionReader(QueryApiClient client)
{
    public async Task<IReadOnlyList<Suggestion>> ForNodeAsync(string nodeId, SuggestionKind kind, int limit, CancellationToken cancellationToken)
    {
        var response = await client.RunAsync(SuggestionStatements.ForNode(kind)
            .With(("node", nodeId), ("limit", Math.Clamp(limit, 0, ISuggestionStore.MaxPageSize))), cancellationToken);
        return response.Records.Select(record => Read(kind, record)).ToList();
    }

    public async Task<SuggestionPage> TopAsync(SuggestionQuery query, CancellationToken cancellationToken)
    {
        var prefix = query.EntityType is { } type ? EntityKey.For(type, "") : "";
        var page = await client.RunAsync(SuggestionStatements.Top(query.Kind).With(("prefix", prefix),
            ("offset", Math.Max(0, query.Offset)), ("limit", Math.Clamp(query.Limit, 0, ISuggestionStore.MaxPageSize))), cancellationToken);
        var count = await client.RunAsync(SuggestionStatements.Count(query.Kind).With(("prefix", prefix)), cancellationToken);
        return new SuggestionPage(page.Records.Select(record => Read(query.Kind, record)).ToList(),
            count.Records.Count == 0 ? 0 : count.Records[0].Int("total"));
    }

    private static Suggestion Read(SuggestionKind kind, QueryRecord record) => new(
        kind,
        record.String("source"),
        record.String("target"),
        record.Double("score"),
        record.IsNull("reasons") ? [] : record.Strings("reasons"),
        record.NullableString("role") is { } role ? Enum.Parse<RelationType>(role) : null);
}
