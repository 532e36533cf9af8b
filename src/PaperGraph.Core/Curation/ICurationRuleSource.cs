namespace PaperGraph.Core.Curation;

/// <summary>Reads the curation rules in force (decisions not undone), oldest first: what the importer applies to
/// every paper and what the merge-candidate classifier learns from.</summary>
public interface ICurationRuleSource
{
    Task<IReadOnlyList<CurationRule>> GetActiveRulesAsync(CancellationToken cancellationToken = default);
}
