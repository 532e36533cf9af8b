using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using PaperGraph.Web.Components.Shared;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Web.Import;
using PaperGraph.Web.Services;

namespace PaperGraph.Web.Components.Pages;

/// <summary>Home and <c>/search?q=</c>: search box with suggestions, type filters, results and corpus overview.
/// Results follow the text as it is typed; <c>q</c> and <c>kinds</c> in the address start a search.</summary>
public sealed partial class Home : IDisposable
{
    private const int ResultCount = 50;

    /// <summary>How long typing pauses before the results follow it.</summary>
    private static readonly TimeSpan TypingDelay = TimeSpan.FromMilliseconds(250);

    private readonly CancellationTokenSource _lifetime = new();
    private readonly TypingPause _typing = new(TypingDelay);

    private IReadOnlyCollection<NodeKind> _kinds = [];
    private IReadOnlyList<SearchHit>? _hits;
    private string _text = "";
    private string _searchedText = "";
    private bool _searching;
    private bool _searchFailed;
    private int _overviewVersion;
    private (string? Q, string? Kinds)? _appliedAddress;

    /// <summary>Text to search for, from the address.</summary>
    [SupplyParameterFromQuery] public string? Q { get; set; }

    /// <summary>Comma-separated node kinds to keep, from the address.</summary>
    [SupplyParameterFromQuery] public string? Kinds { get; set; }

    private bool IsSearchPage => Navigation.ToBaseRelativePath(Navigation.Uri).StartsWith("search", StringComparison.OrdinalIgnoreCase);

    protected override void OnInitialized() => ImportStatus.Changed += OnImportChanged;

    // Only a new address starts a search: a re-render of the layout (dark mode, import progress) must not
    // replace what the reader is typing.
    protected override async Task OnParametersSetAsync()
    {
        var address = (Q, Kinds);
        if (_appliedAddress == address)
        {
            return;
        }
        _appliedAddress = address;
        _kinds = NodeKindFilter.Parse(Kinds) ?? new HashSet<NodeKind>();
        _text = Q ?? "";
        await SearchAsync(_text, CancellationToken.None);
    }

    private async Task OnTextChangedAsync(string? text)
    {
        _text = text ?? "";
        await _typing.RunAsync(ct => SearchAsync(_text, ct), _lifetime.Token);
    }

    /// <summary>Enter searches for what is typed now instead of waiting for the pause.</summary>
    private async Task OnSearchKeyDownAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            await _typing.CancelAsync();
            await SearchAsync(_text, _lifetime.Token);
        }
    }

    private async Task SearchAsync(string text, CancellationToken cancellationToken)
    {
        _searchedText = text.Trim();
        _searchFailed = false;
        if (_searchedText.Length == 0)
        {
            _hits = null;
            return;
        }
        _searching = true;
        try
        {
            _hits = await Search.SearchAsync(new SearchQuery(_searchedText, _kinds.ToHashSet(), ResultCount), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A newer keystroke replaced this search.
        }
        catch (Exception ex)
        {
            Logger.LogError(ex, "Search for {Text} failed", _searchedText);
            _searchFailed = true;
        }
        finally
        {
            _searching = false;
        }
    }

    private async Task OnKindsChangedAsync(IReadOnlyCollection<NodeKind>? kinds)
    {
        _kinds = kinds ?? [];
        await SearchAsync(_text, CancellationToken.None);
    }

    // Statistics grow while the seed import runs: refresh them when it finishes.
    private void OnImportChanged(ImportSnapshot snapshot)
    {
        if (snapshot.IsFinished)
        {
            _ = InvokeAsync(() =>
            {
                _overviewVersion++;
                StateHasChanged();
            });
        }
    }

    public void Dispose()
    {
        ImportStatus.Changed -= OnImportChanged;
        _lifetime.Cancel();
        _lifetime.Dispose();
        _typing.Dispose();
    }
}
