namespace PaperGraph.Core.Extraction.Text;

/// <summary>Finds a name written at a token: a coined compound with any capitalised words after
/// it ("Cross-D Conv", "ControlNet-XS"), or two or more capitalised words ("Crossway Diffusion").
/// After a naming cue ("called X") one capitalised word is enough.</summary>
internal static class NameRun
{
    private const int MaxExtraWords = 3;

    public static TextSpan? At(AbstractDocument document, int first, bool capitalisedSuffices)
    {
        var tokens = document.Tokens;
        if (first >= tokens.Count || tokens[first].Kind != TokenKind.Word)
        {
            return null;
        }
        var last = CompoundWord.LastToken(document, first);
        var head = CompoundWord.Text(document, first, last);
        if (NameShape.IsFunctionWord(head))
        {
            return null;
        }
        var coined = NameShape.IsCoined(head);
        var capitalised = NameShape.IsCapitalised(head);
        var sentenceStart = first == document.FirstTokenOf(tokens[first].Sentence);
        if (!coined && !(capitalised && (capitalisedSuffices || !sentenceStart)))
        {
            return null;
        }
        var words = 1;
        while (words <= MaxExtraWords && last + 1 < tokens.Count && tokens[last + 1].Kind == TokenKind.Word
               && tokens[last + 1].Sentence == tokens[first].Sentence)
        {
            var nextLast = CompoundWord.LastToken(document, last + 1);
            var next = CompoundWord.Text(document, last + 1, nextLast);
            if (!NameShape.IsCapitalised(next) || NameShape.IsFunctionWord(next))
            {
                break;
            }
            last = nextLast;
            words++;
        }
        if (!coined && !capitalisedSuffices && words < 2)
        {
            return null;
        }
        return new TextSpan(tokens[first].Start, tokens[last].End);
    }
}
