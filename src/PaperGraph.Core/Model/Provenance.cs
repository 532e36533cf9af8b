namespace PaperGraph.Core.Model;

/// <summary>Where an extracted item came from: the sentence and the character span, both as
/// offsets into the paper's abstract (end exclusive).</summary>
public sealed record Provenance(int SentenceStart, int SentenceEnd, int Start, int End)
{
    public string SentenceOf(string text) => text[SentenceStart..SentenceEnd];

    public string SpanOf(string text) => text[Start..End];
}
