using Bunit;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Web.Components.Shared;

namespace PaperGraph.Web.Tests.Components;

public sealed class HighlightedAbstractTests : MudComponentContext
{
    private static readonly EntityRef ImageNet = new("dataset:imagenet", EntityType.Dataset, "ImageNet");
    private static readonly EntityRef ResNet = new("method:resnet", EntityType.Method, "ResNet");

    private static StoredMention MentionOf(string text, string span, EntityRef entity)
    {
        var start = text.IndexOf(span, StringComparison.Ordinal);
        return new StoredMention(entity, start, start + span.Length);
    }

    private IRenderedComponent<HighlightedAbstract> RenderAbstract(string text, params StoredMention[] mentions) =>
        Render<HighlightedAbstract>(p => p.Add(c => c.Text, text).Add(c => c.Mentions, mentions));

    [Fact]
    public void Script_and_img_markup_in_the_abstract_render_as_text()
    {
        const string text = "We <script>alert(1)</script> beat <img src=x onerror=alert(2)> ResNet on ImageNet.";
        var cut = RenderAbstract(text, MentionOf(text, "ResNet", ResNet), MentionOf(text, "ImageNet", ImageNet));

        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("img"));
        Assert.Equal(text, cut.Find("[data-testid=abstract]").TextContent.Trim());
    }

    [Fact]
    public void A_mention_spanning_markup_text_is_highlighted_as_text()
    {
        const string text = "The <b>bold</b> dataset.";
        var cut = RenderAbstract(text, MentionOf(text, "<b>bold</b>", ImageNet));

        var mark = cut.Find("mark[data-testid=mention]");
        Assert.Equal("<b>bold</b>", mark.TextContent);
        Assert.Empty(cut.FindAll("b"));
    }

    [Fact]
    public void Each_mention_is_a_mark_with_its_type_class_and_title_in_text_order()
    {
        const string text = "ResNet reaches 76% top-1 accuracy on ImageNet.";
        var cut = RenderAbstract(text, MentionOf(text, "ImageNet", ImageNet), MentionOf(text, "ResNet", ResNet));

        var marks = cut.FindAll("mark[data-testid=mention]");
        Assert.Equal(["ResNet", "ImageNet"], marks.Select(m => m.TextContent));
        Assert.Equal(["Method", "Dataset"], marks.Select(m => m.GetAttribute("title")));
        Assert.Contains("mention-method", marks[0].ClassList);
        Assert.Contains("mention-dataset", marks[1].ClassList);
        Assert.Equal(text, cut.Find("[data-testid=abstract]").TextContent.Trim());
    }

    [Fact]
    public void A_mention_links_to_its_entity_page()
    {
        const string text = "Trained on ImageNet.";
        var cut = RenderAbstract(text, MentionOf(text, "ImageNet", ImageNet));

        Assert.Equal("/entities/dataset:imagenet", cut.Find("a.mention-link").GetAttribute("href"));
    }
}
