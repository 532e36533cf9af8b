using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Knowledge;

/// <summary>The curated names the extractor knows: datasets, metrics, tasks and methods, loaded
/// from the TSV files embedded in this assembly, with the metric vocabulary and the result rule's cue
/// words. Immutable after construction.</summary>
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

    internal KnowledgeBase(IEnumerable<KnowledgeEntry> entries, MetricWordRules metricWords, ResultVocabulary resultWords)
    {
        Entries = entries.ToList();
        Metrics = new MetricVocabulary(Entries, metricWords);
        ResultWords = resultWords;
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

    /// <summary>The metrics of this knowledge base as one vocabulary.</summary>
    public MetricVocabulary Metrics { get; }

    internal ResultVocabulary ResultWords { get; }

    /// <summary>The entry with this name or spelling, if known.</summary>
    public KnowledgeEntry? Find(EntityType type, string name) =>
        _byName.GetValueOrDefault(EntityKey.For(type, name));

    public static KnowledgeBase LoadEmbedded()
    {
        var entries = new List<KnowledgeEntry>();
        foreach (var (file, type) in Files)
        {
            using var reader = KnowledgeResource.Open(file);
            entries.AddRange(KnowledgeBaseTsvReader.Read(reader, type));
        }
        using var metricWords = KnowledgeResource.Open("metric-words.tsv");
        using var resultWords = KnowledgeResource.Open("vocabulary/results.tsv");
        return new KnowledgeBase(entries, MetricWordRules.Read(metricWords), ResultVocabulary.From(WordListFile.Read(resultWords)));
    }
}
