namespace PaperGraph.Cli.Tests;

public sealed class EvalTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Eval_extracts_the_corpus_and_writes_field_scores_as_json()
    {
        var gold = _folder.Write("gold.jsonl",
            """{"title": "CSPNet: A New Backbone that can Enhance Learning Capability of CNN", "proposes": ["CSPNet"], "datasets": [], "evaluated_on": []}""" + "\n");

        var result = await Cli.RunAsync("eval", gold, "--extract", Cli.SampleCorpusPath, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json();
        Assert.Equal("abstracts", json.GetProperty("format").GetString());
        Assert.Equal(0, json.GetProperty("missing").GetInt32());
        var proposes = json.GetProperty("fields")[0];
        Assert.Equal("proposes", proposes.GetProperty("field").GetString());
        Assert.Equal(1, proposes.GetProperty("counts").GetProperty("truePositives").GetInt32());
    }

    public void Dispose() => _folder.Dispose();
}
