using System.Reflection;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Knowledge;

/// <summary>The curated names the extractor knows: datasets, metrics, tasks and methods, loaded
/// from the TSV files embedded in this assembly. Immutable after construction.</summary>
public sealed class KnowledgeBase
{
    private static readonly (string File, EntityType Type)[] Files =
    [
        ("datasets.tsv", EntityType.Dataset),
        ("metrics.tsv", EntityType.Metric),
        ("tasks.tsv", EntityType.Task),
        ("methods.tsv", EntityType.Method),
    ];

    private readonly Dictionary<string, KnowledgeEntry> _byName;

    public KnowledgeBase(IEnumerable<KnowledgeEntry> entries)
    {
        Entries = entries.ToList();
        _byName = new Dictionary<string, KnowledgeEntry>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            foreach (var spelling in new[] { entry.Name }.Concat(entry.Aliases))
            {
                _byName.TryAdd(EntityKey.For(entry.Type, spelling), entry);
            }
        }
        Index = new PhraseIndex(Entries);
    }

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    internal PhraseIndex Index { get; }

    /// <summary>The entry with this name or spelling, if known.</summary>
    public KnowledgeEntry? Find(EntityType type, string name) =>
        _byName.GetValueOrDefault(EntityKey.For(type, name));

    public static KnowledgeBase LoadEmbedded()
    {
        var assembly = typeof(KnowledgeBase).Assembly;
        var entries = new List<KnowledgeEntry>();
        foreach (var (file, type) in Files)
        {
            entries.AddRange(ReadResource(assembly, "PaperGraph.Core.KnowledgeBase." + file, type));
        }
        return new KnowledgeBase(entries);
    }

    private static List<KnowledgeEntry> ReadResource(Assembly assembly, string name, EntityType type)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Knowledge-base resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return KnowledgeBaseTsvReader.Read(reader, type).ToList();
    }
}
