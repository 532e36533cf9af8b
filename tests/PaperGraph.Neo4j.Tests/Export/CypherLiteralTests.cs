using System.Text;
using PaperGraph.Neo4j.Export;

namespace PaperGraph.Neo4j.Tests.Export;

public sealed class CypherLiteralTests
{
    public static TheoryData<string> HostileTexts =>
    [
        "O'Neil",
        @"back\slash and \' and \\'",
        "line\nbreak\r\nand\ttab",
        "'); MATCH (n) DETACH DELETE n; //",
        "\"double\" quotes, commas; semicolons",
        "nul\0 bell\a unit\u001F del\u007F nel\u0085",
        "line\u2028paragraph\u2029",
        "emoji 𝔸✓ é and a lone \ud800 surrogate",
        "ends with a backslash \\",
    ];

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void A_string_literal_reads_back_as_the_same_text(string text)
    {
        Assert.Equal(text, Unescape(CypherLiteral.String(text)));
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void A_string_literal_has_no_raw_quote_line_break_or_control_character(string text)
    {
        var inner = CypherLiteral.String(text)[1..^1];

        Assert.DoesNotContain(inner.Replace(@"\\", "", StringComparison.Ordinal).Replace(@"\'", "", StringComparison.Ordinal), c => c == '\'');
        Assert.DoesNotContain(inner, c => char.IsControl(c) || c is '\u2028' or '\u2029');
    }

    [Fact]
    public void A_float_is_always_written_as_a_float_literal()
    {
        Assert.Equal("3.0", CypherLiteral.Of(3.0));
        Assert.Equal("2.57", CypherLiteral.Of(2.57));
        Assert.Equal("1E20", CypherLiteral.Of(1e20));
        Assert.Equal("1E-07", CypherLiteral.Of(1e-7));
    }

    [Fact]
    public void NaN_has_no_literal()
    {
        Assert.Throws<ArgumentException>(() => CypherLiteral.Of(double.NaN));
    }

    [Fact]
    public void Maps_and_lists_nest_with_backquoted_keys()
    {
        var row = new Dictionary<string, object?> { ["id"] = "p", ["odd`key"] = new[] { 1, 2 }, ["none"] = null, ["flag"] = true };

        Assert.Equal("{`id`: 'p', `odd``key`: [1, 2], `none`: null, `flag`: true}", CypherLiteral.Of(row));
    }

    /// <summary>Cypher's string escapes, as its lexer reads them.</summary>
    private static string Unescape(string literal)
    {
        Assert.StartsWith("'", literal, StringComparison.Ordinal);
        Assert.EndsWith("'", literal, StringComparison.Ordinal);
        var text = new StringBuilder();
        for (var i = 1; i < literal.Length - 1; i++)
        {
            if (literal[i] != '\\')
            {
                text.Append(literal[i]);
                continue;
            }
            var escape = literal[++i];
            text.Append(escape switch
            {
                'n' => "\n",
                'r' => "\r",
                't' => "\t",
                'u' => ((char)Convert.ToInt32(literal.Substring(i + 1, 4), 16)).ToString(),
                _ => escape.ToString(),
            });
            i += escape == 'u' ? 4 : 0;
        }
        return text.ToString();
    }
}
