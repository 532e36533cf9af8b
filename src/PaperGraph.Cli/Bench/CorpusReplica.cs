using PaperGraph.Core.Model;

namespace PaperGraph.Cli.Bench;

/// <summary>Scales a sample corpus up: the sample repeated with distinct titles ("... (copy 3)"), so
/// every paper gets its own identity while the text, and so the extraction work, stays realistic.</summary>
internal static class CorpusReplica
{
    public static IEnumerable<Paper> Replicate(IReadOnlyList<Paper> sample, int count)
    {
        if (sample.Count == 0)
        {
            throw new ArgumentException("The sample corpus has no papers.", nameof(sample));
        }
        for (var i = 0; i < count; i++)
        {
            var source = sample[i % sample.Count];
            var copy = i / sample.Count;
            var title = copy == 0 ? source.Title : $"{source.Title} (copy {copy})";
            yield return source with { Id = PaperIdentity.For(title), Title = title };
        }
    }
}
