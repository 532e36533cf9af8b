using PaperGraph.Neo4j.Reading;

namespace PaperGraph.Neo4j.Tests.Reading;

public sealed class LuceneQueryTextTests
{
    private static readonly (string, string) Fields = ("title", "abstract");

    [Theory]
    [InlineData("Residual learning", false, "+(title:residual^10 abstract:residual) +(title:learning^10 abstract:learning)")]
    [InlineData("Transfor", true, "+(title:transfor*^10 abstract:transfor*)")]
    [InlineData("NOT *", false, "+(title:not^10 abstract:not)")]
    public void User_text_becomes_required_lower_case_words_weighted_by_field(string text, bool prefix, string expected)
    {
        Assert.Equal(expected, LuceneQueryText.From(LuceneQueryText.Words(text), prefix, Fields));
    }

    [Theory]
    [InlineData("attention\" OR \"residual", new[] { "attention", "OR", "residual" })]
    [InlineData("title:attention~2 AND (x^3)", new[] { "title", "attention", "2", "AND", "x", "3" })]
    [InlineData("*?\"()", new string[0])]
    public void Words_are_runs_of_letters_and_digits_so_no_query_syntax_survives(string text, string[] expected)
    {
        Assert.Equal(expected, LuceneQueryText.Words(text));
    }

    [Fact]
    public void Text_without_words_is_no_query()
    {
        Assert.Null(LuceneQueryText.From(LuceneQueryText.Words("*?\"()"), prefixLastWord: true, Fields));
    }
}
