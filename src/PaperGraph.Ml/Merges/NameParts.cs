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
        ContentWords = Tokens.Where(token => !Filler.Contains(token)).ToList();
        Content = ContentWords.ToHashSet(StringComparer.Ordinal);
        Folded = string.Concat(Tokens);
        Stem = Filler.Where(word => word.Length >= 3 && Folded.Length > word.Length + 1 && Folded.EndsWith(word, StringComparison.Ordinal))
            .Select(word => Folded[..^word.Length]).MinBy(stem => stem.Length) ?? Folded;
        IsAcronym = !name.Any(char.IsWhiteSpace) && name.Count(char.IsUpper) >= 2
            && name.TrimEnd('s').Where(char.IsLetter).All(char.IsUpper);
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

    /// <summary>The content tokens in the order of the name.</summary>
    public IReadOnlyList<string> ContentWords { get; }

    /// <summary>The folded name without a trailing filler word ("CSPNet" is csp, "SKNets" is sk).</summary>
    public string Stem { get; }

    /// <summary>Written as capitals, one word, maybe with digits and a plural s: "CSP", "GMNs", "RMSE".</summary>
    public bool IsAcronym { get; }

    /// <summary>Letters and digits, lower case: what edit distance compares.</summary>
    public string Folded { get; }

    /// <summary>OpenRefine's fingerprint: lower case, punctuation dropped, words unique and sorted.</summary>
    public string Fingerprint { get; }

    /// <summary>OpenRefine's 2-gram fingerprint: the unique character bigrams of the folded name, sorted.</summary>
    public string NgramFingerprint { get; }

    /// <summary>The initials of a name of several words ("Frechet Inception Distance" is fid).</summary>
    public string Initials => Tokens.Count < 2 ? "" : string.Concat(Tokens.Where(token => char.IsLetter(token[0])).Select(token => token[0]));

    /// <summary>Whether this one-word name abbreviates <paramref name="longName"/>: its letters appear in order in the
    /// long name's, starting with the long name's first letter ("LiTS" of "Liver Tumor Segmentation", "CNN" of
    /// "convolutional neural network").</summary>
    public bool Abbreviates(NameParts longName)
    {
        var letters = Stem;
        var text = longName.Folded;
        if (letters.Length < 2 || text.Length <= letters.Length || text[0] != letters[0])
        {
            return false;
        }
        var at = 0;
        foreach (var c in text)
        {
            if (at < letters.Length && c == letters[at])
            {
                at++;
            }
        }
        return at == letters.Length;
    }

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
