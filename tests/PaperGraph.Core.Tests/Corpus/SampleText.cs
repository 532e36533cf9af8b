namespace PaperGraph.Core.Tests.Corpus;

/// <summary>Made-up titles and abstracts shaped like real ones.</summary>
internal static class SampleText
{
    public static string Abstract(string method) =>
        $"We propose {method}, a convolutional network for image classification. " +
        $"Training {method} end to end on the ImageNet dataset reaches a top-1 error of 21.5%, and it transfers to object detection on MS COCO. " +
        "Ablations show that every part of the design matters. Code and models are public.";

    public static string Listing(params string[] methods) =>
        "Get trending papers in your email inbox!\n" +
        string.Concat(methods.Select(m => $"{m}: A Network for Vision\n{Abstract(m)}\n"));

    public static string JsonLine(string method) =>
        $"{{\"title\": \"{method}: A Network for Vision\", \"abstract\": \"{Abstract(method)}\"}}";
}
