namespace PaperGraph.Core.Extraction.Knowledge;

/// <summary>What the words of an unknown metric name tell ("val error" is lower-is-better,
/// "GPU-hours" a cost), read from metric-words.tsv. Known metrics never reach these rules.</summary>
internal sealed class MetricWordRules
{
    private readonly IReadOnlyList<(string Word, MetricFlags Flags)> _words;

    public MetricWordRules(IReadOnlyList<(string Word, MetricFlags Flags)> words)
    {
        _words = words;
    }

    public static MetricWordRules Read(TextReader reader)
    {
        var words = new List<(string, MetricFlags)>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var fields = line.Split('\t');
            var flags = fields.Length > 1 ? MetricFlags.Parse(fields[1]) : MetricFlags.None;
            words.Add((fields[0].Trim().ToLowerInvariant(), flags));
        }
        return new MetricWordRules(words);
    }

    /// <summary>The union of the flags of every word the name contains.</summary>
    public MetricFlags For(string metric)
    {
        // "GPU-days" and "inference_time" are spelled with spaces in the word list.
        var name = metric.ToLowerInvariant().Replace('-', ' ').Replace('_', ' ');
        var flags = MetricFlags.None;
        foreach (var (word, wordFlags) in _words)
        {
            if (ContainsWord(name, word))
            {
                flags = flags.Or(wordFlags);
            }
        }
        return flags;
    }

    private static bool ContainsWord(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var end = i + word.Length;
            if ((i == 0 || !char.IsLetter(text[i - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }
        return false;
    }
}
