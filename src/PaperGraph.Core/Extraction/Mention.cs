using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction;

/// <summary>One occurrence of an entity name in a text; offsets are into that text, end exclusive.</summary>
public sealed record Mention(EntityType Type, string Text, int Start, int End, int SentenceStart, int SentenceEnd)
{
    public Provenance Provenance => new(SentenceStart, SentenceEnd, Start, End);
}
