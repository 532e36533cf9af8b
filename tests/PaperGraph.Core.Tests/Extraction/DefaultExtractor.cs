using PaperGraph.Core.Extraction;

namespace PaperGraph.Core.Tests.Extraction;

/// <summary>One extractor with the real embedded knowledge base, shared by the extraction tests.</summary>
internal static class DefaultExtractor
{
    public static AbstractExtractor Instance { get; } = AbstractExtractor.CreateDefault();

    public static PaperExtraction Extract(string text, string title = "A paper") => Instance.Extract(title, text);
}
