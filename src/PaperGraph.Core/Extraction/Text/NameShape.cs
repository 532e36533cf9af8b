namespace PaperGraph.Core.Extraction.Text;

/// <summary>Spelling tests that tell coined names ("CSPNet", "YOLOv4", "RT-DETR") from words.</summary>
internal static class NameShape
{
    private static readonly WordSet CapitalisedFunctionWords = new(
        ignoreCase: false,
        "The", "This", "These", "That", "Those", "Our", "We", "In", "On", "For", "With", "By", "To", "From",
        "A", "An", "And", "Or", "But", "However", "Moreover", "Furthermore", "Finally", "Specifically",
        "Experiments", "Experimental", "Extensive", "Results", "It", "Its", "As", "At", "Unlike", "While",
        "Despite", "Although", "Based", "Using", "Compared", "When", "Such", "Both", "Each", "Existing",
        "Recent", "Recently", "Current", "Previous", "Most", "Many", "Code", "Source", "Further",
        "Additionally", "Besides", "Then", "Thus", "Hence", "Therefore", "Overall", "Here", "First", "Second",
        "Third", "Also", "Comprehensive", "Empirical", "Theoretical", "Instead", "Among", "Through", "Via",
        "Over", "Under", "Given", "Without", "Within", "If", "Since", "Because", "All", "Some", "Other");

    /// <summary>Capital after the first letter, letters mixed with digits, or all capitals:
    /// "CSPNet", "pBNNs", "YOLOv4", "MAXIM"; dimensions such as "3D" are not names.</summary>
    public static bool IsCoined(ReadOnlySpan<char> word)
    {
        int letters = 0, upper = 0, digits = 0, innerUpper = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                    if (i > 0)
                    {
                        innerUpper++;
                    }
                }
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
        }
        // "3D", "2D" are dimensions, not names.
        if (letters == 0 || (letters == 1 && digits == word.Length - 1))
        {
            return false;
        }
        return innerUpper > 0 || (upper > 0 && digits > 0) || (upper == letters && letters >= 2);
    }

    public static bool IsCapitalised(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsUpper(word[0]);

    public static bool IsLowercaseWord(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsLower(word[0]);

    public static bool IsFunctionWord(ReadOnlySpan<char> word) =>
        CapitalisedFunctionWords.Contains(word);
}
