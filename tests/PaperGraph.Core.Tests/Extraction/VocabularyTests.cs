using PaperGraph.Core.Extraction.Knowledge;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class VocabularyTests
{
    [Fact]
    public void Every_embedded_word_list_loads_and_is_not_empty()
    {
        var lists = Vocabulary.Lists().ToList();

        Assert.True(lists.Count >= 20, $"{lists.Count} lists");
        Assert.All(lists, list => Assert.NotEmpty(Vocabulary.Entries(list)));
    }

    [Fact]
    public void Word_lists_hold_no_duplicate_entries() =>
        Assert.All(Vocabulary.Lists(), list =>
            Assert.Equal(Vocabulary.Entries(list).Length, Vocabulary.Entries(list).Distinct(StringComparer.Ordinal).Count()));

    [Fact]
    public void A_missing_word_list_fails_loudly() =>
        Assert.Throws<InvalidOperationException>(() => Vocabulary.Entries("no-such-list"));
}
