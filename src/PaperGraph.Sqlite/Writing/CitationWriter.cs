using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Writing;

/// <summary>Writes what a paper brings beyond its extraction: its match keys, the stubs of works it cites or is cited
/// by (only where no paper has their id), and its CITES edges, its references replacing the ones it had.</summary>
internal sealed class CitationWriter : IDisposable
{
    private readonly PreparedCommand _addKeys;
    private readonly PreparedCommand _insertStub;
    private readonly PreparedCommand _selectPaper;
    private readonly PreparedCommand _clearReferences;
    private readonly PreparedCommand _insertCites;
    private readonly PreparedCommand[] _commands;
    private readonly HashSet<long> _toIndex;

    /// <param name="toIndex">Papers the batch indexes for search at its end; new stubs are added to it.</param>
    public CitationWriter(SqliteConnection connection, SqliteTransaction transaction, HashSet<long> toIndex)
    {
        _toIndex = toIndex;
        PreparedCommand Prepare(string sql, params string[] names) => new(connection, transaction, sql, names);
        var cites = StoredRows.Name(RelationType.Cites);
        _commands =
        [
            _addKeys = Prepare("INSERT OR IGNORE INTO paper_keys (key, paper_pk) SELECT value, $pk FROM json_each($keys)", "$pk", "$keys"),
            _insertStub = Prepare(
                """
                INSERT INTO papers (id, title, abstract, doi, arxiv_id, year, openalex_id, s2_id, is_stub)
                VALUES ($id, $title, '', $doi, $arxiv, $year, $openalex, $s2, 1)
                ON CONFLICT (id) DO NOTHING
                RETURNING pk
                """,
                "$id", "$title", "$doi", "$arxiv", "$year", "$openalex", "$s2"),
            _selectPaper = Prepare("SELECT pk FROM papers WHERE id = $id", "$id"),
            _clearReferences = Prepare($"DELETE FROM paper_links WHERE source_pk = $pk AND type = '{cites}'", "$pk"),
            _insertCites = Prepare(
                $"INSERT OR IGNORE INTO paper_links (source_pk, target_pk, type) SELECT $source, $target, '{cites}' WHERE $source <> $target",
                "$source", "$target"),
        ];
    }

    /// <summary>CITES edges written so far.</summary>
    public int EdgesWritten { get; private set; }

    public void AddKeys(long paperPk, Paper paper) => _addKeys.Execute(paperPk, StoredRows.JsonSet(paper.Keys));

    public void Write(long paperPk, PaperCitations? citations)
    {
        if (citations is null)
        {
            return;
        }
        if (citations.References is { } references)
        {
            _clearReferences.Execute(paperPk);
            foreach (var work in references)
            {
                EdgesWritten += _insertCites.Execute(paperPk, Ensure(work));
            }
        }
        foreach (var work in citations.CitedBy)
        {
            EdgesWritten += _insertCites.Execute(Ensure(work), paperPk);
        }
    }

    /// <summary>The row of the work's node: the paper with its id, else a new stub.</summary>
    private long Ensure(Paper work)
    {
        if (_insertStub.Scalar(work.Id, work.Title, work.Doi, work.ArxivId, work.Year, work.OpenAlexId, work.SemanticScholarId) is long added)
        {
            _toIndex.Add(added);
            AddKeys(added, work);
            return added;
        }
        var existing = (long)_selectPaper.Scalar(work.Id)!;
        AddKeys(existing, work);
        return existing;
    }

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }
    }
}
