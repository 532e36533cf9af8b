using Microsoft.Data.Sqlite;

namespace PaperGraph.Sqlite.Maintenance;

/// <summary>Copies a database with SQLite's online backup API, which reads one consistent snapshot while other
/// connections (the web app, an import) go on reading and writing. Both directions write a temporary file or go
/// through SQLite's own locking, so an interrupted copy never leaves a half-written target.</summary>
public static class DatabaseBackup
{
    /// <summary>Copies the live database at <paramref name="databasePath"/> to <paramref name="destination"/>, which must
    /// not exist unless <paramref name="overwrite"/>; the copy is checked before it takes the destination's name.</summary>
    public static async Task BackupAsync(string databasePath, string destination, bool overwrite, CancellationToken cancellationToken = default)
    {
        if (await DatabaseCheck.ProblemAsync(databasePath, cancellationToken) is { } problem)
        {
            throw new InvalidDataException(problem);
        }
        RefuseSilentOverwrite(destination, overwrite);
        var partial = destination + ".partial";
        File.Delete(partial);
        try
        {
            await using (var source = new SqliteConnection(DatabaseCheck.ReadOnly(databasePath)))
            await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(partial), Pooling = false }.ToString()))
            {
                await source.OpenAsync(cancellationToken);
                await target.OpenAsync(cancellationToken);
                source.BackupDatabase(target);
                // A backup is one self-contained file: no -wal beside it to lose when it is copied elsewhere.
                await target.Command("PRAGMA journal_mode = DELETE;").ExecuteAsync(cancellationToken);
            }
            if (await DatabaseCheck.ProblemAsync(partial, cancellationToken) is { } copyProblem)
            {
                throw new InvalidDataException($"the backup did not verify: {copyProblem}");
            }
            File.Move(partial, destination, overwrite);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Replaces the database at <paramref name="databasePath"/> with the backup <paramref name="backupPath"/>
    /// after checking that the backup is a sound PaperGraph database. An existing database is replaced only when
    /// <paramref name="overwrite"/>; the copy goes through SQLite, so readers never see a half-restored file.</summary>
    public static async Task RestoreAsync(string backupPath, string databasePath, bool overwrite, CancellationToken cancellationToken = default)
    {
        if (await DatabaseCheck.ProblemAsync(backupPath, cancellationToken) is { } problem)
        {
            throw new InvalidDataException(problem);
        }
        RefuseSilentOverwrite(databasePath, overwrite);
        await using var source = new SqliteConnection(DatabaseCheck.ReadOnly(backupPath));
        await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(databasePath), Pooling = false }.ToString());
        await source.OpenAsync(cancellationToken);
        await target.OpenAsync(cancellationToken);
        source.BackupDatabase(target);
        await target.Command("PRAGMA journal_mode = WAL;").ExecuteAsync(cancellationToken);
    }

    private static void RefuseSilentOverwrite(string path, bool overwrite)
    {
        if (File.Exists(path) && !overwrite)
        {
            throw new IOException($"{path} exists; pass --force to replace it");
        }
    }
}
