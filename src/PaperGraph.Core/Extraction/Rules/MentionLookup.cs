using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Position queries over non-overlapping mentions sorted by start, in logarithmic time,
/// so rules stay linear on very long inputs.</summary>
internal sealed class MentionLookup
{
    private readonly List<FoundMention> _sorted;
    private readonly Dictionary<int, FoundMention> _byStart = [];
    private readonly Dictionary<int, FoundMention> _byEnd = [];

    public MentionLookup(IEnumerable<FoundMention> mentions)
    {
        _sorted = mentions.OrderBy(m => m.Span.Start).ToList();
        foreach (var mention in _sorted)
        {
            _byStart.TryAdd(mention.Span.Start, mention);
            _byEnd.TryAdd(mention.Span.End, mention);
        }
    }

    /// <summary>A lookup over bare spans, for overlap queries only.</summary>
    public static MentionLookup OfSpans(IEnumerable<TextSpan> spans) =>
        new(spans.Select(s => new FoundMention(EntityType.Method, "", null, s, -1)));

    public IReadOnlyList<FoundMention> All => _sorted;

    public FoundMention? StartingAt(int offset) => _byStart.GetValueOrDefault(offset);

    public FoundMention? EndingAt(int offset) => _byEnd.GetValueOrDefault(offset);

    public FoundMention? Exactly(TextSpan span) => StartingAt(span.Start) is { } m && m.Span == span ? m : null;

    public bool Overlaps(TextSpan span) => FirstEndingAfter(span.Start) is { } m && m.Span.Start < span.End;

    /// <summary>The first mention that starts at or after the offset.</summary>
    public FoundMention? FirstStartingFrom(int offset)
    {
        var i = FirstStartingIndex(offset);
        return i < _sorted.Count ? _sorted[i] : null;
    }

    /// <summary>The last mention that ends at or before the offset.</summary>
    public FoundMention? LastEndingBy(int offset)
    {
        var i = FirstStartingIndex(offset) - 1;
        while (i >= 0 && _sorted[i].Span.End > offset)
        {
            i--;
        }
        return i >= 0 ? _sorted[i] : null;
    }

    private FoundMention? FirstEndingAfter(int offset)
    {
        var i = FirstStartingIndex(offset) - 1;
        if (i >= 0 && _sorted[i].Span.End > offset)
        {
            return _sorted[i];
        }
        return i + 1 < _sorted.Count ? _sorted[i + 1] : null;
    }

    /// <summary>Index of the first mention starting at or after the offset.</summary>
    private int FirstStartingIndex(int offset) => LowerBound.Of(_sorted, offset, static (mention, at) => mention.Span.Start < at);
}
