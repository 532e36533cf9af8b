using PaperGraph.Core.Model;
using PaperGraph.Core.Tests.Corpus;

namespace PaperGraph.Core.Tests.Fuzzing;

/// <summary>The sample corpus's papers, read once by the real reader: the records the fuzz tests break.</summary>
internal static class RealPapers
{
    private static readonly Lazy<IReadOnlyList<Paper>> Papers = new(() =>
        CorpusFiles.ReadAllAsync(CorpusFiles.SampleCorpusPath).GetAwaiter().GetResult()
            .Where(r => r.Paper is not null)
            .Select(r => r.Paper!)
            .DistinctBy(p => p.Title)
            .ToList());

    public static IReadOnlyList<Paper> All => Papers.Value;
}
