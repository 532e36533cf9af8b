namespace PaperGraph.Core.Extraction.Rules;

/// <summary>How metrics and tasks are named in reports: as written, each word lower-cased unless it is
/// an acronym or coined name ("Top-1 Accuracy" to "top-1 accuracy"; "AP50", "F1", "BLEU" kept).</summary>
internal static class SurfaceName
{
    public static string Normalise(string written)
    {
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            var keep = word.Skip(1).Any(char.IsUpper) || (char.IsUpper(word[0]) && word.Any(char.IsDigit));
            if (!keep)
            {
                words[w] = word.ToLowerInvariant();
            }
        }
        return string.Join(' ', words);
    }
}
