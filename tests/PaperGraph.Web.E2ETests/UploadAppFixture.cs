namespace PaperGraph.Web.E2ETests;

/// <summary>The app started empty (no seed import) with importing from the browser on, so that what a test uploads is
/// all there is, and uploads change no other test's data.</summary>
public sealed class UploadAppFixture() : AppFixture(seeded: false, new Dictionary<string, string> { ["PaperGraph:AllowImport"] = "true" });

[CollectionDefinition(Name)]
public sealed class UploadBrowserCollection : ICollectionFixture<UploadAppFixture>
{
    public const string Name = "browser upload";
}
