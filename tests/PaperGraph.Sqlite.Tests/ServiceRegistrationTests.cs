using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Graph;

namespace PaperGraph.Sqlite.Tests;

public sealed class ServiceRegistrationTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task Add_sqlite_graph_store_registers_one_store_on_the_configured_file()
    {
        var services = new ServiceCollection().AddSqliteGraphStore(options => options.DatabasePath = _database.Path);
        await using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredService<IGraphStore>();
        await store.InitializeAsync();

        Assert.Same(store, provider.GetRequiredService<IGraphStore>());
        Assert.Equal(Path.GetFullPath(_database.Path), Assert.IsType<SqliteGraphStore>(store).DatabasePath);
        Assert.True(File.Exists(_database.Path));
    }

    public void Dispose() => _database.Dispose();
}
