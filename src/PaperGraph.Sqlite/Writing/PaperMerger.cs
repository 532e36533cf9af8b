using Microsoft.Data.Sqlite;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Writing;

/// <summary>Merges stored papers found to be one paper into the node to keep (see
/// <see cref="PaperGraph.Core.Graph.IGraphStore.MergePapersAsync"/>), inside the caller's write transaction.</summary>
internal static class PaperMerger
{
    private static readonly string Cites = StoredRows.Name(RelationType.Cites);

    public static async Task<string?> MergeAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<string> paperIds, CancellationToken cancellationToken)
    {
        var stored = await connection.Command(
                "SELECT pk, id, abstract <> '', is_stub FROM papers WHERE id IN (SELECT value FROM json_each($ids))",
                ("$ids", StoredRows.JsonSet(paperIds)))
            .In(transaction)
            .ListAsync(r => (Pk: r.GetInt64(0), Id: r.GetString(1), Described: r.GetBoolean(2), Stub: r.GetBoolean(3)), cancellationToken);
        var given = paperIds.ToList();
        var ordered = stored.OrderByDescending(p => p.Described).ThenBy(p => p.Stub).ThenBy(p => given.IndexOf(p.Id)).ToList();
        if (ordered.Count == 0)
        {
            return null;
        }
        var keep = ordered[0];
        foreach (var gone in ordered.Skip(1))
        {
            foreach (var sql in Statements)
            {
                await connection.Command(sql, ("$keep", keep.Pk), ("$gone", gone.Pk)).In(transaction).ExecuteAsync(cancellationToken);
            }
        }
        return keep.Id;
    }

    /// <summary>In order: what the kept node lacks, keys, CITES both ways, entity paper counts, then the merged node
    /// leaves the search index, its relations and results, and the table.</summary>
    private static readonly string[] Statements =
    [
        """
        UPDATE papers SET
            doi = coalesce(papers.doi, gone.doi), arxiv_id = coalesce(papers.arxiv_id, gone.arxiv_id), year = coalesce(papers.year, gone.year),
            authors = coalesce(papers.authors, gone.authors), venue = coalesce(papers.venue, gone.venue), url = coalesce(papers.url, gone.url),
            openalex_id = coalesce(papers.openalex_id, gone.openalex_id), s2_id = coalesce(papers.s2_id, gone.s2_id),
            is_stub = papers.is_stub AND gone.is_stub
        FROM (SELECT * FROM papers WHERE pk = $gone) AS gone
        WHERE papers.pk = $keep
        """,
        "UPDATE paper_keys SET paper_pk = $keep WHERE paper_pk = $gone",
        $"""
        INSERT OR IGNORE INTO paper_links (source_pk, target_pk, type)
        SELECT $keep, target_pk, type FROM paper_links WHERE source_pk = $gone AND type = '{Cites}' AND target_pk <> $keep
        """,
        $"""
        INSERT OR IGNORE INTO paper_links (source_pk, target_pk, type)
        SELECT source_pk, $keep, type FROM paper_links WHERE target_pk = $gone AND type = '{Cites}' AND source_pk <> $keep
        """,
        """
        UPDATE entities SET paper_count = paper_count - 1
        WHERE pk IN (SELECT entity_pk FROM paper_entities WHERE paper_pk = $gone UNION SELECT dataset_pk FROM results WHERE paper_pk = $gone)
        """,
        "INSERT INTO paper_search (paper_search, rowid, title, abstract) SELECT 'delete', pk, title, abstract FROM papers WHERE pk = $gone",
        "DELETE FROM paper_links WHERE source_pk = $gone OR target_pk = $gone",
        "DELETE FROM paper_entities WHERE paper_pk = $gone",
        "DELETE FROM results WHERE paper_pk = $gone",
        "DELETE FROM papers WHERE pk = $gone",
    ];
}
