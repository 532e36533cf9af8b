using System.Text.RegularExpressions;
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

    [Fact]
    public void A_method_version_is_a_variant_not_an_alias_of_the_unversioned_name()
    {
        var versionAliases = KnowledgeBase.LoadEmbedded().Entries
            .Where(e => e.Type == EntityType.Method)
            .SelectMany(e => e.Aliases.Where(a => IsVersionOf(EntityKey.Fold(a), EntityKey.Fold(e.Name))).Select(a => $"{e.Name}: {a}"))
            .ToList();

        Assert.Empty(versionAliases);
    }

    [Fact]
    public void A_known_version_names_its_unversioned_parent()
    {
        var entry = KnowledgeBase.LoadEmbedded().Find(EntityType.Method, "RWKV-7");

        Assert.Equal(("RWKV-7", "RWKV"), (entry?.Name, entry?.Parent));
    }

    /// <summary>"rwkv7" of "rwkv", "yolov7" of "yolo": the name followed by a version number.</summary>
    private static bool IsVersionOf(string alias, string name) =>
        alias.Length > name.Length && alias.StartsWith(name, StringComparison.Ordinal)
        && Regex.IsMatch(alias[name.Length..], "^v?[0-9]+[a-z]?$");
}
