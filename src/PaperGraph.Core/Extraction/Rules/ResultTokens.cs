using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Token positions around a reported number, shared by the result rules.</summary>
internal static class ResultTokens
{
    /// <summary>The token after a number and its percent sign, if it has one.</summary>
    public static int AfterNumber(AbstractDocument document, int number) =>
        document.IsPunctuation(number + 1, '%') ? number + 2 : number + 1;
}
