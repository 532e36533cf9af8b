using PaperGraph.Core.Corpus;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Import;

/// <summary>A paper read but not yet extracted, with where it came from for error messages.</summary>
internal sealed record PendingPaper(string File, int Line, Paper Paper)
{
    public CorpusError Error(string message) => new(File, Line, message);
}
