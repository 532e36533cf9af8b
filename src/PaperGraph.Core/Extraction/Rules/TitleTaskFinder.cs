using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Tasks named only in the title ("... for Efficient Neural Architecture Search"): a paper
/// addresses what its title names even when the abstract words it differently. They have no mention,
/// since mentions are offsets into the abstract; the title's wording is kept as alias.</summary>
internal static class TitleTaskFinder
{
    public static IEnumerable<ExtractedEntity> Find(string title, PhraseIndex index, IReadOnlyList<ExtractedEntity> known)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            yield break;
        }
        var document = new AbstractDocument(title);
        var candidates = index.Match(document)
            .Where(m => m.Entry.Type == EntityType.Task && !m.Entry.Generic)
            .Select(m => (Name: m.Entry.Name, Span: document.SpanOf(m.FirstToken, m.LastToken)))
            .Concat(TaskPhraseFinder.Find(document).Select(s => (Name: title[s.Start..s.End].ToLowerInvariant(), Span: s)))
            .OrderByDescending(c => c.Span.Length);
        var seen = known.Where(e => e.Type == EntityType.Task)
            .SelectMany(e => e.Aliases.Append(e.Name))
            .Select(n => NameFold.Fold(n))
            .ToHashSet(StringComparer.Ordinal);
        var taken = new List<TextSpan>();
        foreach (var (name, span) in candidates)
        {
            var written = title[span.Start..span.End];
            if (taken.Exists(t => t.Start < span.End && span.Start < t.End) || seen.Contains(NameFold.Fold(name)) || seen.Contains(NameFold.Fold(written)))
            {
                continue;
            }
            taken.Add(span);
            seen.Add(NameFold.Fold(name));
            seen.Add(NameFold.Fold(written));
            yield return new ExtractedEntity(EntityType.Task, name, RelationType.Addresses, [written], null, []);
        }
    }
}
