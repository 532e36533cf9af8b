using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Whether an acronym definition introduces the authors' own artifact ("we propose Cross
/// Stage Partial Network (CSPNet)") rather than others' work ("Recently, X (Y) were shown ...").</summary>
internal static class OwnDefinitionRule
{
    /// <summary>How far after a novelty cue a definition may come.</summary>
    private const int DefinitionReach = 16;

    /// <summary>How far back in the sentence cues are read, so very long sentences stay linear.</summary>
    private const int Lookback = 48;

    private static readonly WordSet NoveltyCues = Vocabulary.Words("own-work-cues");

    /// <summary>Words about others' or earlier work; "e" opens "e.g.".</summary>
    private static readonly WordSet ExistingCues = Vocabulary.Words("existing-work-cues");

    private static readonly WordSet RelativeWords = Vocabulary.Words("relative-words");

    /// <summary>The words before a definition present it as the authors' own ("we propose ...",
    /// "our proposed method, X (Y)") and not as others' ("Recently, X (Y) ..."). A definition listed
    /// right after one of the authors' own ("X (A) and Y (B)") is theirs too.</summary>
    public static bool IsOwn(AbstractDocument document, AcronymDefinition acronym, int previousOwn)
    {
        var end = document.TokenAt(acronym.Whole.Start);
        var first = Math.Max(document.FirstTokenOf(acronym.Sentence), end - Lookback);
        var lastNovelty = previousOwn >= first ? previousOwn : -1;
        for (var i = Math.Max(first, lastNovelty); i < end; i++)
        {
            var word = document.TokenText(i);
            if (document.Tokens[i].Kind != TokenKind.Word || NameShape.IsCoined(word))
            {
                continue;
            }
            if (ExistingCues.Contains(word))
            {
                return false;
            }
            if (NoveltyCues.Contains(word))
            {
                lastNovelty = i;
            }
            else if (lastNovelty >= 0 && RelativeWords.Contains(word))
            {
                lastNovelty = -1;
            }
        }
        return lastNovelty >= 0 && end - lastNovelty <= DefinitionReach;
    }
}
