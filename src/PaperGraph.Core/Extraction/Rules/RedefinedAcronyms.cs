using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Acronyms a paper defines for something other than the known entity they spell:
/// "Magnitude Invariant Parametrizations (MIP)" is not mixed-integer programming. Acronyms are not
/// global names, so a definition whose long form shares no word with any spelled-out name of the
/// known entry defines a new name, and that entry's matches of the acronym leave this abstract.</summary>
internal static class RedefinedAcronyms
{
    /// <summary>Words this short ("of", "for", "and") say nothing about what a long form means.</summary>
    private const int MinWordLength = 4;

    /// <summary>Words agreeing on this many first letters are one word ("Network", "Networks").</summary>
    private const int StemLength = 5;

    public static List<FoundMention> Without(
        AbstractDocument document, IEnumerable<AcronymDefinition> acronyms, List<FoundMention> known, KnowledgeBase knowledge)
    {
        var lookup = new MentionLookup(known);
        var redefined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var acronym in acronyms)
        {
            if (lookup.Exactly(acronym.Short) is { Generic: false } match && lookup.Exactly(acronym.Long) is null
                && knowledge.Find(match.Type, match.Canonical) is { } entry
                && IsOtherThan(document.TextOf(acronym.Long), entry))
            {
                redefined.Add(NameFold.Fold(document.TextOf(acronym.Short)));
            }
        }
        return redefined.Count == 0
            ? known
            : known.Where(k => !redefined.Contains(NameFold.Fold(document.TextOf(k.Span)))).ToList();
    }

    /// <summary>True when the entry has spelled-out names and the long form shares a word with none;
    /// an entry known only by short names ("RWKV") cannot tell, so it keeps the acronym.</summary>
    private static bool IsOtherThan(string longForm, KnowledgeEntry entry)
    {
        var spelledOut = entry.Aliases.Prepend(entry.Name).Select(Stems).Where(s => s.Count > 1).ToList();
        var stems = Stems(longForm);
        return spelledOut.Count > 0 && spelledOut.All(s => !s.Overlaps(stems));
    }

    private static HashSet<string> Stems(string name) =>
        name.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray()))
            .Where(w => w.Length >= MinWordLength)
            .Select(w => w[..Math.Min(w.Length, StemLength)])
            .ToHashSet(StringComparer.Ordinal);
}
