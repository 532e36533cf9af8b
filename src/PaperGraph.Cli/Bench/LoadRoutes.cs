using System.Net.Http.Json;
using System.Text.Json;

namespace PaperGraph.Cli.Bench;

/// <summary>The mix a load run requests: the home page, the ImageNet dataset page, paper pages, the search page and the
/// JSON API. Paper ids come from the server's own search, so the run works on any database.</summary>
internal sealed record LoadRoutes(IReadOnlyList<LoadRoute> All)
{
    public static async Task<LoadRoutes> DiscoverAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var hits = JsonDocument.Parse(await client.GetStringAsync("api/search?q=image%20classification&kinds=Paper&limit=50", cancellationToken));
        var paperPaths = hits.RootElement.EnumerateArray()
            .Select(hit => "papers/" + Uri.EscapeDataString(hit.GetProperty("nodeId").GetString()!))
            .ToList();
        if (paperPaths.Count == 0)
        {
            throw new CliUsageException("the server's search found no paper for 'image classification'; import a corpus first");
        }
        return new LoadRoutes(
        [
            new("page: home", ["" ]),
            new("page: /datasets/ImageNet", ["datasets/ImageNet"]),
            new("page: paper", paperPaths),
            new("page: search", ["search?q=image%20classification", "search?q=object%20detection", "search?q=transformer"]),
            new("api: search", ["api/search?q=resnet", "api/search?q=segmentation&kinds=Paper", "api/search?q=bert&prefix=false"]),
            new("api: reports-on", ["api/reports-on/ImageNet?limit=20", "api/reports-on/CIFAR-10?limit=20", "api/reports-on/COCO?limit=20"]),
            new("api: paper", paperPaths.Select(path => "api/" + path).ToList()),
        ]);
    }
}

/// <summary>One route of the mix, by name, and the concrete paths a client picks from.</summary>
internal sealed record LoadRoute(string Name, IReadOnlyList<string> Paths)
{
    public bool IsApi => Name.StartsWith("api", StringComparison.Ordinal);
}
