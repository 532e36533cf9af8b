using Microsoft.Data.Sqlite;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Writing;

/// <summary>Creates entities, accumulates their names and links variants to parents within one write
/// transaction. The first canonical name of an entity stays; later spellings become aliases.</summary>
internal sealed class EntityWriter : IDisposable
{
    private readonly PreparedCommand _select;
    private readonly PreparedCommand _insert;
    private readonly PreparedCommand _insertName;
    private readonly PreparedCommand _setParent;
    private readonly PreparedCommand _parentOf;
    private readonly PreparedCommand _deleteSearchRows;
    private readonly PreparedCommand _insertSearchRows;
    private readonly KnownEntities _committed;
    /// <summary>Entities created in this batch or given another name by it: their search rows are rewritten at its end.</summary>
    private readonly HashSet<long> _changed = [];

    public EntityWriter(SqliteConnection connection, SqliteTransaction transaction, KnownEntities committed)
    {
        _committed = committed;
        _select = new(connection, transaction, "SELECT pk FROM entities WHERE key = $key", "$key");
        _insert = new(connection, transaction,
            "INSERT INTO entities (key, type, name) VALUES ($key, $type, $name) RETURNING pk", "$key", "$type", "$name");
        _insertName = new(connection, transaction,
            "INSERT OR IGNORE INTO entity_names (entity_pk, name, folded) VALUES ($pk, $name, $folded)", "$pk", "$name", "$folded");
        _setParent = new(connection, transaction,
            "UPDATE entities SET parent_pk = $parent WHERE pk = $pk AND parent_pk IS NULL", "$parent", "$pk");
        _parentOf = new(connection, transaction, "SELECT parent_pk FROM entities WHERE pk = $pk", "$pk");
        _deleteSearchRows = new(connection, transaction,
            "DELETE FROM entity_search WHERE rowid IN (SELECT value FROM json_each($pks))", "$pks");
        // Entity types and node kinds share their names (Method, Dataset, Metric, Task).
        _insertSearchRows = new(connection, transaction,
            """
            INSERT INTO entity_search (rowid, key, kind, name, aliases)
            SELECT e.pk, e.key, e.type, e.name, (SELECT group_concat(n.name, ' ') FROM entity_names n WHERE n.entity_pk = e.pk)
            FROM entities e WHERE e.pk IN (SELECT value FROM json_each($pks))
            """,
            "$pks");
    }

    /// <summary>What this batch learned about stored entities; true once the batch commits.</summary>
    public KnownEntities Learned { get; } = new();

    public int EntitiesAdded { get; private set; }

    public int VariantLinksAdded { get; private set; }

    /// <summary>The entity's primary key, creating the entity when new; null for a name without letters or digits.</summary>
    public long? Ensure(EntityType type, string name) => Ensure(type, name, EntityKey.For(type, name));

    /// <summary>As <see cref="Ensure(EntityType, string)"/>, under an identity the extractor chose: an acronym a paper
    /// defines is keyed by its expansion, so "CA" defined two ways gives two entities.</summary>
    public long? Ensure(EntityType type, string name, string key)
    {
        if (!IsUsableName(name))
        {
            return null;
        }
        if (!_committed.PkByKey.TryGetValue(key, out var pk) && !Learned.PkByKey.TryGetValue(key, out pk))
        {
            if (_select.Scalar(key) is long existing)
            {
                pk = existing;
            }
            else
            {
                pk = (long)_insert.Scalar(key, StoredRows.Name(type), name)!;
                EntitiesAdded++;
                _changed.Add(pk);
            }
            Learned.PkByKey[key] = pk;
        }
        AddName(pk, name);
        return pk;
    }

    public void AddAlias(long pk, string alias)
    {
        if (IsUsableName(alias))
        {
            AddName(pk, alias);
        }
    }

    /// <summary>Links a variant to its parent (created if absent) unless it already has one or the link would make a cycle.</summary>
    public void LinkParent(long childPk, EntityType type, string parentName)
    {
        if (Ensure(type, parentName) is not { } parentPk || parentPk == childPk
            || _committed.ParentLinks.Contains((childPk, parentPk)) || !Learned.ParentLinks.Add((childPk, parentPk)))
        {
            return;
        }
        if (!IsAncestorOrSelf(childPk, parentPk) && _setParent.Execute(parentPk, childPk) > 0)
        {
            VariantLinksAdded++;
        }
    }

    /// <summary>Rewrites the search rows of entities created in this batch or given another name by it.</summary>
    public void RefreshSearchRows()
    {
        if (_changed.Count > 0)
        {
            var pks = StoredRows.JsonSet(_changed);
            _deleteSearchRows.Execute(pks);
            _insertSearchRows.Execute(pks);
        }
    }

    public void Dispose()
    {
        foreach (var command in new[] { _select, _insert, _insertName, _setParent, _parentOf, _deleteSearchRows, _insertSearchRows })
        {
            command.Dispose();
        }
    }

    /// <summary>A name with letters or digits; any other folds to an empty key.</summary>
    private static bool IsUsableName(string name) => !string.IsNullOrWhiteSpace(name) && EntityKey.Fold(name).Length > 0;

    private void AddName(long pk, string name)
    {
        var trimmed = name.Trim();
        var known = (pk, trimmed.ToLowerInvariant());
        if (_committed.Names.Contains(known) || !Learned.Names.Add(known))
        {
            return;
        }
        if (_insertName.Execute(pk, trimmed, EntityKey.Fold(trimmed)) > 0)
        {
            _changed.Add(pk);
        }
    }

    private bool IsAncestorOrSelf(long candidate, long start)
    {
        long? current = start;
        for (var depth = 0; current is { } pk && depth < StoredRows.MaxVariantDepth; depth++)
        {
            if (pk == candidate)
            {
                return true;
            }
            current = _parentOf.Scalar(pk) as long?;
        }
        return false;
    }
}
