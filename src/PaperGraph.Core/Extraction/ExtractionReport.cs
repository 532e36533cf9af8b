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
        var datasets = ReportedDatasets(entities);
        return new ExtractionReport(
            title,
            Distinct(entities.Where(e => e.Role == RelationType.Proposes).Select(e => e.Name)),
            Distinct(entities.Where(e => e.Type == EntityType.Method && e.Role != RelationType.Proposes).Select(AsWritten)),
            Distinct(datasets.Select(e => e.Name)),
            Distinct(datasets.Where(e => e.Role == RelationType.EvaluatedOn).Select(e => e.Name)),
            Distinct(entities.Where(e => e.Type == EntityType.Metric).Select(e => SurfaceName.Normalise(Singular(e)))),
            Distinct(entities.Where(e => e.Type == EntityType.Task).SelectMany(TaskNames)),
            extraction.Results.Select(r => new ReportResult(r.Dataset, r.Metric, r.Value, r.Unit)).ToList(),
            entities.SelectMany(e => e.Aliases.Select(a => (IReadOnlyList<string>)[a, e.Name])).ToList(),
            extraction.Mentions.Select(m => new ReportMention(m.Type.ToString().ToLowerInvariant(), m.Text, m.Start, m.End)).ToList(),
            line);
    }

    /// <summary>One JSON object on one line.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, ExtractionReportJsonContext.Lines.ExtractionReport);

    /// <summary>Datasets by canonical name; a variant named beside its parent is folded into it.</summary>
    private static List<ExtractedEntity> ReportedDatasets(IReadOnlyList<ExtractedEntity> entities)
    {
        var datasets = entities.Where(e => e.Type == EntityType.Dataset).ToList();
        var names = datasets.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        return datasets.Where(d => d.Parent is null || !names.Contains(EntityKey.For(EntityType.Dataset, d.Parent))).ToList();
    }

    private static string AsWritten(ExtractedEntity entity) => entity.Mentions.Count > 0 ? entity.Mentions[0].Text : entity.Name;

    /// <summary>Metrics are named as written but in the singular and without a trailing "score":
    /// "Dice scores" is reported as "Dice score", "accuracies" as "accuracy", "FID scores" as "FID".</summary>
    private static string Singular(ExtractedEntity entity)
    {
        var written = AsWritten(entity);
        var name = EntityKey.Fold(entity.Name);
        var rest = EntityKey.Fold(written) is var fold && fold.StartsWith(name, StringComparison.Ordinal) ? fold[name.Length..] : null;
        var pluralY = name.EndsWith('y') && EntityKey.Fold(written) == name[..^1] + "ies";
        return rest is "s" or "score" or "scores" || pluralY ? entity.Name : written;
    }

    /// <summary>Each phrasing a task is written in, singular, with acronyms ("NAS") left to the
    /// spelled-out name.</summary>
    private static IEnumerable<string> TaskNames(ExtractedEntity entity)
    {
        var written = entity.Mentions.Select(m => m.Text).Where(t => !t.Where(char.IsLetter).All(char.IsUpper)).ToList();
        if (written.Count == 0)
        {
            written.Add(entity.Name);
        }
        var folds = written.Select(EntityKey.Fold).Append(EntityKey.Fold(entity.Name)).ToHashSet(StringComparer.Ordinal);
        return written
            .Where(t => !(EntityKey.Fold(t) is var f && f.EndsWith('s') && folds.Contains(f[..^1])))
            .Select(SurfaceName.Normalise);
    }

    private static List<string> Distinct(IEnumerable<string> names) =>
        names.DistinctBy(EntityKey.Fold, StringComparer.Ordinal).ToList();
}
