using Microsoft.Extensions.Options;

namespace PaperGraph.Web.Hosting;

/// <summary>The configured paths, resolved against the repository root (see <see cref="RepositoryRoot"/>).</summary>
public sealed record PaperGraphPaths(string DatabasePath, string SeedCorpusPath)
{
    public static PaperGraphPaths From(IOptions<PaperGraphWebOptions> options, IHostEnvironment environment) => new(
        RepositoryRoot.Resolve(environment.ContentRootPath, options.Value.DatabasePath),
        RepositoryRoot.Resolve(environment.ContentRootPath, options.Value.SeedCorpusPath));
}
