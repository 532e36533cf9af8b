using PaperGraph.Core.Graph;

namespace PaperGraph.Store.Contract;

/// <summary>The behaviour every <see cref="IGraphStore"/> must have. A store's test project derives from
/// this class and supplies a fresh, empty store per test. The tests are split by area over partial files.</summary>
public abstract partial class GraphStoreContractTests
{
    /// <summary>A new, empty, initialized store owned by the current test.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    /// <summary>A fresh store holding the given papers, with derived relations refreshed.</summary>
    protected async Task<IGraphStore> StoreWithAsync(params PaperRecordBuilder[] papers)
    {
        var store = await CreateStoreAsync();
        await store.UpsertAsync(papers.Select(paper => paper.Build()).ToList());
        await store.RefreshDerivedRelationsAsync();
        return store;
    }
}
