using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Import;

/// <summary>Gives each paper of a batch, and each work it cites or is cited by, the node it already has: the
/// stored paper (or stub) or the earlier paper of the batch that shares one of its keys (DOI, arXiv, OpenAlex,
/// Semantic Scholar id, title and year), in that order of trust. Works found nowhere become stubs. A paper whose keys
/// point at two or more nodes (its DOI at one, its arXiv id at another) proves them one paper: they are listed in
/// <see cref="ResolvedBatch.Merges"/> for the store to merge after the batch is written.</summary>
internal sealed class PaperIdentityResolver(IGraphStore store)
{
    public async Task<ResolvedBatch> ResolveAsync(IReadOnlyList<PaperRecord> records, CancellationToken cancellationToken)
    {
        var keys = records.SelectMany(r => r.Paper.Keys.Concat(WorksOf(r.Paper).SelectMany(work => work.Keys))).ToHashSet(StringComparer.Ordinal);
        var stored = keys.Count == 0 ? new Dictionary<string, string>() : await store.FindPapersByKeyAsync(keys, cancellationToken);
        var known = new Dictionary<string, string>(stored, StringComparer.Ordinal);
        var merges = new List<IReadOnlyList<string>>();
        // Papers first, so a work cited in the batch resolves to the paper the batch imports rather than a stub.
        var papers = records.Select(record => Resolve(record.Paper, known, merges)).ToList();
        var resolved = records.Select((record, i) => record with
        {
            Paper = papers[i],
            Citations = CitationsOf(papers[i], known, merges),
        }).ToList();
        var storedIds = stored.Values.ToHashSet(StringComparer.Ordinal);
        var batchPapers = papers.DistinctBy(paper => paper.Id).Select(paper => new PaperSummary(paper.Id, paper.Title, paper.Year)).ToList();
        var batchIds = batchPapers.Select(paper => paper.Id).ToHashSet(StringComparer.Ordinal);
        var newStubs = resolved
            .SelectMany(record => (record.Citations?.References ?? []).Concat(record.Citations?.CitedBy ?? []))
            .Select(stub => stub.Id)
            .Where(id => !storedIds.Contains(id) && !batchIds.Contains(id))
            .Distinct(StringComparer.Ordinal)
            .Count();
        return new ResolvedBatch(resolved, merges, batchPapers, storedIds, newStubs);
    }

    private static IEnumerable<CitedWork> WorksOf(Paper paper) => (paper.References ?? []).Concat(paper.CitedBy ?? []);

    private static PaperCitations? CitationsOf(Paper paper, Dictionary<string, string> known, List<IReadOnlyList<string>> merges)
    {
        if (paper.References is null && paper.CitedBy is null)
        {
            return null;
        }
        List<Paper> Stubs(IEnumerable<CitedWork> works) => works
            .Where(work => work.IsIdentifiable)
            .Select(work => Resolve(work.ToStub(), known, merges))
            .Where(stub => stub.Id != paper.Id)
            .DistinctBy(stub => stub.Id)
            .ToList();
        return new PaperCitations(paper.References is null ? null : Stubs(paper.References), Stubs(paper.CitedBy ?? []));
    }

    /// <summary>The paper under the id its first known key points at, else its own; its keys then point there. Other
    /// nodes its keys point at are to be merged into that one, and from now on their keys point there too.</summary>
    private static Paper Resolve(Paper paper, Dictionary<string, string> known, List<IReadOnlyList<string>> merges)
    {
        var keys = paper.Keys;
        var found = keys.Select(key => known.GetValueOrDefault(key)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var id = found.FirstOrDefault() ?? paper.Id;
        if (found.Count > 1)
        {
            merges.Add(found);
            foreach (var key in known.Where(pair => found.Contains(pair.Value, StringComparer.Ordinal)).Select(pair => pair.Key).ToList())
            {
                known[key] = id;
            }
        }
        foreach (var key in keys)
        {
            known.TryAdd(key, id);
        }
        return id == paper.Id ? paper : paper with { Id = id };
    }
}
