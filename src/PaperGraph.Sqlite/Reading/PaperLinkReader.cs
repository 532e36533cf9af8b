using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Reading;

/// <summary>CITES and BUILDS_ON edges (or CITES only) touching the given papers, in both directions, with both ends
/// described. The type is filtered before the ends are described: both indexes of <c>paper_links</c> lead with the
/// paper and then the type.</summary>
internal static class PaperLinkReader
{
    public static async Task<IReadOnlyList<PaperLink>> ReadAsync(
        SqliteConnection connection, IReadOnlyCollection<string> paperIds, PaperLinkScope scope, CancellationToken cancellationToken)
    {
        if (paperIds.Count == 0)
        {
            return [];
        }
        return await connection.Command(
                $"""
                WITH given AS (SELECT pk FROM papers WHERE id IN (SELECT value FROM json_each($ids))),
                types AS (SELECT value AS type FROM json_each($types)),
                links AS (
                    SELECT source_pk, target_pk, type FROM paper_links
                    WHERE source_pk IN (SELECT pk FROM given) AND type IN (SELECT type FROM types)
                    UNION SELECT source_pk, target_pk, type FROM paper_links
                    WHERE target_pk IN (SELECT pk FROM given) AND type IN (SELECT type FROM types))
                SELECT {StoredRows.CitationNodeColumns("s")}, {StoredRows.CitationNodeColumns("t")}, l.type
                FROM links l JOIN papers s ON s.pk = l.source_pk JOIN papers t ON t.pk = l.target_pk
                ORDER BY s.id, l.type, t.id
                """,
                ("$ids", StoredRows.JsonSet(paperIds.Distinct())),
                ("$types", StoredRows.JsonSet(Types(scope).Select(StoredRows.Name))))
            .ListAsync(r => new PaperLink(StoredRows.ReadCitationNode(r, 0), StoredRows.ReadCitationNode(r, 5), Enum.Parse<RelationType>(r.GetString(10))),
                cancellationToken);
    }

    private static RelationType[] Types(PaperLinkScope scope) => scope == PaperLinkScope.CitesOnly
        ? [RelationType.Cites]
        : [RelationType.Cites, RelationType.BuildsOn];
}
