namespace PaperGraph.Core.Extraction.Text;

/// <summary>A half-open character range [Start, End) in a text.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;
}
