using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Editions of evaluation campaigns, named by the campaign and a year or number: "WMT09",
/// "NIST05", "IWSLT2012", "TAC 2010", "MUC-7". Each edition is its own test data.</summary>
internal static class EditionFinder
{
    private static readonly WordSet Campaigns = Vocabulary.Words("campaign-names", ignoreCase: false);

    public static List<DatasetName> Find(AbstractDocument document)
    {
        var found = new List<DatasetName>();
        var tokens = document.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            var text = document.TokenText(i);
            var digits = text.IndexOfAnyInRange('0', '9');
            if (digits > 0 && Campaigns.Contains(text[..digits]) && EditionNumber.IsYearOrShort(text[digits..]))
            {
                found.Add(new DatasetName(document.SpanOf(i, i), Introduced: false));
            }
            else if (digits < 0 && Campaigns.Contains(text) && EditionAfter(document, i) is var edition and >= 0)
            {
                found.Add(new DatasetName(document.SpanOf(i, edition), Introduced: false));
                i = edition;
            }
        }
        return found;
    }

    /// <summary>The edition number after a campaign name, directly or after a hyphen; -1 if none.</summary>
    private static int EditionAfter(AbstractDocument document, int campaign)
    {
        var next = campaign + 1;
        if (document.IsPunctuation(next, '-'))
        {
            next++;
        }
        return next < document.Tokens.Count && document.Tokens[next].Sentence == document.Tokens[campaign].Sentence
               && document.Tokens[next].Kind == TokenKind.Number && EditionNumber.IsYearOrShort(document.TokenText(next))
            ? next
            : -1;
    }
}
