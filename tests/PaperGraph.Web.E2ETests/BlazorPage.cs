using System.Collections.Concurrent;
using System.Text;
using Microsoft.Playwright;

namespace PaperGraph.Web.E2ETests;

/// <summary>A browser tab on a Blazor Server page, named after the test that uses it. Blazor prerenders, so
/// a click before the SignalR circuit has delivered its first render batch is lost: <see cref="GotoAsync"/>
/// waits for that batch. Closing the tab saves a screenshot of how the test left it.</summary>
public sealed class BlazorPage : IAsyncDisposable
{
    private static readonly TimeSpan DefaultCircuitTimeout = TimeSpan.FromSeconds(30);
    private readonly TimeSpan _circuitTimeout;

    /// <summary>Long enough for the hub to act on the circuit's first message and for SignalR to log a close.</summary>
    private static readonly TimeSpan CircuitSettleTime = TimeSpan.FromSeconds(2);

    /// <summary>Long enough for a resized page to re-lay out and the graph to fit its canvas again.</summary>
    private static readonly TimeSpan ResizeSettleTime = TimeSpan.FromMilliseconds(1500);

    private static readonly string[] ClosedCircuitErrors = ["Connection disconnected", "closed with an error"];
    private readonly ConcurrentQueue<string> _consoleErrors = new();
    private readonly string _testName;
    private TaskCompletionSource _rendered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="circuitTimeout">How long a page may take to render interactively; 30 s unless a large corpus needs more.</param>
    public BlazorPage(IPage page, string testName, TimeSpan? circuitTimeout = null)
    {
        Page = page;
        _testName = testName;
        _circuitTimeout = circuitTimeout ?? DefaultCircuitTimeout;
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Enqueue(message.Text);
                if (IsClosedCircuit(message.Text))
                {
                    _rendered.TrySetException(new InvalidOperationException($"The circuit closed while the page loaded: {message.Text}"));
                }
            }
        };
        Page.WebSocket += (_, socket) =>
        {
            if (socket.Url.Contains("/_blazor", StringComparison.Ordinal))
            {
                socket.FrameSent += (_, frame) =>
                {
                    // The first message, StartCircuit, carries the state prerendering persisted.
                    if (frame.Binary is { } bytes && Encoding.Latin1.GetString(bytes).Contains("StartCircuit", StringComparison.Ordinal))
                    {
                        StartCircuitBytes = bytes.Length;
                    }
                };
                socket.FrameReceived += (_, frame) =>
                {
                    // Frames are binary (blazorpack); the client method name is plain ASCII inside.
                    if (frame.Binary is { } bytes && Encoding.Latin1.GetString(bytes).Contains("JS.RenderBatch", StringComparison.Ordinal))
                    {
                        _rendered.TrySetResult();
                    }
                };
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Bytes of the circuit's first message (StartCircuit) the browser sent on the last page opened; 0 before.</summary>
    public int StartCircuitBytes { get; private set; }

    /// <summary>Errors the page logged to the browser console so far.</summary>
    public IReadOnlyCollection<string> ConsoleErrors => _consoleErrors;

    /// <summary>Opens a path of the app and waits until the interactive circuit has rendered it (30 s unless
    /// <paramref name="circuitTimeout"/> says otherwise); fails at once when the circuit closes instead.</summary>
    public async Task GotoAsync(string path, TimeSpan? circuitTimeout = null)
    {
        _rendered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        await Page.GotoAsync(path);
        await _rendered.Task.WaitAsync(circuitTimeout ?? _circuitTimeout);
    }

    /// <summary>Signs in on the sign-in page as a curator, then opens <paramref name="returnPath"/> and waits for its circuit.</summary>
    public async Task SignInAsync(string name, string password, string returnPath)
    {
        await Page.GotoAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnPath));
        await Page.GetByTestId("signin-name").FillAsync(name);
        await Page.GetByTestId("signin-password").FillAsync(password);
        await Page.GetByTestId("signin-submit").ClickAsync();
        await Page.WaitForURLAsync("**" + returnPath);
        await GotoAsync(returnPath);
    }

    /// <summary>Waits a moment, then fails when the circuit was closed: SignalR logged a close with an error
    /// in the console, or the reconnect dialog is open.</summary>
    public async Task AssertCircuitStaysConnectedAsync()
    {
        await Task.Delay(CircuitSettleTime);
        Assert.DoesNotContain(_consoleErrors, IsClosedCircuit);
        Assert.False(await Page.Locator("#components-reconnect-modal[open]").IsVisibleAsync(), "The reconnect dialog is open.");
    }

    private static bool IsClosedCircuit(string consoleError) =>
        ClosedCircuitErrors.Any(closed => consoleError.Contains(closed, StringComparison.OrdinalIgnoreCase));

    /// <summary>The widths every screenshot artifact is taken at: a laptop and a narrow window.</summary>
    public static IReadOnlyList<int> ArtifactWidths { get; } = [1440, 800];

    /// <summary>Where <see cref="SaveAtWidthsAsync"/> writes: kept as test artifacts and looked at by people.</summary>
    public static string ArtifactFolder { get; } = Path.Combine(AppFixture.ScreenshotFolder, "widths");

    /// <summary>Resizes the tab to each of <see cref="ArtifactWidths"/>, gives the page a moment to react, saves
    /// NAME-WIDTH.png in <see cref="ArtifactFolder"/>, then runs the test's checks at that width (after the
    /// screenshot, so a failing check still leaves the picture of what failed).</summary>
    public async Task SaveAtWidthsAsync(string name, Func<int, Task>? atWidth = null)
    {
        Directory.CreateDirectory(ArtifactFolder);
        foreach (var width in ArtifactWidths)
        {
            await Page.SetViewportSizeAsync(width, 900);
            await Task.Delay(ResizeSettleTime);
            await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactFolder, $"{name}-{width}.png"), FullPage = true });
            if (atWidth is not null)
            {
                await atWidth(width);
            }
        }
    }

    /// <summary>Saves the screenshot (bin/.../screenshots/TEST.png) and closes the tab.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await Page.ScreenshotAsync(new() { Path = Path.Combine(AppFixture.ScreenshotFolder, _testName + ".png"), FullPage = true });
        }
        catch (PlaywrightException)
        {
            // A crashed tab has nothing to show; the test reports the failure itself.
        }
        await Page.Context.DisposeAsync();
    }
}
