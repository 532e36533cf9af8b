using System.Reflection;

namespace PaperGraph.Core.Extraction.Knowledge;

/// <summary>The knowledge-base files embedded in this assembly (tables and word lists), opened by
/// their path under Extraction/KnowledgeBase ("datasets.tsv", "vocabulary/task-heads.txt").</summary>
internal static class KnowledgeResource
{
    private const string Prefix = "PaperGraph.Core.KnowledgeBase.";

    private static Assembly Assembly => typeof(KnowledgeResource).Assembly;

    public static StreamReader Open(string path)
    {
        var name = Prefix + path.Replace('/', '.');
        var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Knowledge-base resource {name} is missing.");
        return new StreamReader(stream);
    }

    /// <summary>The paths of the embedded files in <paramref name="folder"/> ending in <paramref name="extension"/>.</summary>
    public static IEnumerable<string> In(string folder, string extension)
    {
        var prefix = Prefix + folder + ".";
        return Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(extension, StringComparison.Ordinal))
            .Select(n => folder + "/" + n[prefix.Length..]);
    }
}
