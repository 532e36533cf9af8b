using PaperGraph.Neo4j.Reading;

namespace PaperGraph.Neo4j.Tests.Reading;

public sealed class LuceneQueryTextTests
{
    [Theory]
    [InlineData("residual learning", false, "+residual +learning")]
    [InlineData("Transfor", true, "+transfor*")]
    [InlineData("attention\" OR \"residual", false, "+attention +or +residual")]
    [InlineData("title:attention~2 AND (x^3)", false, "+title +attention +2 +and +x +3")]
    [InlineData("NOT *", false, "+not")]
    public void User_text_becomes_required_lower_case_words_without_syntax(string text, bool prefix, string expected)
    {
        Assert.Equal(expected, LuceneQueryText.From(LuceneQueryText.Words(text), prefix));
    }

    [Fact]
    public void Text_without_words_is_no_query()
    {
        Assert.Null(LuceneQueryText.From(LuceneQueryText.Words("*?\"()"), prefixLastWord: true));
    }
}
