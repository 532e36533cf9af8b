using System.Text;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>Turns a BibTeX field's LaTeX into plain text: accent commands become letters with combining marks, escaped
/// specials their character, grouping braces go.</summary>
internal static class LatexText
{
    /// <summary>Accent commands and the combining marks they stand for.</summary>
    private static readonly Dictionary<char, char> Accents = new()
    {
        ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['"'] = '\u0308', ['~'] = '\u0303',
        ['='] = '\u0304', ['.'] = '\u0307', ['c'] = '\u0327', ['v'] = '\u030C', ['u'] = '\u0306', ['H'] = '\u030B',
    };

    public static string Plain(string latex)
    {
        var sb = new StringBuilder(latex.Length);
        for (var i = 0; i < latex.Length; i++)
        {
            var c = latex[i];
            if (c is '{' or '}')
            {
                continue;
            }
            if (c != '\\' || i + 1 >= latex.Length)
            {
                sb.Append(c);
                continue;
            }
            var command = latex[i + 1];
            if (Accents.TryGetValue(command, out var mark) && (!char.IsLetter(command) || i + 2 < latex.Length && latex[i + 2] is ' ' or '{'))
            {
                // \"{o}, \"o and \c c: the next letter, then its mark.
                var j = i + 2;
                while (j < latex.Length && latex[j] is '{' or ' ')
                {
                    j++;
                }
                if (j + 1 < latex.Length && latex[j] == '\\' && latex[j + 1] is 'i' or 'j')
                {
                    // \'\i: the dotless i takes the accent.
                    j++;
                }
                if (j < latex.Length)
                {
                    sb.Append(latex[j]).Append(mark);
                    i = j;
                    continue;
                }
            }
            if (!char.IsLetter(command))
            {
                // \&, \%, \_, \$, \{ ...: the character itself.
                sb.Append(command);
                i++;
                continue;
            }
            // Any other command (\emph, \textit, \LaTeX): dropped, its argument kept by the brace rule.
            i++;
            while (i + 1 < latex.Length && char.IsLetter(latex[i + 1]))
            {
                i++;
            }
        }
        // Marks stay combining: the app runs with invariant globalization, where composing is not available;
        // they render the same and title slugs drop them.
        return TextCleanup.CollapseWhitespace(sb.ToString()).Trim();
    }
}
