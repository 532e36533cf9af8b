using PaperGraph.Core.Evaluation;
using PaperGraph.Core.Tests.Corpus;
using static PaperGraph.Core.Tests.Evaluation.EvaluationFixtures;

namespace PaperGraph.Core.Tests.Evaluation;

public sealed class EvaluationInputTests : IDisposable
{
    private const string GoldLine = """{"title": "A", "datasets": [{"name": "COCO", "mentions": ["MS COCO"]}], "evaluated_on": ["COCO"], "methods": ["VGG"]}""";

    private readonly CorpusFiles _files = new();

    [Fact]
    public async Task Invalid_json_is_reported_with_file_and_line()
    {
        var gold = _files.Write("gold.jsonl", $"{GoldLine}\n\n{{\"title\": \n");

        var error = await Assert.ThrowsAsync<EvaluationInputException>(() => Evaluate(gold, _files.Write("pred.jsonl", "")));

        Assert.StartsWith($"{gold}:3: invalid JSON", error.Message);
    }

    [Fact]
    public async Task Gold_paper_without_datasets_is_rejected_with_its_line()
    {
        var gold = _files.Write("gold.jsonl", $"{GoldLine}\n{{\"title\": \"B\", \"evaluated_on\": []}}\n");

        var error = await Assert.ThrowsAsync<EvaluationInputException>(() => Evaluate(gold, _files.Write("pred.jsonl", "")));

        Assert.Equal($"{gold}:2: \"datasets\" must be an array", error.Message);
    }

    [Fact]
    public async Task Gold_of_neither_format_is_rejected()
    {
        var gold = _files.Write("gold.jsonl", "{\"id\": 1}\n");

        var error = await Assert.ThrowsAsync<EvaluationInputException>(() => Evaluate(gold, _files.Write("pred.jsonl", "")));

        Assert.StartsWith($"{gold}:1: unknown gold format", error.Message);
    }

    [Fact]
    public async Task Missing_prediction_file_is_named()
    {
        var missing = Path.Combine(Path.GetTempPath(), "papergraph-missing-predictions.jsonl");

        var error = await Assert.ThrowsAsync<EvaluationInputException>(() => Evaluate(_files.Write("gold.jsonl", GoldLine), missing));

        Assert.StartsWith($"{missing}: cannot open", error.Message);
    }

    [Fact]
    public async Task Predictions_are_read_under_score_py_alternative_keys_and_as_objects()
    {
        var predictions = _files.Write("pred.jsonl",
            """{"title": "A", "uses": [{"name": "VGG"}], "evaluated_on": ["MS-COCO"], "datasets": null}""" + "\n");

        var evaluation = await EvaluateAsync<FieldEvaluation>(_files.Write("gold.jsonl", GoldLine), new PredictionFile(predictions));

        Assert.Equal(new MatchCounts(1, 0, 0), evaluation[ExtractionField.Methods].Counts);
        Assert.Equal(new MatchCounts(1, 0, 0), evaluation[ExtractionField.EvaluatedOn].Counts);
        Assert.Equal(new MatchCounts(0, 0, 1), evaluation[ExtractionField.Datasets].Counts);
    }

    [Fact]
    public async Task Mention_records_without_a_line_take_their_line_in_the_file_and_types_any_case()
    {
        var gold = _files.Write("gold.jsonl", "{\"line\": 0, \"mentions\": []}\n{\"line\": 1, \"mentions\": [{\"type\": \"Task\", \"start\": 0, \"end\": 4}]}\n");
        var predictions = _files.Write("pred.jsonl", "{\"mentions\": []}\n{\"mentions\": [{\"type\": \"task\", \"start\": 0, \"end\": 4}]}\n");

        var evaluation = await EvaluateAsync<MentionEvaluation>(gold, new PredictionFile(predictions));

        Assert.Equal(new SpanScore(1, 1, 1, 1), evaluation["task"].Exact);
    }

    private static Task<EvaluationReport> Evaluate(string gold, string predictions) =>
        Evaluator.EvaluateAsync(gold, new PredictionFile(predictions), CancellationToken.None);

    public void Dispose() => _files.Dispose();
}
