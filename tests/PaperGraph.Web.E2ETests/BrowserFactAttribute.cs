namespace PaperGraph.Web.E2ETests;

/// <summary>A fact that needs Chromium. Outside CI, without <see cref="Chromium.ExecutablePath"/>, it is
/// reported as skipped with a message saying so; in CI it always runs (and fails without a browser).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsRequired)
        {
            Skip = $"BROWSER TESTS SKIPPED: no Chromium at {Chromium.ExecutablePath}. " +
                   "Install it with `apt-get install chromium`; with CI=true these tests run and fail instead.";
        }
    }
}
