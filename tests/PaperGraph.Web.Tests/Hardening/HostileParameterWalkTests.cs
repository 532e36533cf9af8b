using System.Text.Json;
using PaperGraph.Web.Tests.Api;

namespace PaperGraph.Web.Tests.Hardening;

/// <summary>Every GET route of the OpenAPI document, each of its path and query parameters in turn set to hostile
/// values: the answer is a 2xx or a 4xx, never a 5xx. On Kestrel, as in production: the test server cannot carry a NUL
/// in a path, which Kestrel refuses with 400 itself.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class HostileParameterWalkTests(SeededApp app)
{
    private static readonly string[] HostileValues =
    [
        "' OR 1=1; DROP TABLE papers; --",
        "\" OR \"\"=\"",
        "NEAR(a b) OR title:* AND ^x {y} -z \"",
        "../../../../etc/passwd",
        "..\\..\\windows\\win.ini",
        new string('x', 10_000),
        "\0",
        "a\0b\u0001\u001f",
        "\uFFFF\uD800",
        "-1",
        "0",
        "-2147483649",
        "2147483648",
        "99999999999999999999999",
        "1e308",
        " ",
        "MATCH (n) DETACH DELETE n",
        "<script>alert(1)</script>",
    ];

    [Fact]
    public async Task No_get_route_answers_a_hostile_parameter_with_a_server_error()
    {
        using var unlimited = app.WithWebHostBuilder(host => host.UseSetting("PaperGraph:RateLimit:Enabled", "false"));
        unlimited.UseKestrel(0);
        var client = unlimited.CreateClient();
        var routes = await ReadGetRoutesAsync(client);
        var failures = new List<string>();
        var requests = 0;

        foreach (var route in routes)
        {
            foreach (var parameter in route.Parameters)
            {
                foreach (var value in HostileValues)
                {
                    var url = route.Url(parameter, value);
                    var response = await client.GetAsync(url);
                    requests++;
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{(int)response.StatusCode} {url[..Math.Min(url.Length, 200)]}");
                    }
                }
            }
        }

        Assert.True(routes.Count >= 10, $"Only {routes.Count} GET routes were found in the OpenAPI document.");
        Assert.True(requests > 200, $"Only {requests} requests were made.");
        Assert.Empty(failures);
    }

    private static async Task<IReadOnlyList<GetRoute>> ReadGetRoutesAsync(HttpClient client)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var routes = new List<GetRoute>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get))
            {
                continue;
            }
            var parameters = get.TryGetProperty("parameters", out var list)
                ? list.EnumerateArray().Select(p => new RouteParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!)).ToList()
                : [];
            routes.Add(new GetRoute(path.Name, parameters));
        }
        return routes;
    }

    private sealed record RouteParameter(string Name, string In);

    /// <summary>A route template; <see cref="Url"/> sets one parameter to a value and the other path parameters to a
    /// plain word, leaving other query parameters out.</summary>
    private sealed record GetRoute(string Template, IReadOnlyList<RouteParameter> Parameters)
    {
        public string Url(RouteParameter hostile, string value)
        {
            var path = Template;
            foreach (var parameter in Parameters.Where(p => p.In == "path"))
            {
                var text = parameter == hostile ? value : "ImageNet";
                path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(text), StringComparison.Ordinal);
            }
            return hostile.In == "query" ? $"{path}?{Uri.EscapeDataString(hostile.Name)}={Uri.EscapeDataString(value)}" : path;
        }
    }
}
