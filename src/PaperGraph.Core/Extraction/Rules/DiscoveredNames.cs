using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Names one abstract introduces or uses that the knowledge base lacks, plus spellings
/// the abstract defines for known entries. Matched again over the whole abstract so every later
/// use ("the CSPNet is easy to implement") becomes a mention.</summary>
internal sealed class DiscoveredNames
{
    private readonly Dictionary<string, Draft> _byFold = new(StringComparer.Ordinal);
    private readonly List<Draft> _drafts = [];

    public bool Contains(string spelling) => _byFold.ContainsKey(NameFold.Fold(spelling));

    public void Add(EntityType type, string canonical, string? parent, params string[] spellings) =>
        Add(type, canonical, parent, keyName: null, spellings);

    /// <summary>An acronym the abstract defines and the knowledge base lacks: named by the acronym,
    /// keyed by its expansion, since the same letters stand for other things in other papers.</summary>
    public void AddDefinedAcronym(EntityType type, string acronym, string expansion) =>
        Add(type, acronym, parent: null, keyName: expansion, [expansion]);

    private void Add(EntityType type, string canonical, string? parent, string? keyName, string[] spellings)
    {
        var draft = _byFold.GetValueOrDefault(NameFold.Fold(canonical));
        if (draft is null)
        {
            draft = new Draft(type, canonical, parent, keyName);
            _drafts.Add(draft);
        }
        foreach (var spelling in spellings.Append(canonical))
        {
            var fold = NameFold.Fold(spelling);
            if (fold.Length > 0 && _byFold.TryAdd(fold, draft))
            {
                draft.Spellings.Add(spelling);
            }
        }
    }

    /// <summary>Spellings defined in the text for each canonical name (the acronym's long form), and
    /// the name its key is made from when that is not the canonical name.</summary>
    public IEnumerable<(string Canonical, IReadOnlyCollection<string> Spellings, string? KeyName)> Definitions =>
        _drafts.Select(d => (d.Canonical, (IReadOnlyCollection<string>)d.Spellings, d.KeyName));

    public IEnumerable<KnowledgeEntry> ToEntries() =>
        _drafts.Select(d => new KnowledgeEntry(d.Type, d.Canonical, d.Spellings.ToList(), d.Parent, CaseSensitive: true, LowerIsBetter: false));

    public bool IsEmpty => _drafts.Count == 0;

    private sealed record Draft(EntityType Type, string Canonical, string? Parent, string? KeyName)
    {
        public List<string> Spellings { get; } = [];
    }
}
