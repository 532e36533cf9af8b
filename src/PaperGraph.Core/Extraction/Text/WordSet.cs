namespace PaperGraph.Core.Extraction.Text;

/// <summary>A fixed set of cue words, looked up by span so rules never allocate per token.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(params string[] words)
        : this(ignoreCase: true, words)
    {
    }

    public WordSet(bool ignoreCase, params string[] words)
    {
        var set = new HashSet<string>(words, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
