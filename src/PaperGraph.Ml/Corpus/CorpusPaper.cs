using PaperGraph.Core.Model;

namespace PaperGraph.Ml.Corpus;

/// <summary>What suggestions need of a paper: its text and the entities it is linked to, by role.</summary>
public sealed record CorpusPaper(string Id, string Title, string Abstract, IReadOnlyList<PaperLink> Links)
{
    public string Text => $"{Title}. {Abstract}";

    public bool Has(string entityKey, RelationType role) => Links.Any(link => link.Role == role && link.EntityKey == entityKey);
}

/// <summary>One relation of a paper to an entity.</summary>
public sealed record PaperLink(string EntityKey, RelationType Role);
