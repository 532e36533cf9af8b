namespace PaperGraph.Core.Extraction.Text;

/// <summary>Numbers that name an edition of a dataset or campaign: a year ("2017") or a short
/// edition number ("09", "7").</summary>
internal static class EditionNumber
{
    public static bool IsYear(ReadOnlySpan<char> text) =>
        text.Length == 4 && text[0] is '1' or '2' && text[1] is '9' or '0' && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]);

    public static bool IsYearOrShort(ReadOnlySpan<char> text) =>
        IsYear(text) || (text.Length is 1 or 2 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[^1]));
}
