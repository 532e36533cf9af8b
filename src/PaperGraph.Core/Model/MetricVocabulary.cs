using PaperGraph.Core.Extraction.Knowledge;

namespace PaperGraph.Core.Model;

/// <summary>The one metric vocabulary: canonical names of the knowledge base (metrics.tsv), their
/// spellings, direction, whether they are costs or percentages, and the linked complement ("top-1
/// error" of "top-1 accuracy"). Names it does not know are judged by their words (metric-words.tsv).</summary>
public sealed class MetricVocabulary
{
    private static readonly Lazy<MetricVocabulary> Embedded = new(() => KnowledgeBase.LoadEmbedded().Metrics);

    private readonly Dictionary<string, KnowledgeEntry> _byKey;
    private readonly MetricWordRules _words;

    internal MetricVocabulary(IEnumerable<KnowledgeEntry> metrics, MetricWordRules words)
    {
        _words = words;
        _byKey = new Dictionary<string, KnowledgeEntry>(StringComparer.Ordinal);
        var canonical = new List<string>();
        foreach (var entry in metrics.Where(e => e.Type == EntityType.Metric))
        {
            canonical.Add(entry.Name);
            foreach (var spelling in entry.Aliases.Prepend(entry.Name))
            {
                _byKey.TryAdd(EntityKey.Fold(spelling), entry);
            }
        }
        Names = canonical;
    }

    /// <summary>The vocabulary of the knowledge base embedded in PaperGraph.Core.</summary>
    public static MetricVocabulary Default => Embedded.Value;

    /// <summary>Canonical metric names, in knowledge-base order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The number of canonical metrics.</summary>
    public int Count => Names.Count;

    /// <summary>The number of other spellings that map to a canonical metric.</summary>
    public int AliasCount => _byKey.Count - Count;

    public bool IsKnown(string name) => Find(name) is not null;

    /// <summary>The canonical name of a known metric ("top-1" is "top-1 accuracy"); an unknown name as given.</summary>
    public string Canonical(string name) => Find(name)?.Name ?? name;

    public bool IsLowerBetter(string name) => Find(name) is { } entry ? entry.LowerIsBetter : _words.For(name).LowerIsBetter;

    /// <summary>A compute or size budget (GPU days, FLOPs, parameters, latency): shown beside scores, never ranked.</summary>
    public bool IsCost(string name) => Find(name) is { } entry ? entry.Cost : _words.For(name).Cost;

    /// <summary>A proportion stated in percent (accuracy, error, F1, AP, mAP).</summary>
    public bool IsPercentage(string name) => Find(name) is { } entry ? entry.Percentage : _words.For(name).Percentage;

    /// <summary>The canonical name of the linked metric that is 100 minus this one ("top-1 error" for
    /// "top-1 accuracy"), or null.</summary>
    public string? ComplementOf(string name) => Find(name)?.Complement;

    private KnowledgeEntry? Find(string name) => _byKey.GetValueOrDefault(EntityKey.Fold(name));
}
