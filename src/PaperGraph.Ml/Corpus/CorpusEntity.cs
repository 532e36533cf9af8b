using PaperGraph.Core.Model;

namespace PaperGraph.Ml.Corpus;

/// <summary>An entity as the merge candidates see it: its names, how many papers link to it, its parent and a few
/// sentences it occurs in.</summary>
public sealed class CorpusEntity(string key, EntityType type, string name)
{
    /// <summary>Sentences kept per entity for its context vector.</summary>
    public const int MaxSentences = 5;

    public string Key { get; } = key;

    public EntityType Type { get; } = type;

    public string Name { get; } = name;

    /// <summary>Every stored spelling, the canonical name first.</summary>
    public List<string> Names { get; } = [name];

    public string? ParentKey { get; set; }

    public int PaperCount { get; set; }

    public List<string> Sentences { get; } = [];
}
