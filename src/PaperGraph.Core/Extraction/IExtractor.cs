namespace PaperGraph.Core.Extraction;

/// <summary>Turns a title and abstract into entities, results and mentions. Pure and thread-safe.</summary>
public interface IExtractor
{
    PaperExtraction Extract(string title, string text);
}
