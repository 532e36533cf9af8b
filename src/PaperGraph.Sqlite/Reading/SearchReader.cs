using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Reading;

/// <summary>Full-text search over papers and entities, best match first (names and titles weigh most).
/// Each index is ranked and cut to the limit before anything else is read, so a common word costs one
/// scoring pass over its matches.</summary>
internal static class SearchReader
{
    private const string PaperMatches =
        """
        SELECT p.id AS node_id, 'Paper' AS kind, p.title AS label, p.abstract AS text, hits.score AS score
        FROM (SELECT rowid AS pk, bm25(paper_search, 10, 1) AS score FROM paper_search
              WHERE paper_search MATCH $query ORDER BY score LIMIT $limit) hits
        JOIN papers p ON p.pk = hits.pk
        """;

    private const string EntityMatches =
        """
        SELECT * FROM (
            SELECT key AS node_id, kind, name AS label, NULL AS text, bm25(entity_search, 0, 0, 10, 1) AS score
            FROM entity_search
            WHERE entity_search MATCH $query AND ($kinds IS NULL OR kind IN (SELECT value FROM json_each($kinds)))
            ORDER BY score LIMIT $limit)
        """;

    public static async Task<IReadOnlyList<SearchHit>> ReadAsync(SqliteConnection connection, SearchQuery query, CancellationToken cancellationToken)
    {
        var words = FtsQueryText.Words(query.Text ?? "");
        if (FtsQueryText.From(words, query.Prefix) is not { } match || query.Limit <= 0)
        {
            return [];
        }
        var kinds = query.Kinds is { Count: > 0 } set ? set : null;
        var parts = new List<string>(2);
        if (kinds is null || kinds.Contains(NodeKind.Paper))
        {
            parts.Add(PaperMatches);
        }
        if (kinds is null || kinds.Any(kind => kind != NodeKind.Paper))
        {
            parts.Add(EntityMatches);
        }
        var sql = $"SELECT * FROM ({string.Join(" UNION ALL ", parts)}) ORDER BY score LIMIT $limit";
        return await connection.Command(sql,
                ("$query", match),
                ("$kinds", kinds is null ? null : StoredRows.JsonSet(kinds.Select(kind => kind.ToString()))),
                ("$limit", query.Limit))
            .ListAsync(r => new SearchHit(
                r.GetString(0),
                Enum.Parse<NodeKind>(r.GetString(1)),
                r.GetString(2),
                r.GetNullableString(3) is { } text ? Snippet.Around(text, words, query.Prefix) : null,
                -r.GetDouble(4)), cancellationToken);
    }
}
