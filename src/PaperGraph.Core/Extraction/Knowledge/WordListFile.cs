namespace PaperGraph.Core.Extraction.Knowledge;

/// <summary>A vocabulary file of named word lists: one list a line, its name, a tab, then its words or
/// phrases separated by |. Empty lines and lines starting with # are skipped.</summary>
internal sealed class WordListFile
{
    private readonly Dictionary<string, IReadOnlyList<string>> _lists;

    private WordListFile(Dictionary<string, IReadOnlyList<string>> lists)
    {
        _lists = lists;
    }

    public IEnumerable<string> Names => _lists.Keys;

    public static WordListFile Read(TextReader reader)
    {
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var fields = line.Split('\t', 2);
            var words = fields.Length > 1 ? fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            lists[fields[0].Trim()] = words;
        }
        return new WordListFile(lists);
    }

    /// <summary>The list of that name; a missing list is an error in the file, not an empty list.</summary>
    public IReadOnlyList<string> this[string name] =>
        _lists.TryGetValue(name, out var words) ? words : throw new InvalidOperationException($"Vocabulary list '{name}' is missing.");
}
