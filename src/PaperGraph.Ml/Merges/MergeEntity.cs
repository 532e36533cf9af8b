using PaperGraph.Ml.Corpus;

namespace PaperGraph.Ml.Merges;

/// <summary>An entity prepared for merge candidates: its names taken apart, and one text of all its spellings for the
/// name vectors.</summary>
internal sealed class MergeEntity(CorpusEntity entity)
{
    public CorpusEntity Entity { get; } = entity;

    public NameParts Canonical { get; } = new(entity.Name);

    public List<NameParts> Names { get; } = entity.Names.Select(name => new NameParts(name)).ToList();

    public string NameText { get; } = string.Join(" | ", entity.Names);

    public string ContextText { get; } = string.Join(" ", entity.Sentences);
}
