using System.Text.Json;
using Microsoft.AspNetCore.Components;

namespace PaperGraph.Web.Components.Shared;

/// <summary>Loads a page's content, showing a loading bar, a readable error or "not found" meanwhile. Small
/// content loaded while prerendering is carried over to the interactive render; larger content is loaded
/// again by its <see cref="Key"/>.</summary>
public sealed partial class Loadable<T> : IDisposable where T : class
{
    /// <summary>Most JSON a Loadable persists. Persisted state reaches the server in the circuit's first message,
    /// encrypted and base64-encoded twice (about 1.8 times its JSON size), and the hub closes the circuit when
    /// that message is too large (PaperGraphWebExtensions sets the limit). A page shows at most two Loadables
    /// at once, so this keeps any page's state near 15 KB however large the corpus grows.</summary>
    public const int MaxPersistedBytes = 4 * 1024;

    private PersistingComponentStateSubscription _persisting;
    private CancellationTokenSource? _cancellation;
    private object? _loadedKey;
    private bool _loaded;
    private bool _loading = true;
    private bool _failed;
    private T? _value;

    [Inject] private ILogger<Loadable<T>> Logger { get; set; } = default!;

    [Inject] private PersistentComponentState PrerenderedState { get; set; } = default!;

    [Inject] private IHttpContextAccessor HttpContextAccessor { get; set; } = default!;

    /// <summary>Fetches the content; null means "not found".</summary>
    [Parameter, EditorRequired] public Func<CancellationToken, Task<T?>> Load { get; set; } = default!;

    /// <summary>What is loaded; a new key reloads (delegates change on every render, keys do not).</summary>
    [Parameter, EditorRequired] public object? Key { get; set; }

    /// <summary>Names the content in messages ("this paper").</summary>
    [Parameter] public string What { get; set; } = "this page";

    /// <summary>Shown with the loaded content.</summary>
    [Parameter, EditorRequired] public RenderFragment<T> ChildContent { get; set; } = default!;

    /// <summary>Whether small content travels from prerendering to the interactive render. A page's third and later
    /// Loadables turn it off, which keeps every page within the two-Loadable budget of <see cref="MaxPersistedBytes"/>.</summary>
    [Parameter] public bool Persist { get; set; } = true;

    /// <summary>Shown when the content does not exist.</summary>
    [Parameter] public RenderFragment? NotFound { get; set; }

    // Small prerendered content travels with the page, so the interactive render neither queries again nor
    // flashes a loading bar over content the reader already sees.
    private string StateKey => $"loadable:{typeof(T).Name}:{What}:{Key}";

    protected override void OnInitialized() => _persisting = PrerenderedState.RegisterOnPersisting(PersistAsync);

    private Task PersistAsync()
    {
        if (Persist && _value is not null && JsonSerializer.SerializeToUtf8Bytes(_value, JsonSerializerOptions.Web).Length <= MaxPersistedBytes)
        {
            PrerenderedState.PersistAsJson(StateKey, _value);
        }
        return Task.CompletedTask;
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_loaded && Equals(Key, _loadedKey))
        {
            return;
        }
        var firstLoad = !_loaded;
        _loaded = true;
        _loadedKey = Key;
        if (firstLoad && PrerenderedState.TryTakeFromJson<T>(StateKey, out var prerendered) && prerendered is not null)
        {
            (_loading, _failed, _value) = (false, false, prerendered);
            return;
        }
        _cancellation?.Cancel();
        _cancellation?.Dispose();
        _cancellation = new CancellationTokenSource();
        var token = _cancellation.Token;
        (_loading, _failed, _value) = (true, false, null);
        try
        {
            _value = await Load(token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            Logger.LogError(ex, "Loading {What} ({Key}) failed", What, Key);
            _failed = true;
        }
        _loading = false;
        if (_value is null && !_failed)
        {
            AnswerNotFound();
        }
    }

    /// <summary>While prerendering, a page about nothing answers HTTP 404 (with the app's not-found page, which
    /// names the address and offers a search), so that link checkers and crawlers see it as missing.</summary>
    private void AnswerNotFound()
    {
        if (HttpContextAccessor.HttpContext is { Response.HasStarted: false } context && !RendererInfo.IsInteractive)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    public void Dispose()
    {
        _persisting.Dispose();
        _cancellation?.Cancel();
        _cancellation?.Dispose();
    }
}
