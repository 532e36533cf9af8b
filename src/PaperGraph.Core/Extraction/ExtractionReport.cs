using System.Text.Json;
using PaperGraph.Core.Extraction.Report;
using PaperGraph.Core.Extraction.Rules;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction;

/// <summary>One paper's extraction in the prediction format of the evaluation (see
/// shared/eval/README.md), plus mentions with offsets and, for line input, the line number.</summary>
public sealed record ExtractionReport(
    string Title,
    IReadOnlyList<string> Proposes,
    IReadOnlyList<string> Methods,
    IReadOnlyList<string> Datasets,
    IReadOnlyList<string> EvaluatedOn,
    IReadOnlyList<string> Metrics,
    IReadOnlyList<string> Tasks,
    IReadOnlyList<ReportResult> Results,
    IReadOnlyList<IReadOnlyList<string>> Aliases,
    IReadOnlyList<ReportMention> Mentions,
    int? Line = null)
{
    public static ExtractionReport From(string title, PaperExtraction extraction, int? line = null)
    {
        var entities = extraction.Entities;
        var datasets = EntityNaming.Reported(entities, EntityType.Dataset);
        var metricNames = entities.Where(e => e.Type == EntityType.Metric)
            .ToDictionary(e => e.Name, EntityNaming.MetricName, StringComparer.Ordinal);
        return new ExtractionReport(
            title,
            Distinct(entities.Where(e => e.Role == RelationType.Proposes).Select(e => e.Name)),
            Distinct(entities.Where(e => e.Type == EntityType.Method && e.Role != RelationType.Proposes).Select(EntityNaming.AsWritten)),
            Distinct(datasets.Select(e => e.Name)),
            Distinct(datasets.Where(e => e.Has(RelationType.EvaluatedOn)).Select(e => e.Name)),
            Distinct(EntityNaming.Reported(entities, EntityType.Metric).Select(EntityNaming.MetricName)),
            Distinct(entities.Where(e => e.Type == EntityType.Task).SelectMany(EntityNaming.TaskNames)),
            extraction.Results.Select(r => ReportResult.From(r, metricNames.GetValueOrDefault(r.Metric, r.Metric))).ToList(),
            entities.SelectMany(EntityNaming.WrittenAliases).ToList(),
            extraction.Mentions.Select(m => new ReportMention(m.Type.ToString().ToLowerInvariant(), m.Text, m.Start, m.End)).ToList(),
            line);
    }

    /// <summary>One JSON object on one line.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, ExtractionReportJsonContext.Lines.ExtractionReport);

    private static List<string> Distinct(IEnumerable<string> names) =>
        names.DistinctBy(EntityKey.Fold, StringComparer.Ordinal).ToList();
}
