using System.Text;
using PaperGraph.Core.Graph;
using PaperGraph.Neo4j.Http;
using PaperGraph.Neo4j.Writing;

namespace PaperGraph.Neo4j.Export;

/// <summary>Builds and serialises the Query API request bodies an upsert of a batch into an empty database sends,
/// without a server: what the benchmark times.</summary>
public static class UpsertRequestBodies
{
    /// <summary>The UTF-8 size in bytes of every request body for <paramref name="batch"/>.</summary>
    public static long Serialize(IReadOnlyList<PaperRecord> batch, int batchSize) =>
        FreshWriteRequests.For(UpsertPlan.For(batch), batchSize).Sum(request => (long)Encoding.UTF8.GetByteCount(QueryApiClient.Body(request)));
}
