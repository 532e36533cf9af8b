namespace PaperGraph.Core.Evaluation;

/// <summary>The key names are compared by in the evaluation (score.py's <c>norm</c>): lower case,
/// ASCII letters and digits only, so "MS-COCO", "ms coco" and "MSCOCO" are one name.</summary>
public static class NameKey
{
    public static string Of(string name) =>
        string.Concat(name.ToLowerInvariant().Where(c => c is >= 'a' and <= 'z' or >= '0' and <= '9'));
}
