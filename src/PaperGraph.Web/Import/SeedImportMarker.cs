namespace PaperGraph.Web.Import;

/// <summary>A file beside the database that exists while the first-start import is unfinished. The import only
/// starts on an empty store, and an app killed after its first batch leaves a store that is not empty: the marker
/// tells the next start to finish the import (it upserts, so importing again ends with the clean counts) instead of
/// taking the partial store for a finished one.</summary>
public sealed class SeedImportMarker(string databasePath)
{
    public string Path { get; } = databasePath + ".seed-import-pending";

    /// <summary>Whether an earlier start began the import and did not finish it.</summary>
    public bool IsPending => File.Exists(Path);

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        await File.WriteAllTextAsync(Path, "The first-start import of the seed corpus has not finished; the next start finishes it.\n", cancellationToken);
    }

    public void Complete() => File.Delete(Path);
}
