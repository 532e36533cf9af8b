namespace PaperGraph.Web.Hosting;

/// <summary>Finds the folder that holds PaperGraph.sln above the content root, so that default paths such
/// as <c>import/seed-abstracts.txt</c> work when the app runs from <c>src/PaperGraph.Web</c>.</summary>
public static class RepositoryRoot
{
    private const string Marker = "PaperGraph.sln";

    public static string Find(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Marker)))
            {
                return dir.FullName;
            }
        }
        return contentRoot;
    }

    /// <summary>A rooted path as given; a relative one against the repository root.</summary>
    public static string Resolve(string contentRoot, string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Find(contentRoot), path));
}
