namespace PaperGraph.Core.Extraction.Rules;

/// <summary>How metrics and tasks are named in reports: as written, lower-cased unless the
/// spelling carries capitals beyond the first letter ("Top-1 Accuracy" to "top-1 accuracy", "AP50" kept).</summary>
internal static class SurfaceName
{
    public static string Normalise(string written)
    {
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            var innerUpper = word.Skip(1).Any(char.IsUpper);
            if (!innerUpper)
            {
                words[w] = word.ToLowerInvariant();
            }
        }
        return string.Join(' ', words);
    }
}
