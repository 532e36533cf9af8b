namespace PaperGraph.Sqlite.Writing;

/// <summary>Entity keys, names and parent links already in the database. Only curation deletes entities (and then
/// forgets everything here), so a fact once committed stays true and later batches can skip the lookups and inserts it implies. Only
/// used under the store's write lock; a batch's facts are absorbed only once the batch has committed.</summary>
internal sealed class KnownEntities
{
    /// <summary>Bounds memory on very large graphs; forgetting only costs lookups.</summary>
    private const int Capacity = 2_000_000;

    public Dictionary<string, long> PkByKey { get; } = new(StringComparer.Ordinal);

    public HashSet<(long Pk, string Name)> Names { get; } = [];

    /// <summary>Variant links already attempted (made, or refused because the entity had a parent).</summary>
    public HashSet<(long Child, long Parent)> ParentLinks { get; } = [];

    public void Forget()
    {
        PkByKey.Clear();
        Names.Clear();
        ParentLinks.Clear();
    }

    public void Absorb(KnownEntities batch)
    {
        if (PkByKey.Count + Names.Count + ParentLinks.Count > Capacity)
        {
            Forget();
        }
        foreach (var (key, pk) in batch.PkByKey)
        {
            PkByKey[key] = pk;
        }
        Names.UnionWith(batch.Names);
        ParentLinks.UnionWith(batch.ParentLinks);
    }
}
