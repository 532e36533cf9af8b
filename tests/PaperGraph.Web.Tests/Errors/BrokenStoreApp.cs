using System.Reflection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Graph;

namespace PaperGraph.Web.Tests.Errors;

/// <summary>The real app whose store fails every query, as a corrupted database file would, to check what
/// people and API clients see then. Runs in the Development environment, where stack traces are most likely.</summary>
public sealed class BrokenStoreApp : WebApplicationFactory<Program>
{
    public const string StoreError = "SQLite Error 11: 'database disk image is malformed'.";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("PaperGraph:ImportSeedOnFirstStart", "false");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(FailingStore.Create());
            // The curation and suggestion parts of the store fail alike, as they would on the same broken file.
            services.AddSingleton(DispatchProxy.Create<ICurationStore, FailingStore>());
            services.AddSingleton(DispatchProxy.Create<ISuggestionStore, FailingStore>());
        });
    }

    /// <summary>Initialises fine (so the app starts) and throws on every query. Not sealed: DispatchProxy
    /// generates the store as a subclass of it.</summary>
    public class FailingStore : DispatchProxy
    {
        public static IGraphStore Create() => Create<IGraphStore, FailingStore>();

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod?.Name == nameof(IGraphStore.InitializeAsync)
                ? Task.CompletedTask
                : throw new InvalidOperationException(StoreError);
    }
}
