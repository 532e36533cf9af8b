using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Reading;

/// <summary>CITES and BUILDS_ON edges touching the given papers, in both directions, with both ends described.</summary>
internal static class PaperLinkReader
{
    public static async Task<IReadOnlyList<PaperLink>> ReadAsync(
        SqliteConnection connection, IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken)
    {
        if (paperIds.Count == 0)
        {
            return [];
        }
        return await connection.Command(
                $"""
                WITH given AS (SELECT pk FROM papers WHERE id IN (SELECT value FROM json_each($ids))),
                links AS (
                    SELECT source_pk, target_pk, type FROM paper_links WHERE source_pk IN (SELECT pk FROM given)
                    UNION SELECT source_pk, target_pk, type FROM paper_links WHERE target_pk IN (SELECT pk FROM given))
                SELECT {StoredRows.CitationNodeColumns("s")}, {StoredRows.CitationNodeColumns("t")}, l.type
                FROM links l JOIN papers s ON s.pk = l.source_pk JOIN papers t ON t.pk = l.target_pk
                WHERE l.type IN ($cites, $buildsOn)
                ORDER BY s.id, l.type, t.id
                """,
                ("$ids", StoredRows.JsonSet(paperIds.Distinct())),
                ("$cites", StoredRows.Name(RelationType.Cites)),
                ("$buildsOn", StoredRows.Name(RelationType.BuildsOn)))
            .ListAsync(r => new PaperLink(StoredRows.ReadCitationNode(r, 0), StoredRows.ReadCitationNode(r, 5), Enum.Parse<RelationType>(r.GetString(10))),
                cancellationToken);
    }
}
