namespace PaperGraph.Ml.Merges;

/// <summary>A word list embedded from Data/*.txt: one lower-case word a line, # starts a comment.</summary>
internal static class WordList
{
    public static HashSet<string> Load(string name)
    {
        using var stream = typeof(WordList).Assembly.GetManifestResourceStream($"PaperGraph.Ml.Data.{name}.txt")
            ?? throw new InvalidOperationException($"Missing embedded word list {name}.txt.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var word = line.Trim();
            if (word.Length > 0 && word[0] != '#')
            {
                words.Add(word.ToLowerInvariant());
            }
        }
        return words;
    }
}
