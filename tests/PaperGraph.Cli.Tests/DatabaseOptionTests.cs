namespace PaperGraph.Cli.Tests;

public sealed class DatabaseOptionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Without_db_option_the_PAPERGRAPH_DB_variable_names_the_database()
    {
        var input = _folder.Write("paper.jsonl",
            "{\"title\": \"AlphaNet\", \"abstract\": \"We propose AlphaNet and evaluate it on the ImageNet dataset. It is fast and accurate.\"}");
        var database = _folder.File("from-environment.db");
        var previous = Environment.GetEnvironmentVariable("PAPERGRAPH_DB");
        Environment.SetEnvironmentVariable("PAPERGRAPH_DB", database);
        try
        {
            var result = await Cli.RunAsync("import", input);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.True(File.Exists(database));
        }
        finally
        {
            Environment.SetEnvironmentVariable("PAPERGRAPH_DB", previous);
        }
    }

    public void Dispose() => _folder.Dispose();
}
