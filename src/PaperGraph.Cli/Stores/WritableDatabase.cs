namespace PaperGraph.Cli.Stores;

/// <summary>Refuses to write into a SQLite file marked read-only before anything is read or extracted. The file's mode is
/// honoured even for root, whom the operating system would let write: a file made read-only was meant to stay as it is.</summary>
internal static class WritableDatabase
{
    public static void Require(StoreSelection store)
    {
        // On Unix, ReadOnly means the owner's write bit is off.
        if (store is SqliteStoreSelection { DatabasePath: var path } && File.Exists(path) && File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly))
        {
            throw new CliUsageException($"the database file {path} is read-only; nothing was written (make it writable, or pass another --db)");
        }
    }
}
