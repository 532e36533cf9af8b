using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Method names the knowledge base lacks, from comparison and reuse cues: "outperforms
/// YOLOv12n and RT-DETR", "baselines such as X", "built on X". Only coined names qualify.</summary>
internal static class MethodFinder
{
    private static readonly WordSet Cues = Vocabulary.Words("method-cues");

    private static readonly WordSet ListWords = Vocabulary.Words("method-list-words");

    public static List<TextSpan> Find(AbstractDocument document)
    {
        var found = new List<TextSpan>();
        var tokens = document.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (document.IsWordIn(i, Cues))
            {
                i = CollectList(document, i + 1, found) - 1;
            }
        }
        return found;
    }

    private static int CollectList(AbstractDocument document, int start, List<TextSpan> found)
    {
        var end = Math.Min(document.EndTokenOf(document.Tokens[start - 1].Sentence), start + 14);
        var i = start;
        while (i < end)
        {
            var token = document.Tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                if (document.Text[token.Start] is ',' or '.' or '(' or ')' or '/')
                {
                    i++;
                    continue;
                }
                return i;
            }
            var text = document.TokenText(i);
            if (ListWords.Contains(text))
            {
                i++;
                continue;
            }
            if (token.Kind != TokenKind.Word || !NameShape.IsCoined(text) || NameRun.At(document, i, capitalisedSuffices: false) is not { } run)
            {
                return i;
            }
            found.Add(run);
            i = document.TokenAt(run.End);
        }
        return i;
    }
}
