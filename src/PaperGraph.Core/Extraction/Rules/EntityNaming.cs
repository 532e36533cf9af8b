using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>How entities are named in reports and results, following the annotation conventions:
/// methods as first written, metrics as written in the singular, tasks in each phrasing used, and
/// datasets under canonical names.</summary>
internal static class EntityNaming
{
    /// <summary>Entities of a type; a variant named beside its parent is folded into it (ImageNet-1K beside
    /// ImageNet, MFLOPs beside FLOPs).</summary>
    public static List<ExtractedEntity> Reported(IReadOnlyList<ExtractedEntity> entities, EntityType type)
    {
        var ofType = entities.Where(e => e.Type == type).ToList();
        var names = ofType.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        return ofType.Where(d => d.Parent is null || !names.Contains(EntityKey.For(type, d.Parent))).ToList();
    }

    /// <summary>The first spelling in the text; methods are reported so ("ViT" or "Vision Transformer").</summary>
    public static string AsWritten(ExtractedEntity entity) => entity.Mentions.Count > 0 ? entity.Mentions[0].Text : entity.Name;

    /// <summary>A metric's reported name: as written, preferring the canonical spelling when the text
    /// uses it ("Fréchet Inception Distance (FID)" is "FID"), in the singular and without a trailing
    /// "score" ("Dice scores" is "Dice score", "accuracies" "accuracy", "FID scores" "FID").</summary>
    public static string MetricName(ExtractedEntity entity) => SurfaceName.Normalise(MetricSpelling(entity));

    private static string MetricSpelling(ExtractedEntity entity)
    {
        var name = EntityKey.Fold(entity.Name);
        if (entity.Mentions.Any(m => EntityKey.Fold(m.Text) == name))
        {
            return entity.Name;
        }
        var written = AsWritten(entity);
        var fold = EntityKey.Fold(written);
        var rest = fold.StartsWith(name, StringComparison.Ordinal) ? fold[name.Length..] : null;
        var pluralY = name.EndsWith('y') && fold == name[..^1] + "ies";
        if (rest is "s" or "score" or "scores" || pluralY)
        {
            return entity.Name;
        }
        // "classification accuracies" for "accuracy": another spelling, in the plural.
        if (name.EndsWith('y') && fold.EndsWith(name[..^1] + "ies", StringComparison.Ordinal) && written.EndsWith("ies", StringComparison.Ordinal))
        {
            return written[..^3] + "y";
        }
        return fold.EndsWith(name + "s", StringComparison.Ordinal) && written.EndsWith('s') ? written[..^1] : written;
    }

    /// <summary>Each phrasing a task is written in (in the abstract, else in the title), singular,
    /// with acronyms ("NAS") left to the spelled-out name.</summary>
    public static IEnumerable<string> TaskNames(ExtractedEntity entity)
    {
        var spellings = entity.Mentions.Count > 0 ? entity.Mentions.Select(m => m.Text) : entity.Aliases;
        var written = spellings.Where(t => !t.Where(char.IsLetter).All(char.IsUpper)).ToList();
        if (written.Count == 0)
        {
            written.Add(entity.Name);
        }
        var folds = written.Select(EntityKey.Fold).Append(EntityKey.Fold(entity.Name)).ToHashSet(StringComparer.Ordinal);
        return written
            .Where(t => !(EntityKey.Fold(t) is var f && f.EndsWith('s') && folds.Contains(f[..^1])))
            .Select(SurfaceName.LowerCaseTask);
    }

    /// <summary>Pairs of different spellings of one entity written in the abstract, first spelling
    /// first: ["Cross Stage Partial Network", "CSPNet"].</summary>
    public static IEnumerable<IReadOnlyList<string>> WrittenAliases(ExtractedEntity entity)
    {
        var spellings = entity.Mentions.Select(m => m.Text).DistinctBy(EntityKey.Fold, StringComparer.Ordinal).ToList();
        return spellings.Skip(1).Select(other => (IReadOnlyList<string>)[spellings[0], other]);
    }
}
