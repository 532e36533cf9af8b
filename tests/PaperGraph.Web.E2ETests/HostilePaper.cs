using PaperGraph.Core.Extraction;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;

namespace PaperGraph.Web.E2ETests;

/// <summary>A paper whose title and abstract carry markup that would run script if any page or graph label
/// inserted it as HTML. It evaluates on ImageNet so that it is linked into the graph.</summary>
public static class HostilePaper
{
    public const string ScriptTag = "<script>window.__xss=1</script>";
    public const string ImageTag = "<img src=x onerror=\"window.__xss=1\">";
    private const string ArxivId = "2499.00001";

    public static string Title { get; } = $"Hostile markup {ScriptTag} {ImageTag} in a title";

    public static string Abstract { get; } =
        $"We train on ImageNet and report results. {ScriptTag} Nothing here may run. {ImageTag} Nor here.";

    public static string Id { get; } = PaperIdentity.For(Title, arxivId: ArxivId);

    public static PaperRecord Record()
    {
        var start = Abstract.IndexOf("ImageNet", StringComparison.Ordinal);
        var sentenceEnd = Abstract.IndexOf('.', StringComparison.Ordinal) + 1;
        var mention = new Mention(EntityType.Dataset, "ImageNet", start, start + "ImageNet".Length, 0, sentenceEnd);
        var imageNet = new ExtractedEntity(EntityType.Dataset, "ImageNet", RelationType.EvaluatedOn, [], null, [mention]);
        var paper = new Paper(Id, Title, Abstract, ArxivId: ArxivId, Year: 2024);
        return new PaperRecord(paper, new PaperExtraction([imageNet], [], [mention]));
    }
}
