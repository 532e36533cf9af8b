using PaperGraph.Core.Graph;
using PaperGraph.Store.Contract;

namespace PaperGraph.Sqlite.Tests;

/// <summary>The shared store contract, run against a real SQLite file.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContractTests, IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private readonly List<SqliteGraphStore> _stores = [];

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = _database.OpenStore();
        _stores.Add(store);
        await store.InitializeAsync();
        return store;
    }

    public void Dispose()
    {
        _stores.ForEach(store => store.Dispose());
        _database.Dispose();
    }
}
