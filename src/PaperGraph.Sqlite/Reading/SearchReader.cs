using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Reading;

/// <summary>Full-text search over papers and entities, best match first (names and titles weigh most).</summary>
internal static class SearchReader
{
    private const string PaperMatches =
        """
        SELECT p.id AS node_id, 'Paper' AS kind, p.title AS label,
               snippet(paper_search, 1, '', '', '…', 16) AS snippet, bm25(paper_search, 10, 1) AS score
        FROM paper_search JOIN papers p ON p.pk = paper_search.rowid
        WHERE paper_search MATCH $query
        """;

    private const string EntityMatches =
        """
        SELECT key AS node_id, kind, name AS label, NULL AS snippet, bm25(entity_search, 0, 0, 10, 1) AS score
        FROM entity_search
        WHERE entity_search MATCH $query AND ($kinds IS NULL OR kind IN (SELECT value FROM json_each($kinds)))
        """;

    public static async Task<IReadOnlyList<SearchHit>> ReadAsync(SqliteConnection connection, SearchQuery query, CancellationToken cancellationToken)
    {
        if (FtsQueryText.From(query.Text ?? "", query.Prefix) is not { } match || query.Limit <= 0)
        {
            return [];
        }
        var kinds = query.Kinds is { Count: > 0 } set ? set : null;
        var wantsPapers = kinds is null || kinds.Contains(NodeKind.Paper);
        var wantsEntities = kinds is null || kinds.Any(kind => kind != NodeKind.Paper);
        var parts = new List<string>(2);
        if (wantsPapers)
        {
            parts.Add(PaperMatches);
        }
        if (wantsEntities)
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
                r.GetNullableString(3),
                -r.GetDouble(4)), cancellationToken);
    }
}
