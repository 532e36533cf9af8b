using System.Text.Json;
using PaperGraph.Core.Extraction;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class ExtractionReportTests
{
    [Fact]
    public void Report_is_one_camel_case_json_line_in_the_prediction_format()
    {
        const string text = "We propose CSPNet. It achieves 43.5% AP on the MS COCO dataset.";
        var report = ExtractionReport.From("CSPNet: A New Backbone", DefaultExtractor.Extract(text));

        var json = report.ToJson();

        Assert.DoesNotContain('\n', json);
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        foreach (var field in new[] { "title", "proposes", "methods", "datasets", "evaluatedOn", "metrics", "tasks", "results", "aliases", "mentions" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }
        Assert.False(root.TryGetProperty("line", out _));
        var result = root.GetProperty("results")[0];
        Assert.Equal("COCO", result.GetProperty("dataset").GetString());
        Assert.Equal(43.5, result.GetProperty("value").GetDouble());
    }

    [Fact]
    public void Report_carries_the_line_number_when_given()
    {
        var report = ExtractionReport.From("", DefaultExtractor.Extract("IMDB and Elec are for sentiment classification."), line: 7);

        using var parsed = JsonDocument.Parse(report.ToJson());

        Assert.Equal(7, parsed.RootElement.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Report_result_names_its_bound_condition_and_cost_only_when_it_has_them()
    {
        const string text = "Using 8 GPUs, our search reaches over 97% accuracy on CIFAR-10 and takes 2 GPU days.";
        var report = ExtractionReport.From("A paper", DefaultExtractor.Extract(text));

        using var parsed = JsonDocument.Parse(report.ToJson());
        var results = parsed.RootElement.GetProperty("results").EnumerateArray().ToList();

        var score = Assert.Single(results, r => !r.TryGetProperty("cost", out _));
        Assert.Equal((">", "Using 8 GPUs"), (score.GetProperty("qualifier").GetString(), score.GetProperty("condition").GetString()));
        Assert.False(score.TryGetProperty("setting", out _));
        Assert.True(Assert.Single(results, r => r.TryGetProperty("cost", out _)).GetProperty("cost").GetBoolean());
    }
}
