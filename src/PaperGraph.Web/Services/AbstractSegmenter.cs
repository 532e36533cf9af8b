using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Web.Services;

/// <summary>Cuts an abstract into plain and mention segments so a page can wrap mentions in elements
/// without ever building HTML from corpus text. Mentions outside the text, empty ones and ones that
/// overlap an earlier (or longer, at the same start) mention are dropped.</summary>
public static class AbstractSegmenter
{
    public static IReadOnlyList<TextSegment> Split(string text, IEnumerable<StoredMention> mentions)
    {
        var ordered = mentions
            .Where(m => m.Start >= 0 && m.End <= text.Length && m.Start < m.End)
            .OrderBy(m => m.Start)
            .ThenByDescending(m => m.End - m.Start);

        var segments = new List<TextSegment>();
        var position = 0;
        foreach (var mention in ordered)
        {
            if (mention.Start < position)
            {
                continue;
            }
            if (mention.Start > position)
            {
                segments.Add(new TextSegment(text[position..mention.Start], position, null));
            }
            segments.Add(new TextSegment(text[mention.Start..mention.End], mention.Start, mention.Entity));
            position = mention.End;
        }
        if (position < text.Length)
        {
            segments.Add(new TextSegment(text[position..], position, null));
        }
        return segments;
    }
}
