using PaperGraph.Core.Extraction;
using PaperGraph.Core.Model;
using PaperGraph.Ml.Corpus;

namespace PaperGraph.Ml.Tests;

/// <summary>Small hand-made corpora: papers as the extractor would have written them.</summary>
internal static class Corpora
{
    public static PaperRecordEntry Paper(string title, string text) => new(title, text, []);

    public static SuggestionCorpus Of(params PaperRecordEntry[] papers) =>
        SuggestionCorpus.From(papers.Select(paper => paper.Build()));

    /// <summary>One paper per name, each naming one entity of <paramref name="type"/> in a sentence of its own.</summary>
    public static SuggestionCorpus Naming(EntityType type, params string[] names) =>
        Of(names.Select((name, i) => Paper($"Paper {i} on {name}", $"We report results on {name} with a new model.")
            .With(type, name, type == EntityType.Dataset ? RelationType.EvaluatedOn : RelationType.Uses)).ToArray());
}

internal sealed record PaperRecordEntry(string Title, string Text, IReadOnlyList<ExtractedEntity> Entities)
{
    public PaperRecordEntry With(EntityType type, string name, RelationType role)
    {
        var start = Math.Max(0, Text.IndexOf(name, StringComparison.Ordinal));
        var mention = new Mention(type, name, start, start + name.Length, 0, Text.Length);
        return this with { Entities = [.. Entities, new ExtractedEntity(type, name, role, [], null, [mention])] };
    }

    public Core.Graph.PaperRecord Build() => new(
        new Paper(PaperIdentity.For(Title), Title, Text),
        new PaperExtraction(Entities, [], Entities.SelectMany(entity => entity.Mentions).ToList()));
}
