using PaperGraph.Core.Extraction;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Import;

/// <summary>Test double: names the method before the title's colon; throws for titles starting "Broken".</summary>
internal sealed class TitleOnlyExtractor : IExtractor
{
    public PaperExtraction Extract(string title, string text)
    {
        if (title.StartsWith("Broken", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("cannot extract");
        }
        var name = title.Split(':')[0];
        var entity = new ExtractedEntity(EntityType.Method, name, RelationType.Proposes, [], null, []);
        return new PaperExtraction([entity], [], []);
    }
}
