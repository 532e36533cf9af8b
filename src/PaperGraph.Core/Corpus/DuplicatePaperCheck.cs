using PaperGraph.Core.Model;

namespace PaperGraph.Core.Corpus;

/// <summary>Rejects a second record of the same paper within one file: same normalised title, or
/// same identity (DOI, arXiv id). The first occurrence is kept.</summary>
internal sealed class DuplicatePaperCheck(string fileName)
{
    private readonly Dictionary<string, int> _lineByTitle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lineById = new(StringComparer.Ordinal);

    public CorpusError? Check(Paper paper, int line)
    {
        var slug = PaperIdentity.TitleSlug(paper.Title);
        if (_lineByTitle.TryGetValue(slug, out var first))
        {
            return new CorpusError(fileName, line, $"duplicate title \"{paper.Title}\" (first seen at line {first})");
        }
        if (_lineById.TryGetValue(paper.Id, out first))
        {
            return new CorpusError(fileName, line, $"duplicate paper id {paper.Id} (first seen at line {first})");
        }
        _lineByTitle.Add(slug, line);
        _lineById.Add(paper.Id, line);
        return null;
    }
}
