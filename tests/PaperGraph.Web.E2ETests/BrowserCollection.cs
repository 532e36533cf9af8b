namespace PaperGraph.Web.E2ETests;

/// <summary>All browser tests share one running app and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "browser";
}
