namespace PaperGraph.Web.E2ETests;

/// <summary>A browser fact on a large prebuilt database: skipped, saying how to run it, unless
/// <see cref="LargeCorpusFixture.DatabaseVariable"/> names one and Chromium is installed.</summary>
public sealed class LargeCorpusFactAttribute : FactAttribute
{
    public LargeCorpusFactAttribute()
    {
        if (LargeCorpusFixture.DatabasePath is null || !Chromium.IsInstalled)
        {
            Skip = $"LARGE CORPUS TESTS SKIPPED: set {LargeCorpusFixture.DatabaseVariable} to a copy of a large database " +
                   $"(e.g. 100,000 papers) and install Chromium at {Chromium.ExecutablePath}.";
        }
    }
}
