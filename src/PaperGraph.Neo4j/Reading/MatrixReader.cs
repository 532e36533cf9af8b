using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Reading;

/// <summary>Methods by datasets: rows and columns are the most linked methods and datasets (read from the paper
/// counts kept on entities); cells count papers for those keys only.</summary>
internal sealed class MatrixReader(QueryApiClient client, EntityReader entities)
{
    public async Task<MethodDatasetMatrix> ReadAsync(int maxMethods, int maxDatasets, CancellationToken cancellationToken)
    {
        var methods = (await entities.TopAsync(EntityType.Method, maxMethods, cancellationToken)).Select(count => count.Entity).ToList();
        var datasets = (await entities.TopAsync(EntityType.Dataset, maxDatasets, cancellationToken)).Select(count => count.Entity).ToList();
        if (methods.Count == 0 || datasets.Count == 0)
        {
            return new MethodDatasetMatrix(methods, datasets, []);
        }
        var methodIndex = methods.Select((method, index) => (method.Key, index)).ToDictionary(StringComparer.Ordinal);
        var datasetIndex = datasets.Select((dataset, index) => (dataset.Key, index)).ToDictionary(StringComparer.Ordinal);
        var request = MatrixStatements.Cells.With(("methods", methodIndex.Keys.ToList()), ("datasets", datasetIndex.Keys.ToList()));
        var cells = (await client.RunAsync(request, cancellationToken)).Records
            .Select(record => new MatrixCell(methodIndex[record.String("methodKey")], datasetIndex[record.String("datasetKey")], record.Int("papers")))
            .OrderBy(cell => cell.MethodIndex).ThenBy(cell => cell.DatasetIndex)
            .ToList();
        return new MethodDatasetMatrix(methods, datasets, cells);
    }

    public async Task<IReadOnlyList<PaperSummary>> PapersAsync(string methodKey, string datasetKey, CancellationToken cancellationToken) =>
        (await client.RunAsync(MatrixStatements.CellPapers.With(("method", methodKey), ("dataset", datasetKey)), cancellationToken))
        .Records.Select(record => record.PaperSummary()).ToList();
}
