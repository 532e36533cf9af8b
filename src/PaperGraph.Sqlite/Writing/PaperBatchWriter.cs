using Microsoft.Data.Sqlite;
using PaperGraph.Core.Extraction;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Writing;

/// <summary>Writes papers with their extracted relations, results and mentions inside one transaction.
/// A paper already stored keeps its row and gets its extracted data replaced.</summary>
internal sealed class PaperBatchWriter : IDisposable
{
    private readonly EntityWriter _entities;
    private readonly PreparedCommand _selectPaper;
    private readonly PreparedCommand _insertPaper;
    private readonly PreparedCommand _updatePaper;
    private readonly PreparedCommand _releaseEntityCounts;
    private readonly PreparedCommand _deleteRelations;
    private readonly PreparedCommand _deleteResults;
    private readonly PreparedCommand _deleteMentions;
    private readonly PreparedCommand _deleteSearchRow;
    private readonly PreparedCommand _insertSearchRow;
    private readonly PreparedCommand _insertRelation;
    private readonly PreparedCommand _insertResult;
    private readonly PreparedCommand _insertMention;
    private readonly PreparedCommand _countPaperOnEntity;
    private readonly PreparedCommand _setEntityCount;
    private readonly PreparedCommand[] _commands;
    private int _papersAdded;
    private int _papersUpdated;
    private int _relationsWritten;

    public PaperBatchWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _entities = new EntityWriter(connection, transaction);
        PreparedCommand Prepare(string sql, params string[] names) => new(connection, transaction, sql, names);
        _commands =
        [
            _selectPaper = Prepare("SELECT pk FROM papers WHERE id = $id", "$id"),
            _insertPaper = Prepare(
                """
                INSERT INTO papers (id, title, abstract, doi, arxiv_id, year, authors, venue, url)
                VALUES ($id, $title, $abstract, $doi, $arxiv, $year, $authors, $venue, $url) RETURNING pk
                """,
                "$id", "$title", "$abstract", "$doi", "$arxiv", "$year", "$authors", "$venue", "$url"),
            _updatePaper = Prepare(
                """
                UPDATE papers SET title = $title, abstract = $abstract, doi = $doi, arxiv_id = $arxiv, year = $year,
                    authors = $authors, venue = $venue, url = $url
                WHERE pk = $pk
                """,
                "$title", "$abstract", "$doi", "$arxiv", "$year", "$authors", "$venue", "$url", "$pk"),
            _releaseEntityCounts = Prepare(
                """
                UPDATE entities SET paper_count = paper_count - 1
                WHERE pk IN (SELECT entity_pk FROM paper_entities WHERE paper_pk = $pk
                             UNION SELECT dataset_pk FROM results WHERE paper_pk = $pk)
                """,
                "$pk"),
            _deleteRelations = Prepare("DELETE FROM paper_entities WHERE paper_pk = $pk", "$pk"),
            _deleteResults = Prepare("DELETE FROM results WHERE paper_pk = $pk", "$pk"),
            _deleteMentions = Prepare("DELETE FROM mentions WHERE paper_pk = $pk", "$pk"),
            _deleteSearchRow = Prepare("DELETE FROM search_index WHERE rowid = $pk", "$pk"),
            _insertSearchRow = Prepare(
                "INSERT INTO search_index (rowid, node_id, kind, label, body) VALUES ($pk, $id, 'Paper', $title, $abstract)",
                "$pk", "$id", "$title", "$abstract"),
            _insertRelation = Prepare(
                "INSERT OR IGNORE INTO paper_entities (paper_pk, entity_pk, role) VALUES ($paper, $entity, $role)",
                "$paper", "$entity", "$role"),
            _insertResult = Prepare(
                """
                INSERT INTO results (paper_pk, dataset_pk, metric, metric_key, value, unit, lower_is_better,
                    sentence_start, sentence_end, span_start, span_end)
                VALUES ($paper, $dataset, $metric, $metricKey, $value, $unit, $lower, $ss, $se, $s, $e)
                """,
                "$paper", "$dataset", "$metric", "$metricKey", "$value", "$unit", "$lower", "$ss", "$se", "$s", "$e"),
            _insertMention = Prepare(
                "INSERT OR IGNORE INTO mentions (paper_pk, entity_pk, span_start, span_end) VALUES ($paper, $entity, $s, $e)",
                "$paper", "$entity", "$s", "$e"),
            _countPaperOnEntity = Prepare("UPDATE entities SET paper_count = paper_count + 1 WHERE pk = $pk", "$pk"),
            _setEntityCount = Prepare("UPDATE papers SET entity_count = $count WHERE pk = $pk", "$count", "$pk"),
        ];
    }

    public void Write(PaperRecord record)
    {
        var paper = record.Paper;
        if (string.IsNullOrWhiteSpace(paper.Id))
        {
            throw new ArgumentException($"Paper \"{paper.Title}\" has no id.", nameof(record));
        }
        var paperPk = WritePaperRow(paper);
        var linked = new HashSet<long>();
        var byName = new Dictionary<(EntityType, string), long>();
        foreach (var entity in record.Extraction.Entities)
        {
            WriteEntity(paperPk, entity, linked, byName);
        }
        foreach (var mention in record.Extraction.Mentions)
        {
            if (byName.TryGetValue((mention.Type, EntityKey.Fold(mention.Text)), out var entityPk))
            {
                _insertMention.Execute(paperPk, entityPk, mention.Start, mention.End);
            }
        }
        foreach (var result in record.Extraction.Results)
        {
            WriteResult(paperPk, result, linked);
        }
        foreach (var entityPk in linked)
        {
            _countPaperOnEntity.Execute(entityPk);
        }
        _setEntityCount.Execute(linked.Count, paperPk);
    }

    /// <summary>Finishes the batch (search rows of changed entities) and says what it changed.</summary>
    public UpsertSummary Complete()
    {
        _entities.RefreshSearchRows();
        return new UpsertSummary(_papersAdded, _papersUpdated, _entities.EntitiesAdded, _relationsWritten + _entities.VariantLinksAdded);
    }

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }
        _entities.Dispose();
    }

    private long WritePaperRow(Paper paper)
    {
        var authors = StoredRows.WriteAuthors(paper.Authors);
        if (_selectPaper.Scalar(paper.Id) is long existing)
        {
            _releaseEntityCounts.Execute(existing);
            _deleteRelations.Execute(existing);
            _deleteResults.Execute(existing);
            _deleteMentions.Execute(existing);
            _deleteSearchRow.Execute(existing);
            _updatePaper.Execute(paper.Title, paper.Abstract, paper.Doi, paper.ArxivId, paper.Year, authors, paper.Venue, paper.Url, existing);
            _insertSearchRow.Execute(existing, paper.Id, paper.Title, paper.Abstract);
            _papersUpdated++;
            return existing;
        }
        var pk = (long)_insertPaper.Scalar(paper.Id, paper.Title, paper.Abstract, paper.Doi, paper.ArxivId, paper.Year, authors, paper.Venue, paper.Url)!;
        _insertSearchRow.Execute(pk, paper.Id, paper.Title, paper.Abstract);
        _papersAdded++;
        return pk;
    }

    private void WriteEntity(long paperPk, ExtractedEntity entity, HashSet<long> linked, Dictionary<(EntityType, string), long> byName)
    {
        if (_entities.Ensure(entity.Type, entity.Name) is not { } entityPk)
        {
            return;
        }
        byName[(entity.Type, EntityKey.Fold(entity.Name))] = entityPk;
        foreach (var alias in entity.Aliases)
        {
            _entities.AddAlias(entityPk, entity.Type, entity.Name, alias);
            byName.TryAdd((entity.Type, EntityKey.Fold(alias)), entityPk);
        }
        if (!string.IsNullOrWhiteSpace(entity.Parent))
        {
            _entities.LinkParent(entityPk, entity.Type, entity.Parent);
        }
        _relationsWritten += _insertRelation.Execute(paperPk, entityPk, StoredRows.Name(entity.Role));
        linked.Add(entityPk);
        foreach (var mention in entity.Mentions)
        {
            _insertMention.Execute(paperPk, entityPk, mention.Start, mention.End);
        }
    }

    private void WriteResult(long paperPk, ExtractedResult result, HashSet<long> linked)
    {
        if (_entities.Ensure(EntityType.Dataset, result.Dataset) is not { } datasetPk)
        {
            return;
        }
        var p = result.Provenance;
        _insertResult.Execute(paperPk, datasetPk, result.Metric, EntityKey.Fold(result.Metric), result.Value, result.Unit,
            MetricDirection.IsLowerBetter(result.Metric), p.SentenceStart, p.SentenceEnd, p.Start, p.End);
        _relationsWritten++;
        linked.Add(datasetPk);
    }
}
