using System.Reflection;
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

    private const string ResourcePrefix = "PaperGraph.Core.KnowledgeBase.";

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
        var assembly = typeof(KnowledgeBase).Assembly;
        var entries = new List<KnowledgeEntry>();
        foreach (var (file, type) in Files)
        {
            entries.AddRange(ReadResource(assembly, file, reader => KnowledgeBaseTsvReader.Read(reader, type).ToList()));
        }
        var metricWords = ReadResource(assembly, "metric-words.tsv", MetricWordRules.Read);
        var resultWords = ReadResource(assembly, "vocabulary.results.tsv", reader => ResultVocabulary.From(WordListFile.Read(reader)));
        return new KnowledgeBase(entries, metricWords, resultWords);
    }

    private static T ReadResource<T>(Assembly assembly, string file, Func<TextReader, T> read)
    {
        var name = ResourcePrefix + file;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Knowledge-base resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return read(reader);
    }
}
