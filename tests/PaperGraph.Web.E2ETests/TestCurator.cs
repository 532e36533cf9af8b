using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Curators;

namespace PaperGraph.Web.E2ETests;

/// <summary>The curator the browser tests sign in as, added to the running app's accounts file when missing.</summary>
internal static class TestCurator
{
    public const string Name = "ada";
    public const string Password = "correct horse battery";

    public static async Task EnsureAsync(IServiceProvider services)
    {
        var accounts = services.GetRequiredService<CuratorAccountsFile>();
        if (await accounts.FindAsync(Name) is null)
        {
            await accounts.AddAsync(Name, Password);
        }
    }
}
