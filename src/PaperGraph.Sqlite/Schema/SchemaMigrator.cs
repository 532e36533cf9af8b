using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace PaperGraph.Sqlite.Schema;

/// <summary>Applies the embedded Migrations/NNNN_name.sql scripts in order, each once, tracked by
/// PRAGMA user_version. Each script runs in its own transaction with its version bump.</summary>
internal static class SchemaMigrator
{
    private const string ResourcePrefix = "PaperGraph.Sqlite.Migrations.";

    public static IReadOnlyList<Migration> Migrations { get; } = LoadMigrations();

    public static async Task<int> MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await connection.Command("PRAGMA journal_mode = WAL;").ExecuteAsync(cancellationToken);
        var applied = 0;
        foreach (var migration in Migrations)
        {
            await using var transaction = connection.BeginTransaction(deferred: false);
            // Read inside the write transaction so two processes starting together apply each script once.
            var current = await connection.Command("PRAGMA user_version;").In(transaction).LongAsync(cancellationToken);
            if (migration.Version <= current)
            {
                continue;
            }
            await connection.Command(migration.Sql).In(transaction).ExecuteAsync(cancellationToken);
            // PRAGMA takes no parameters; the version is an integer parsed from our own resource name.
            await connection.Command($"PRAGMA user_version = {migration.Version.ToString(CultureInfo.InvariantCulture)};")
                .In(transaction).ExecuteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            applied++;
        }
        return applied;
    }

    public static async Task<long> CurrentVersionAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        await connection.Command("PRAGMA user_version;").LongAsync(cancellationToken);

    private static List<Migration> LoadMigrations()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => new Migration(VersionOf(name), Read(assembly, name)))
            .OrderBy(migration => migration.Version)
            .ToList();
    }

    private static int VersionOf(string resourceName)
    {
        var fileName = resourceName[ResourcePrefix.Length..];
        var digits = fileName.Split('_', 2)[0];
        return int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static string Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Missing embedded migration {resourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal sealed record Migration(int Version, string Sql);
}
