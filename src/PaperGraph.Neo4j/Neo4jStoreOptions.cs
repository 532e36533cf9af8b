using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;

namespace PaperGraph.Neo4j;

/// <summary>Where the Neo4j server is and how to sign in. Either <see cref="User"/> and <see cref="Password"/>
/// (Basic auth) or <see cref="BearerToken"/> (SSO, Aura); a token wins when both are given.</summary>
public sealed class Neo4jStoreOptions
{
    /// <summary>The HTTP(S) address of the server, e.g. <c>http://localhost:7474</c> or an Aura instance.</summary>
    public Uri? Uri { get; set; }

    public string Database { get; set; } = "neo4j";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Bound from the key <c>Token</c> (<c>PaperGraph:Neo4j:Token</c>), the name the other hosts use.</summary>
    [ConfigurationKeyName("Token")]
    public string? BearerToken { get; set; }

    /// <summary>Rows per <c>UNWIND</c> statement when writing; Neo4j handles 1,000 to 10,000 well.</summary>
    public int BatchSize { get; set; } = 5000;

    /// <summary>Retries of a request or write transaction after a transient failure.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; later ones back off exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Whether <paramref name="uri"/> can be the server's address: absolute, over HTTP or HTTPS. A bare
    /// <c>localhost:7474</c> parses as an absolute URI with scheme "localhost", so being absolute is not enough.</summary>
    public static bool IsServerAddress([NotNullWhen(true)] Uri? uri) =>
        uri is { IsAbsoluteUri: true } && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Scheme, host and port of a server address, for logs and messages: an address may carry a user and password.</summary>
    public static string PrintableAddress(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return $"{uri.Scheme}://{uri.Host}:{uri.Port}";
    }
}
