using PaperGraph.Core.Model;

namespace PaperGraph.Core.Corpus;

/// <summary>One record read from a corpus: a paper, or the error that rejected it.</summary>
/// <param name="Line">1-based line where the record starts.</param>
public sealed record CorpusRecord(int Line, Paper? Paper, CorpusError? Error)
{
    public static CorpusRecord Valid(int line, Paper paper) => new(line, paper, null);

    public static CorpusRecord Rejected(CorpusError error) => new(error.Line, null, error);
}
