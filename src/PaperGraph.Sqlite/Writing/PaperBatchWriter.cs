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
    private readonly CitationWriter _citations;
    private readonly PreparedCommand _selectPaper;
    private readonly PreparedCommand _withAbstract;
    private readonly PreparedCommand _updateMetadata;
    private readonly PreparedCommand _insertPaper;
    private readonly PreparedCommand _updatePaper;
    private readonly PreparedCommand _linkedEntities;
    private readonly PreparedCommand _deleteRelations;
    private readonly PreparedCommand _deleteResults;
    private readonly PreparedCommand _deleteSearchRow;
    private readonly PreparedCommand _indexPapers;
    private readonly PreparedCommand _insertRelations;
    private readonly PreparedCommand _insertResult;
    private readonly PreparedCommand _addPaperCount;
    private readonly PreparedCommand[] _commands;
    /// <summary>Papers gained per entity in this batch, applied once per entity at the end.</summary>
    private readonly Dictionary<long, int> _paperCountDeltas = [];
    /// <summary>Papers written by this batch, indexed for search in one statement at its end: far cheaper
    /// than indexing each paper between the other writes.</summary>
    private readonly HashSet<long> _toIndex = [];
    private int _papersAdded;
    private int _papersUpdated;
    private int _relationsWritten;

    public PaperBatchWriter(SqliteConnection connection, SqliteTransaction transaction, KnownEntities knownEntities)
    {
        _entities = new EntityWriter(connection, transaction, knownEntities);
        _citations = new CitationWriter(connection, transaction, _toIndex);
        PreparedCommand Prepare(string sql, params string[] names) => new(connection, transaction, sql, names);
        _commands =
        [
            _selectPaper = Prepare("SELECT pk, is_stub FROM papers WHERE id = $id", "$id"),
            _withAbstract = Prepare("SELECT pk FROM papers WHERE id = $id AND abstract <> ''", "$id"),
            _insertPaper = Prepare(
                """
                INSERT INTO papers (id, title, abstract, doi, arxiv_id, year, authors, venue, url, openalex_id, s2_id, entity_count, mentions)
                VALUES ($id, $title, $abstract, $doi, $arxiv, $year, $authors, $venue, $url, $openalex, $s2, $entities, $mentions)
                ON CONFLICT (id) DO NOTHING
                RETURNING pk
                """,
                "$id", "$title", "$abstract", "$doi", "$arxiv", "$year", "$authors", "$venue", "$url", "$openalex", "$s2", "$entities", "$mentions"),
            // What the record does not say (a null id, an empty abstract) keeps what another source stored.
            _updatePaper = Prepare(
                $"""
                UPDATE papers SET {MetadataAssignments}, abstract = CASE WHEN $abstract = '' THEN abstract ELSE $abstract END,
                    entity_count = $entities, mentions = $mentions
                WHERE pk = $pk
                """,
                "$title", "$doi", "$arxiv", "$year", "$authors", "$venue", "$url", "$openalex", "$s2", "$abstract", "$entities", "$mentions", "$pk"),
            _updateMetadata = Prepare($"UPDATE papers SET {MetadataAssignments} WHERE pk = $pk",
                "$title", "$doi", "$arxiv", "$year", "$authors", "$venue", "$url", "$openalex", "$s2", "$pk"),
            _linkedEntities = Prepare(
                "SELECT entity_pk FROM paper_entities WHERE paper_pk = $pk UNION SELECT dataset_pk FROM results WHERE paper_pk = $pk",
                "$pk"),
            _deleteRelations = Prepare("DELETE FROM paper_entities WHERE paper_pk = $pk", "$pk"),
            _deleteResults = Prepare("DELETE FROM results WHERE paper_pk = $pk", "$pk"),
            // The index holds no copy of the text: removing a paper from it takes the text it was indexed with.
            _deleteSearchRow = Prepare(
                "INSERT INTO paper_search (paper_search, rowid, title, abstract) SELECT 'delete', pk, title, abstract FROM papers WHERE pk = $pk",
                "$pk"),
            _indexPapers = Prepare(
                "INSERT INTO paper_search (rowid, title, abstract) SELECT pk, title, abstract FROM papers WHERE pk IN (SELECT value FROM json_each($pks))",
                "$pks"),
            // One statement per paper for all its relations: per-row statements dominate the cost of an import.
            _insertRelations = Prepare(
                """
                INSERT OR IGNORE INTO paper_entities (paper_pk, entity_pk, role, paper_weight)
                SELECT $paper, value ->> 0, value ->> 1, $weight FROM json_each($rows)
                """,
                "$paper", "$rows", "$weight"),
            _insertResult = Prepare(
                """
                INSERT INTO results (paper_pk, dataset_pk, metric, metric_key, value, unit, lower_is_better,
                    sentence_start, sentence_end, span_start, span_end, paper_weight, qualifier, condition_text, setting, is_cost, value_text)
                VALUES ($paper, $dataset, $metric, $metricKey, $value, $unit, $lower, $ss, $se, $s, $e, $weight,
                    $qualifier, $condition, $setting, $cost, $written)
                """,
                "$paper", "$dataset", "$metric", "$metricKey", "$value", "$unit", "$lower", "$ss", "$se", "$s", "$e", "$weight",
                "$qualifier", "$condition", "$setting", "$cost", "$written"),
            _addPaperCount = Prepare("UPDATE entities SET paper_count = paper_count + $delta WHERE pk = $pk", "$delta", "$pk"),
        ];
    }

    private const string MetadataAssignments =
        """
        title = $title, doi = coalesce($doi, doi), arxiv_id = coalesce($arxiv, arxiv_id), year = coalesce($year, year),
            authors = coalesce($authors, authors), venue = coalesce($venue, venue), url = coalesce($url, url),
            openalex_id = coalesce($openalex, openalex_id), s2_id = coalesce($s2, s2_id), is_stub = 0
        """;

    public void Write(PaperRecord record)
    {
        var paper = record.Paper;
        if (string.IsNullOrWhiteSpace(paper.Id))
        {
            throw new ArgumentException($"Paper \"{paper.Title}\" has no id.", nameof(record));
        }
        if (paper.IsStub)
        {
            throw new ArgumentException($"Paper \"{paper.Title}\" is a stub; stubs are written as the citations of a paper.", nameof(record));
        }
        // A record without an abstract (a BibTeX entry) enriches a paper stored with one but keeps its extraction.
        if (paper.Abstract.Length == 0 && _withAbstract.Scalar(paper.Id) is long described)
        {
            UpdateSearchRow(described);
            _updateMetadata.Execute([.. MetadataValues(paper), described]);
            _papersUpdated++;
            WriteCitations(described, record);
            return;
        }
        var extraction = record.Extraction;
        // Entities first, so the paper row is written once with its entity count and mentions.
        var entities = extraction.Entities.Select(entity => (Entity: entity, Pk: WriteEntity(entity))).ToList();
        // A value that is not a number cannot be ranked (and SQLite would store NaN as NULL).
        var results = extraction.Results.Where(result => double.IsFinite(result.Value)).ToList();
        var datasets = results.Select(result => _entities.Ensure(EntityType.Dataset, result.Dataset)).ToList();
        var linked = entities.Select(e => e.Pk).Concat(datasets).OfType<long>().ToHashSet();
        var (relations, mentions) = RowsOf(entities, extraction.Mentions);
        var paperPk = WritePaperRow(paper, linked.Count, mentions.ToJson());
        WriteCitations(paperPk, record);
        foreach (var entityPk in linked)
        {
            AddToPaperCount(entityPk, 1);
        }
        if (relations.Count > 0)
        {
            _relationsWritten += _insertRelations.Execute(paperPk, relations.ToJson(), linked.Count);
        }
        for (var i = 0; i < results.Count; i++)
        {
            if (datasets[i] is { } datasetPk)
            {
                WriteResult(paperPk, results[i], datasetPk, linked.Count);
            }
        }
    }

    /// <summary>What the batch learned about stored entities, to remember once it has committed.</summary>
    public KnownEntities LearnedEntities => _entities.Learned;

    /// <summary>Finishes the batch (entity paper counts, search index) and says what it changed.</summary>
    public UpsertSummary Complete()
    {
        foreach (var (entityPk, delta) in _paperCountDeltas)
        {
            if (delta != 0)
            {
                _addPaperCount.Execute(delta, entityPk);
            }
        }
        if (_toIndex.Count > 0)
        {
            _indexPapers.Execute(StoredRows.JsonSet(_toIndex));
        }
        _entities.RefreshSearchRows();
        return new UpsertSummary(_papersAdded, _papersUpdated, _entities.EntitiesAdded,
            _relationsWritten + _entities.VariantLinksAdded + _citations.EdgesWritten);
    }

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }
        _entities.Dispose();
        _citations.Dispose();
    }

    private void WriteCitations(long paperPk, PaperRecord record)
    {
        _citations.AddKeys(paperPk, record.Paper);
        _citations.Write(paperPk, record.Citations);
    }

    private static object?[] MetadataValues(Paper paper) =>
        [paper.Title, paper.Doi, paper.ArxivId, paper.Year, StoredRows.WriteAuthors(paper.Authors), paper.Venue, paper.Url, paper.OpenAlexId, paper.SemanticScholarId];

    /// <summary>Written before this batch, the paper is in the index under its old text, which must come out
    /// first; written earlier in this batch, it is not indexed yet.</summary>
    private void UpdateSearchRow(long paperPk)
    {
        if (_toIndex.Add(paperPk))
        {
            _deleteSearchRow.Execute(paperPk);
        }
    }

    /// <summary>Inserts the paper, or when its id is taken updates that row and clears its extracted data.</summary>
    private long WritePaperRow(Paper paper, int entityCount, string mentions)
    {
        var authors = StoredRows.WriteAuthors(paper.Authors);
        // Try the insert first: in an import most papers are new, so this is the only statement.
        if (_insertPaper.Scalar(paper.Id, paper.Title, paper.Abstract, paper.Doi, paper.ArxivId, paper.Year, authors, paper.Venue, paper.Url,
                paper.OpenAlexId, paper.SemanticScholarId, entityCount, mentions) is long added)
        {
            _toIndex.Add(added);
            _papersAdded++;
            return added;
        }
        var (existing, wasStub) = _selectPaper.List(r => (r.GetInt64(0), r.GetBoolean(1)), paper.Id)[0];
        foreach (var entityPk in _linkedEntities.List(r => r.GetInt64(0), existing))
        {
            AddToPaperCount(entityPk, -1);
        }
        _deleteRelations.Execute(existing);
        _deleteResults.Execute(existing);
        UpdateSearchRow(existing);
        _updatePaper.Execute([.. MetadataValues(paper), paper.Abstract, entityCount, mentions, existing]);
        // A stub filled in is a paper the corpus gains.
        if (wasStub)
        {
            _papersAdded++;
        }
        else
        {
            _papersUpdated++;
        }
        return existing;
    }

    private void AddToPaperCount(long entityPk, int delta) =>
        _paperCountDeltas[entityPk] = _paperCountDeltas.GetValueOrDefault(entityPk) + delta;

    /// <summary>The paper's relations, and its mentions: those of each entity plus loose mentions whose text
    /// names one of the paper's entities.</summary>
    private static (RelationRows Relations, MentionRows Mentions) RowsOf(
        IEnumerable<(ExtractedEntity Entity, long? Pk)> entities, IEnumerable<Mention> looseMentions)
    {
        var relations = new RelationRows();
        var mentions = new MentionRows();
        var byName = new Dictionary<(EntityType, string), long>();
        foreach (var (entity, pk) in entities)
        {
            if (pk is not { } entityPk)
            {
                continue;
            }
            foreach (var role in entity.Roles)
            {
                relations.Add(entityPk, role);
            }
            byName[(entity.Type, EntityKey.Fold(entity.Name))] = entityPk;
            foreach (var alias in entity.Aliases)
            {
                byName.TryAdd((entity.Type, EntityKey.Fold(alias)), entityPk);
            }
            foreach (var mention in entity.Mentions)
            {
                mentions.Add(entityPk, mention.Start, mention.End);
            }
        }
        foreach (var mention in looseMentions)
        {
            if (byName.TryGetValue((mention.Type, EntityKey.Fold(mention.Text)), out var entityPk))
            {
                mentions.Add(entityPk, mention.Start, mention.End);
            }
        }
        return (relations, mentions);
    }

    /// <summary>Creates or finds the entity with its names and parent; null when it has no usable name.</summary>
    private long? WriteEntity(ExtractedEntity entity)
    {
        if (_entities.Ensure(entity.Type, entity.Name, entity.Key) is not { } entityPk)
        {
            return null;
        }
        foreach (var alias in entity.Aliases)
        {
            _entities.AddAlias(entityPk, alias);
        }
        if (!string.IsNullOrWhiteSpace(entity.Parent))
        {
            _entities.LinkParent(entityPk, entity.Type, entity.Parent);
        }
        return entityPk;
    }

    private void WriteResult(long paperPk, ExtractedResult result, long datasetPk, int paperWeight)
    {
        var p = result.Provenance;
        _insertResult.Execute(paperPk, datasetPk, result.Metric, EntityKey.Fold(result.Metric), result.Value, result.Unit,
            MetricDirection.IsLowerBetter(result.Metric), p.SentenceStart, p.SentenceEnd, p.Start, p.End, paperWeight,
            result.Qualifier, result.Condition, result.Setting ?? "", result.IsCost, result.WrittenValue);
        _relationsWritten++;
    }
}
