namespace PaperGraph.Core.Evaluation;

/// <summary>Tells abstracts gold from mention gold by the members of the first record.</summary>
public static class GoldFormatDetector
{
    public static GoldFormat Detect(string path, IReadOnlyList<EvaluationRecord> gold)
    {
        if (gold.Count == 0)
        {
            throw new EvaluationInputException(path, 0, "empty gold file");
        }
        var first = gold[0];
        return first switch
        {
            _ when first.Has("title") => GoldFormat.Abstracts,
            _ when first.Has("mentions") => GoldFormat.Mentions,
            _ => throw first.Fail("unknown gold format: expected papers (\"title\", \"datasets\", ...) or mentions (\"line\", \"mentions\")"),
        };
    }
}
