using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Reading;

/// <summary>Full-text search over papers and entities, best match first (names and titles weigh most).</summary>
internal static class SearchReader
{
    private const string Query =
        """
        SELECT node_id, kind, label,
               CASE WHEN kind = 'Paper' THEN snippet(search_index, 3, '', '', '…', 16) END,
               bm25(search_index, 0, 0, 10, 1) AS score
        FROM search_index
        WHERE search_index MATCH $query
          AND ($kinds IS NULL OR kind IN (SELECT value FROM json_each($kinds)))
        ORDER BY score
        LIMIT $limit
        """;

    public static async Task<IReadOnlyList<SearchHit>> ReadAsync(SqliteConnection connection, SearchQuery query, CancellationToken cancellationToken)
    {
        if (FtsQueryText.From(query.Text ?? "", query.Prefix) is not { } match || query.Limit <= 0)
        {
            return [];
        }
        var kinds = query.Kinds is { Count: > 0 } set ? StoredRows.JsonSet(set.Select(kind => kind.ToString())) : null;
        return await connection.Command(Query, ("$query", match), ("$kinds", kinds), ("$limit", query.Limit))
            .ListAsync(r => new SearchHit(
                r.GetString(0),
                Enum.Parse<NodeKind>(r.GetString(1)),
                r.GetString(2),
                r.GetNullableString(3),
                -r.GetDouble(4)), cancellationToken);
    }
}
