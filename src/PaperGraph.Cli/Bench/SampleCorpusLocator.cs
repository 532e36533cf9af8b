namespace PaperGraph.Cli.Bench;

/// <summary>Finds the sample corpus the repository ships (import/seed-abstracts.txt) from the current
/// folder or any folder above it or above the program.</summary>
internal static class SampleCorpusLocator
{
    public const string RelativePath = "import/seed-abstracts.txt";

    public static string? Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, RelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
