namespace PaperGraph.Cli.Tests;

public sealed class CypherScriptExportTests(ExportedSample sample) : IClassFixture<ExportedSample>
{
    [Fact]
    public void The_script_creates_the_schema_before_writing_any_data()
    {
        Assert.True(sample.CypherExport.ExitCode == 0, sample.CypherExport.ToString());
        var statements = Statements();

        var lastSchema = statements.FindLastIndex(line => line.StartsWith("CREATE ", StringComparison.Ordinal));
        var firstWrite = statements.FindIndex(line => line.StartsWith("UNWIND ", StringComparison.Ordinal));
        Assert.InRange(lastSchema, 0, firstWrite - 1);
    }

    [Fact]
    public void Every_statement_is_one_line_ending_with_a_semicolon()
    {
        Assert.All(Statements(), line => Assert.EndsWith(";", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Writes_spell_out_their_rows_and_take_no_parameters()
    {
        Assert.DoesNotContain(Statements(), line => line.Contains("$rows", StringComparison.Ordinal) || line.Contains("$ids", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hostile_title_is_written_as_an_escaped_string_literal()
    {
        Assert.Contains(Statements(), line => line.Contains(@"'Hostile, ""quoted"" \'title\' \\ with; commas'", StringComparison.Ordinal));
    }

    private List<string> Statements() =>
        File.ReadAllLines(sample.CypherScript).Where(line => !line.StartsWith("//", StringComparison.Ordinal)).ToList();
}
