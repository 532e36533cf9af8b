using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Graph;

namespace PaperGraph.Neo4j.Tests;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public async Task Add_neo4j_graph_store_registers_one_store()
    {
        var services = new ServiceCollection().AddNeo4jGraphStore(options => options.Uri = new Uri("http://neo4j.test:7474"));
        await using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredService<IGraphStore>();

        Assert.IsType<Neo4jGraphStore>(store);
        Assert.Same(store, provider.GetRequiredService<Neo4jGraphStore>());
    }

    [Fact]
    public async Task Add_neo4j_graph_store_makes_the_store_the_paper_record_source()
    {
        var services = new ServiceCollection().AddNeo4jGraphStore(options => options.Uri = new Uri("http://neo4j.test:7474"));
        await using var provider = services.BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<IGraphStore>(), provider.GetRequiredService<IPaperRecordSource>());
    }
}
