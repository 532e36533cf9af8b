namespace PaperGraph.Core.Extraction.Text;

/// <summary>Tokens written together without spaces ("RT-DETR", "S'MoRE", "Only-Train-Once"):
/// one word for the purposes of name shapes.</summary>
internal static class CompoundWord
{
    /// <summary>Index of the last token of the compound that starts at <paramref name="first"/>.</summary>
    public static int LastToken(AbstractDocument document, int first)
    {
        var tokens = document.Tokens;
        var last = first;
        while (last + 2 < tokens.Count
               && tokens[last + 1].Start == tokens[last].End
               && tokens[last + 2].Start == tokens[last + 1].End
               && tokens[last + 2].IsContent
               && document.Text[tokens[last + 1].Start] is '-' or '\'' or '’' or '.' or '‐')
        {
            last += 2;
        }
        return last;
    }

    public static ReadOnlySpan<char> Text(AbstractDocument document, int first, int last) =>
        document.Text.AsSpan(document.Tokens[first].Start, document.Tokens[last].End - document.Tokens[first].Start);
}
