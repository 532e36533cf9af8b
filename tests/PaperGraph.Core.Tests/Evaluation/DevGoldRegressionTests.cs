using System.Text.Json;
using PaperGraph.Core.Evaluation;
using PaperGraph.Core.Tests.Corpus;
using static PaperGraph.Core.Tests.Evaluation.EvaluationFixtures;

namespace PaperGraph.Core.Tests.Evaluation;

public sealed class DevGoldRegressionTests
{
    /// <summary>Room for small trade-offs between fields; a larger drop is a regression to look at.</summary>
    private const double AllowedDrop = 0.02;

    [Fact]
    public async Task Extraction_on_dev_gold_stays_at_or_above_its_recorded_figures()
    {
        var floors = JsonSerializer.Deserialize<Dictionary<string, double>>(await File.ReadAllTextAsync(Fixture("dev-gold-floor.json")))!;

        var evaluation = await EvaluateAsync<FieldEvaluation>(Fixture("dev-gold.jsonl"), new CorpusToExtract(CorpusFiles.SampleCorpusPath, null));

        var drops = evaluation.Fields
            .Where(f => f.Counts.F1 < floors[f.Field] - AllowedDrop)
            .Select(f => $"{f.Field}: F1 {f.Counts.F1:0.000} < recorded {floors[f.Field]:0.000}")
            .ToList();
        Assert.True(drops.Count == 0, string.Join("; ", drops));
        Assert.Equal(0, evaluation.Missing);
    }
}
