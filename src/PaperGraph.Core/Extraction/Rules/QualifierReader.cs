using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Reads the bound or approximation written just before a number: "&gt;70%", "more than 70%",
/// "at least 2", "approximately 50", "approaches 50%". The longest phrase of the vocabulary wins.</summary>
internal sealed class QualifierReader
{
    private readonly List<(string Symbol, string[] Words)> _phrases;

    public QualifierReader(ResultVocabulary words)
    {
        _phrases = words.Qualifiers
            .SelectMany(q => q.Phrases.Select(p => (q.Symbol, Words: p.Split(' ', StringSplitOptions.RemoveEmptyEntries))))
            .OrderByDescending(p => p.Words.Length)
            .ToList();
    }

    public ResultQualifier Read(AbstractDocument document, int number)
    {
        foreach (var (symbol, words) in _phrases)
        {
            var first = number - words.Length;
            if (first >= document.FirstTokenOf(document.Tokens[number].Sentence) && Matches(document, first, words))
            {
                return new ResultQualifier(symbol, first);
            }
        }
        return new ResultQualifier("", number);
    }

    private static bool Matches(AbstractDocument document, int first, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!document.TokenIs(first + k, words[k]))
            {
                return false;
            }
        }
        return true;
    }
}
