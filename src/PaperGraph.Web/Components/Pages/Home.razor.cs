using Microsoft.AspNetCore.Components;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Web.Import;
using PaperGraph.Web.Services;

namespace PaperGraph.Web.Components.Pages;

/// <summary>Home and <c>/search?q=</c>: search box with suggestions, type filters, results and corpus overview.
/// Results follow the text as it is typed; <c>q</c> and <c>kinds</c> in the address start a search.</summary>
public sealed partial class Home : IDisposable
{
    private const int SuggestionCount = 8;
    private const int ResultCount = 50;

    private IReadOnlyCollection<NodeKind> _kinds = [];
    private IReadOnlyList<SearchHit>? _hits;
    private string _text = "";
    private string _searchedText = "";
    private bool _searching;
    private bool _searchFailed;
    private int _overviewVersion;

    /// <summary>Text to search for, from the address.</summary>
    [SupplyParameterFromQuery] public string? Q { get; set; }

    /// <summary>Comma-separated node kinds to keep, from the address.</summary>
    [SupplyParameterFromQuery] public string? Kinds { get; set; }

    private bool IsSearchPage => Navigation.ToBaseRelativePath(Navigation.Uri).StartsWith("search", StringComparison.OrdinalIgnoreCase);

    protected override void OnInitialized() => ImportStatus.Changed += OnImportChanged;

    protected override async Task OnParametersSetAsync()
    {
        _kinds = NodeKindFilter.Parse(Kinds) ?? new HashSet<NodeKind>();
        _text = Q ?? "";
        await SearchAsync(_text, CancellationToken.None);
    }

    private async Task<IEnumerable<SearchHit>> SuggestAsync(string? text, CancellationToken cancellationToken)
    {
        await SearchAsync(text ?? "", cancellationToken);
        await InvokeAsync(StateHasChanged);
        return _hits?.Take(SuggestionCount) ?? [];
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

    private void Open(SearchHit? hit)
    {
        if (hit is not null)
        {
            Navigation.NavigateTo(NodeLinks.Node(hit.NodeId, hit.Kind));
        }
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

    public void Dispose() => ImportStatus.Changed -= OnImportChanged;
}
