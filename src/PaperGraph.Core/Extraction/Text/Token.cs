namespace PaperGraph.Core.Extraction.Text;

/// <summary>A token of an abstract; offsets are into the abstract, end exclusive.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, int Sentence)
{
    public TextSpan Span => new(Start, End);

    public bool IsContent => Kind != TokenKind.Punctuation;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);
}
