namespace PaperGraph.Core.Extraction.Rules;

/// <summary>The case of written names in reports, following the annotation conventions.</summary>
internal static class SurfaceName
{
    /// <summary>Metric names: each word lower-cased unless it is an acronym or coined name
    /// ("Top-1 Accuracy" to "top-1 accuracy"; "AP50", "F1", "BLEU", "mIoU" kept).</summary>
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

    /// <summary>Task names are lower case but for acronyms: "Text-to-Image Generation" is
    /// "text-to-image generation", "LLM Fine-tuning" is "LLM fine-tuning".</summary>
    public static string LowerCaseTask(string written)
    {
        var chars = written.ToCharArray();
        var start = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && char.IsLetterOrDigit(chars[i]))
            {
                continue;
            }
            if (!IsAcronym(written.AsSpan(start, i - start)))
            {
                for (var k = start; k < i; k++)
                {
                    chars[k] = char.ToLowerInvariant(chars[k]);
                }
            }
            start = i + 1;
        }
        return new string(chars);
    }

    private static bool IsAcronym(ReadOnlySpan<char> part)
    {
        var letters = 0;
        foreach (var c in part)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }
}
