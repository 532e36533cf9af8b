using CsCheck;
using PaperGraph.Core.Tests.Extraction;

namespace PaperGraph.Core.Tests.Fuzzing;

/// <summary>Property-based fuzzing of the extractor with real abstracts broken as decoded text can be: control
/// characters and NUL, lone surrogates, cut-offs, 100k-character abstracts. It never throws, and every mention's
/// span is inside the text and matches it.</summary>
public sealed class ExtractorFuzzTests
{
    private static readonly string[] Insertions = ["\0", "\u0001\u001f\u007f", "\uD800", "\uDFFF", "\uFFFD\uFFFF", "((((((((", "%%%", "1.2.3.4e99", "\r\n\t", "{{}}"];

    private static Gen<(int Paper, int Insertion, double Position, bool Truncate, bool Long)> Samples { get; } =
        Gen.Select(Gen.Int[0, RealPapers.All.Count - 1], Gen.Int[0, Insertions.Length - 1], Gen.Double[0, 1], Gen.Bool, Gen.Bool);

    [Fact]
    public void Broken_real_abstracts_extract_with_spans_inside_the_text()
    {
        Samples.Sample(sample =>
        {
            var paper = RealPapers.All[sample.Paper];
            var text = Break(sample.Long ? RecordMutation.Lengthen(paper.Abstract) : paper.Abstract, Insertions[sample.Insertion], sample.Position, sample.Truncate);

            var extraction = DefaultExtractor.Instance.Extract(paper.Title, text);

            Assert.All(extraction.Mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
        }, iter: 150, threads: 1);
    }

    private static string Break(string text, string insertion, double position, bool truncate)
    {
        var at = Math.Clamp((int)(position * text.Length), 0, text.Length);
        return truncate ? text[..at] + insertion : text.Insert(at, insertion);
    }
}
