using Bunit;
using PaperGraph.Core.Model;
using PaperGraph.Web.Components.Shared;

namespace PaperGraph.Web.Tests.Components;

public sealed class SentenceWithSpanTests : MudComponentContext
{
    private const string Abstract = "Intro. We reach 24.2% <b>top-1</b> error on ImageNet.";
    private static readonly int SentenceStart = Abstract.IndexOf("We", StringComparison.Ordinal);

    private IRenderedComponent<SentenceWithSpan> RenderSpan(string span, int shift = 0)
    {
        var start = Abstract.IndexOf(span, StringComparison.Ordinal) + shift;
        var provenance = new Provenance(SentenceStart, Abstract.Length, start, start + span.Length);
        return Render<SentenceWithSpan>(p => p.Add(c => c.Sentence, provenance.SentenceOf(Abstract)).Add(c => c.Provenance, provenance));
    }

    [Fact]
    public void The_extracted_span_is_emphasised_inside_its_sentence()
    {
        var cut = RenderSpan("24.2%");

        Assert.Equal("24.2%", cut.Find("strong.provenance-span").TextContent);
        Assert.Equal(Abstract[SentenceStart..], string.Concat(cut.Nodes.Select(n => n.TextContent)));
    }

    [Fact]
    public void Markup_in_the_sentence_stays_text()
    {
        var cut = RenderSpan("<b>top-1</b>");

        Assert.Empty(cut.FindAll("b"));
        Assert.Equal("<b>top-1</b>", cut.Find("strong.provenance-span").TextContent);
    }

    [Fact]
    public void Offsets_outside_the_sentence_fall_back_to_plain_text()
    {
        var cut = RenderSpan("ImageNet.", shift: 5);

        Assert.Empty(cut.FindAll("strong"));
        Assert.Contains("We reach 24.2%", cut.Markup);
    }
}
