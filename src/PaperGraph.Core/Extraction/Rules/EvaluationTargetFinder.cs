using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Coined names the paper evaluates or trains on: "we validate our method on OpenImage and
/// ...", "experiments on XYZ-1K show". Only coined spellings qualify, so "on ImageNet-scale data" or
/// "on Transformers" in plain words are left alone; names the knowledge base knows are matched there.</summary>
internal static class EvaluationTargetFinder
{
    private static readonly WordSet Cues = Vocabulary.Words("evaluation-cues");

    private static readonly WordSet Skipped = Vocabulary.Words("evaluation-skipped-words");

    /// <summary>"based on PaddlePaddle", "run on TPUs": "on" after these names a tool, not data.</summary>
    private static readonly WordSet NotData = Vocabulary.Words("tool-words-before-on");

    /// <summary>How far after a cue "on" may come ("evaluate our method extensively on X").</summary>
    private const int Reach = 8;

    public static List<DatasetName> Find(AbstractDocument document)
    {
        var found = new List<DatasetName>();
        var tokens = document.Tokens;
        var cueSeen = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            if (Cues.Contains(document.TokenText(i)))
            {
                cueSeen = i;
            }
            else if (cueSeen >= 0 && i - cueSeen <= Reach && tokens[cueSeen].Sentence == tokens[i].Sentence && document.TokenIs(i, "on")
                     && !NotData.Contains(document.TokenText(i - 1)))
            {
                i = CollectNames(document, i + 1, found);
                cueSeen = -1;
            }
        }
        return found;
    }

    private static int CollectNames(AbstractDocument document, int start, List<DatasetName> found)
    {
        var sentence = document.Tokens[start - 1].Sentence;
        var end = document.EndTokenOf(sentence);
        var i = start;
        while (i < end)
        {
            if (document.IsWordIn(i, Skipped))
            {
                i++;
                continue;
            }
            if (document.Tokens[i].Kind != TokenKind.Word)
            {
                return i;
            }
            var last = CompoundWord.LastToken(document, i);
            if (!NameShape.IsCoined(CompoundWord.Text(document, i, last)))
            {
                return i;
            }
            found.Add(new DatasetName(document.SpanOf(i, last), Introduced: false));
            i = document.AfterListSeparator(last + 1);
        }
        return i;
    }
}
