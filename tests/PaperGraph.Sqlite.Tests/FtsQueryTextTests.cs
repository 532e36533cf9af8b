using PaperGraph.Sqlite.Reading;

namespace PaperGraph.Sqlite.Tests;

public sealed class FtsQueryTextTests
{
    [Fact]
    public void Every_word_is_quoted()
    {
        Assert.Equal("\"NEAR\" \"a\" \"OR\" \"b\"", FtsQueryText.From(FtsQueryText.Words("NEAR(a OR b)"), prefixLastWord: false));
    }

    [Fact]
    public void Only_the_last_word_is_a_prefix()
    {
        Assert.Equal("\"deep\" \"lea\"*", FtsQueryText.From(FtsQueryText.Words("deep lea"), prefixLastWord: true));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"*^:()-")]
    [InlineData("   ")]
    public void Text_without_words_gives_no_query(string text)
    {
        Assert.Null(FtsQueryText.From(FtsQueryText.Words(text), prefixLastWord: true));
    }

    [Fact]
    public void Words_split_where_the_tokenizer_splits()
    {
        Assert.Equal(["CIFAR", "10", "Children", "s"], FtsQueryText.Words("CIFAR-10 Children's"));
    }
}
