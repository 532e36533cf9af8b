namespace PaperGraph.Ml.Merges;

/// <summary>A name taken apart as merge rules compare names: lower-case tokens split at every change between letters
/// and digits ("YOLOv4" is yolov, 4; "ImageNet-1K" is imagenet, 1, k), the numbers among them, the content tokens (no
/// filler words) and OpenRefine's two fingerprints.</summary>
public sealed class NameParts
{
    private static readonly HashSet<string> Filler = WordList.Load("name-filler-words");

    public NameParts(string name)
    {
        Name = name;
        Tokens = Tokenize(name);
        Numbers = Tokens.Where(token => char.IsDigit(token[0])).Select(token => token.TrimStart('0')).ToHashSet(StringComparer.Ordinal);
        Content = Tokens.Where(token => !Filler.Contains(token)).ToHashSet(StringComparer.Ordinal);
        Folded = string.Concat(Tokens);
        Fingerprint = string.Join(' ', name.ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string(word.Where(char.IsLetterOrDigit).ToArray()))
            .Where(word => word.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));
        NgramFingerprint = string.Concat(Enumerable.Range(0, Math.Max(0, Folded.Length - 1))
            .Select(i => Folded.Substring(i, 2)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    public string Name { get; }

    public IReadOnlyList<string> Tokens { get; }

    public IReadOnlySet<string> Numbers { get; }

    /// <summary>Tokens that are not filler words.</summary>
    public IReadOnlySet<string> Content { get; }

    /// <summary>Letters and digits, lower case: what edit distance compares.</summary>
    public string Folded { get; }

    /// <summary>OpenRefine's fingerprint: lower case, punctuation dropped, words unique and sorted.</summary>
    public string Fingerprint { get; }

    /// <summary>OpenRefine's 2-gram fingerprint: the unique character bigrams of the folded name, sorted.</summary>
    public string NgramFingerprint { get; }

    /// <summary>The initials of a name of several words ("Frechet Inception Distance" is fid).</summary>
    public string Initials => Tokens.Count < 2 ? "" : string.Concat(Tokens.Where(token => char.IsLetter(token[0])).Select(token => token[0]));

    private static List<string> Tokenize(string name)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var c = i < name.Length ? name[i] : ' ';
            var boundary = !char.IsLetterOrDigit(c)
                || (start >= 0 && char.IsDigit(c) != char.IsDigit(name[i - 1]));
            if (boundary && start >= 0)
            {
                tokens.Add(name[start..i].ToLowerInvariant());
                start = -1;
            }
            if (char.IsLetterOrDigit(c) && start < 0)
            {
                start = i;
            }
        }
        return tokens;
    }
}
