using PaperGraph.Core.Evaluation;
using PaperGraph.Core.Extraction;
using PaperGraph.Core.Tests.Corpus;
using PaperGraph.Core.Tests.Extraction;

namespace PaperGraph.Core.Tests.Evaluation;

/// <summary>The fixture files (see Fixtures/README.md), an evaluator over the real extractor and readers,
/// and small builders for gold and predicted papers.</summary>
internal static class EvaluationFixtures
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Evaluation", "Fixtures", name);

    public static ExtractionEvaluator Evaluator { get; } = new(new CorpusExtraction(CorpusFiles.Reader(), DefaultExtractor.Instance));

    public static GoldPaper Gold(
        string title = "A paper",
        string[]? methods = null,
        GoldDataset[]? datasets = null,
        string[]? evaluatedOn = null,
        GoldResult[]? results = null,
        string[][]? aliases = null) =>
        new(title, [], methods ?? [], datasets ?? [], evaluatedOn ?? [], [], [], results ?? [], aliases ?? []);

    public static PredictedPaper Predicted(string title = "A paper", string[]? methods = null, PredictedResult[]? results = null) =>
        new(title, new Dictionary<ExtractionField, IReadOnlyList<string>> { [ExtractionField.Methods] = methods ?? [] }, results ?? []);

    public static async Task<T> EvaluateAsync<T>(string gold, PredictionSource predictions) where T : EvaluationReport =>
        Assert.IsType<T>(await Evaluator.EvaluateAsync(gold, predictions, CancellationToken.None));
}
