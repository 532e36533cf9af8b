using Microsoft.Data.Sqlite;
using PaperGraph.Sqlite.Maintenance;

namespace PaperGraph.Cli.Tests;

public sealed class BackupRestoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private Task<CliResult> Run(params string[] args) => Cli.RunAsync(["--db", _folder.Database, .. args]);

    [Fact]
    public async Task Backups_taken_while_an_import_writes_are_sound_and_hold_whole_batches()
    {
        Assert.Equal(0, (await Run("import", Cli.SampleCorpusPath)).ExitCode);
        var before = await PaperCountAsync(_folder.Database);
        var corpus = await ReplicaCorpus.WriteAsync(_folder.File("more.jsonl"), 1_200);

        var writer = Run("import", corpus, "--batch-size", "100");
        var backups = new List<string>();
        while (!writer.IsCompleted && backups.Count < 5)
        {
            var backup = _folder.File($"backup-{backups.Count}.db");
            var result = await Run("backup", backup);
            Assert.True(result.ExitCode == 0, result.ToString());
            backups.Add(backup);
        }
        Assert.Equal(0, (await writer).ExitCode);
        var after = await PaperCountAsync(_folder.Database);

        // The replica's first papers are the sample's own, already stored: after k batches of 100 there are
        // before + max(0, 100k - before) papers.
        var wholeBatches = Enumerable.Range(0, 1_200 / 100 + 1).Select(batches => before + Math.Max(0, batches * 100 - before)).ToHashSet();
        Assert.NotEmpty(backups);
        foreach (var backup in backups)
        {
            Assert.Null(await DatabaseCheck.ProblemAsync(backup));
            var papers = await PaperCountAsync(backup);
            Assert.InRange(papers, before, after);
            Assert.True(wholeBatches.Contains(papers), $"{papers} papers: not a whole number of batches");
        }
    }

    [Fact]
    public async Task Restore_brings_back_the_backed_up_state_exactly()
    {
        await Run("import", Cli.SampleCorpusPath);
        var backup = _folder.File("backup.db");
        Assert.Equal(0, (await Run("backup", backup)).ExitCode);
        var backedUp = (await Run("stats", "--json")).Stdout;
        await Run("import", await ReplicaCorpus.WriteAsync(_folder.File("more.jsonl"), 300));
        Assert.NotEqual(backedUp, (await Run("stats", "--json")).Stdout);

        var restore = await Run("restore", backup, "--force");

        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.Equal(backedUp, (await Run("stats", "--json")).Stdout);
    }

    [Fact]
    public async Task Restore_refuses_to_replace_an_existing_database_without_force()
    {
        await Run("import", Cli.SampleCorpusPath);
        var backup = _folder.File("backup.db");
        await Run("backup", backup);
        var stats = (await Run("stats", "--json")).Stdout;

        var restore = await Run("restore", backup);

        Assert.NotEqual(0, restore.ExitCode);
        Assert.Contains("--force", restore.Stderr);
        Assert.Equal(stats, (await Run("stats", "--json")).Stdout);
    }

    [Fact]
    public async Task Backup_refuses_to_replace_an_existing_file_without_force()
    {
        await Run("import", Cli.SampleCorpusPath);
        var existing = _folder.Write("precious.db", "not to be lost");

        var backup = await Run("backup", existing);

        Assert.NotEqual(0, backup.ExitCode);
        Assert.Equal("not to be lost", await File.ReadAllTextAsync(existing));
    }

    [Fact]
    public async Task Restore_refuses_a_file_that_is_not_a_papergraph_database()
    {
        var text = _folder.Write("notes.db", "just some text");
        var otherDatabase = _folder.File("other.db");
        await using (var connection = new SqliteConnection($"Data Source={otherDatabase};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY)";
            await create.ExecuteNonQueryAsync();
        }

        var fromText = await Run("restore", text);
        var fromOther = await Run("restore", otherDatabase);

        Assert.Equal(ExitCodes.BadInput, fromText.ExitCode);
        Assert.Contains("not a readable SQLite database", fromText.Stderr);
        Assert.Equal(ExitCodes.BadInput, fromOther.ExitCode);
        Assert.Contains("not a PaperGraph one", fromOther.Stderr);
        Assert.False(File.Exists(_folder.Database));
    }

    [Fact]
    public async Task Import_into_a_read_only_database_file_is_refused_and_leaves_it_unchanged()
    {
        await Run("import", Cli.SampleCorpusPath);
        SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(_folder.Database);
        File.SetAttributes(_folder.Database, FileAttributes.ReadOnly);

        var result = await Run("import", await ReplicaCorpus.WriteAsync(_folder.File("more.jsonl"), 50));

        File.SetAttributes(_folder.Database, FileAttributes.Normal);
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("read-only", result.Stderr);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(_folder.Database));
    }

    private static async Task<long> PaperCountAsync(string path)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM papers";
        return (long)(await count.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
