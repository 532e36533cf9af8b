using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>The name before a title's colon or spaced dash: "CSPNet: A New Backbone ...",
/// "CompeteSMoE -- Effective Training ...".</summary>
internal static class TitleProposal
{
    /// <summary>"CSPNet: A New Backbone ..." names CSPNet. A prefix of several plain words counts
    /// only when the abstract uses it as a name too, so "Convergent Learning: ..." is not one.</summary>
    public static string? Find(string title, AbstractDocument document, IReadOnlyList<AcronymDefinition> acronyms)
    {
        var colon = Separator(title);
        if (colon <= 0)
        {
            return null;
        }
        var prefix = title[..colon].Trim();
        var words = prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 4 || prefix.Contains(',') || !words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0])))
        {
            return null;
        }
        foreach (var acronym in acronyms)
        {
            if (document.Text.AsSpan(acronym.Long.Start, acronym.Long.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return document.TextOf(acronym.Short);
            }
        }
        if (words.Length == 1)
        {
            return NameShape.IsFunctionWord(prefix) ? null : prefix;
        }
        return words.Any(w => NameShape.IsCoined(w)) || document.Text.Contains(prefix, StringComparison.Ordinal) ? prefix : null;
    }

    /// <summary>Where a title's name part ends: a colon, or a spaced dash ("CompeteSMoE -- Effective ...").</summary>
    private static int Separator(string title)
    {
        var colon = title.IndexOf(':');
        var dash = title.IndexOfAny(['-', '–', '—']);
        while (dash > 0 && dash + 1 < title.Length && !(title[dash - 1] == ' ' && (title[dash + 1] == ' ' || title[dash + 1] is '-' or '–')))
        {
            dash = title.IndexOfAny(['-', '–', '—'], dash + 1);
        }
        return colon > 0 && (dash <= 0 || colon < dash) ? colon : dash;
    }
}
