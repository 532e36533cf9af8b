using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class KnowledgeBaseTests
{
    [Fact]
    public void Embedded_knowledge_base_has_hundreds_of_entries_of_each_kind()
    {
        var counts = KnowledgeBase.LoadEmbedded().Entries.GroupBy(e => e.Type).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Enum.GetValues<EntityType>(), type => Assert.True(counts[type] >= 100, $"{type}: {counts[type]}"));
    }

    [Fact]
    public void No_spelling_names_two_different_entities()
    {
        var named = KnowledgeBase.LoadEmbedded().Entries
            .Where(e => !e.Generic)
            .SelectMany(e => e.Aliases.Append(e.Name).Select(s => (Spelling: EntityKey.Fold(s), Entry: e)))
            .GroupBy(x => x.Spelling)
            .Where(g => g.Select(x => (x.Entry.Type, x.Entry.Name)).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Entry.Name).Distinct())}")
            .ToList();

        Assert.Empty(named);
    }

    [Fact]
    public void Every_parent_is_an_entry_of_the_same_kind()
    {
        var knowledge = KnowledgeBase.LoadEmbedded();

        var orphans = knowledge.Entries.Where(e => e.Parent is not null && knowledge.Find(e.Type, e.Parent) is null).Select(e => e.Name).ToList();

        Assert.Empty(orphans);
    }
}
