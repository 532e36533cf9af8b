using PaperGraph.Core.Graph;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;
using PaperGraph.Store.Contract;

namespace PaperGraph.Neo4j.Tests.Contract;

/// <summary>The shared store contract, run against a real Neo4j server when one is configured.</summary>
[RequiresNeo4jServer]
public sealed class Neo4jGraphStoreContractTests : GraphStoreContractTests, IDisposable
{
    /// <summary>Test-only: empties the database so each test starts from nothing. Never part of the store.</summary>
    private static readonly CypherStatement DeleteEverything = new("test.delete-everything",
        "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", Samples.Of());

    private readonly List<Neo4jGraphStore> _stores = [];

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        using (var client = new QueryApiClient(Neo4jServer.Options(), new HttpClientHandler()))
        {
            await client.RunAsync(DeleteEverything.With(), CancellationToken.None);
        }
        var store = new Neo4jGraphStore(Neo4jServer.Options());
        _stores.Add(store);
        await store.InitializeAsync();
        return store;
    }

    public void Dispose() => _stores.ForEach(store => store.Dispose());
}
