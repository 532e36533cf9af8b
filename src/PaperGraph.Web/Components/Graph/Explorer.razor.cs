using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using Microsoft.JSInterop.Infrastructure;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Core.Queries;
using PaperGraph.Core.Queries.Citations;
using PaperGraph.Web.Components.Layout;
using PaperGraph.Web.Components.Shared;

namespace PaperGraph.Web.Components.Graph;

/// <summary>The interactive graph explorer: a Cytoscape.js canvas driven from .NET. The store answers
/// every question; the JS module only draws and reports clicks.</summary>
public sealed partial class Explorer : IAsyncDisposable
{
    private const string ModulePath = "./Components/Graph/Explorer.razor.js";
    private static readonly IReadOnlyList<NodeKind> NodeKinds = [.. NodeKindStyle.All.Select(s => s.Kind)];
    private static readonly IReadOnlyList<RelationType> RelationTypes = Enum.GetValues<RelationType>();

    /// <summary>Nodes the default view (no focus, no search) starts with: one dataset's closest neighbours, which fit
    /// on one screen with their labels readable.</summary>
    private const int DefaultFocusLimit = 30;

    /// <summary>How long typing pauses before suggestions are looked up.</summary>
    private static readonly TimeSpan SuggestDelay = TimeSpan.FromMilliseconds(200);

    private const int SuggestionCount = 8;

    private readonly CancellationTokenSource _lifetime = new();
    private readonly HashSet<NodeKind> _hiddenKinds = [];
    private readonly HashSet<RelationType> _hiddenRelations = [];
    private readonly ShownNodes _shown = new();
    private ElementReference _canvas;
    private IJSObjectReference? _module;
    private IJSObjectReference? _graph;
    private DotNetObjectReference<Explorer>? _callbacks;
    private string? _startedFor;
    private ExplorerSummary _summary = ExplorerSummary.Empty;
    private IReadOnlyList<SelectedNode> _selection = [];
    private PaperDetails? _paper;
    private EntityDetails? _entity;
    private IReadOnlyList<SearchHit> _hits = [];
    private string _hitsFor = "";
    private readonly TypingPause _typing = new(SuggestDelay);
    private SelectedPair? _pair;
    private string _searchText = "";
    private string? _message;
    private int _running;
    private bool _drawnInDarkMode;
    private bool _showSuggestions;

    [Inject] private IGraphStore Store { get; set; } = default!;

    [Inject] private SearchService Search { get; set; } = default!;

    [Inject] private MethodDatasetGraphService Projection { get; set; } = default!;

    [Inject] private SuggestionService LinkSuggestions { get; set; } = default!;
    [Inject] private CitationService Citations { get; set; } = default!;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private ILogger<Explorer> Logger { get; set; } = default!;

    /// <summary>Node ids (paper ids or entity keys) whose neighbourhood is shown first.</summary>
    [Parameter] public IReadOnlyList<string> Focus { get; set; } = [];

    /// <summary>Search text to start from when <see cref="Focus"/> is empty: the best hit is shown.</summary>
    [Parameter] public string? Query { get; set; }

    /// <summary>The most nodes one neighbourhood load brings in.</summary>
    [Parameter] public int NeighbourLimit { get; set; } = 150;

    /// <summary>Whether nodes are papers and entities or only methods and datasets.</summary>
    [Parameter] public ExplorerMode Mode { get; set; }

    /// <summary>The citation mode's paper (id, key or title words); the first focus node when null.</summary>
    [Parameter] public string? CitationPaper { get; set; }

    /// <summary>How many citation steps the citation mode follows each way from a paper.</summary>
    [Parameter] public int CitationDepth { get; set; } = 1;

    /// <summary>In the citation mode, a second paper: the chain of citations joining the two is highlighted.</summary>
    [Parameter] public string? PathTo { get; set; }

    /// <summary>Whether <see cref="NeighbourLimit"/> was asked for; otherwise the default view starts small.</summary>
    [Parameter] public bool LimitGiven { get; set; }

    /// <summary>Whether the page shows the dark palette; the canvas draws labels in the page's colours.</summary>
    [CascadingParameter(Name = MainLayout.DarkModeCascade)] public bool DarkMode { get; set; }

    private SelectedNode? Current => _selection.Count > 0 ? _selection[^1] : null;

    private bool Busy => _running > 0;

    protected override async Task OnParametersSetAsync()
    {
        // Navigating to another ?focus= or ?q= reuses this component: start over for the new request.
        if (_graph is not null && StartKey() != _startedFor)
        {
            await StartAsync();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            await FollowThemeAsync();
            return;
        }
        try
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", _lifetime.Token, [ModulePath]);
            _callbacks = DotNetObjectReference.Create(this);
            _drawnInDarkMode = DarkMode;
            var styles = NodeKindStyle.All.Select(s => new { kind = s.Kind.ToString(), colour = s.Colour, shape = s.Shape });
            var relations = RelationStyle.All.Select(s => new { type = s.Type, colour = s.Colour, lineStyle = s.LineStyle });
            _graph = await _module.InvokeAsync<IJSObjectReference>("createExplorer", _lifetime.Token, [_canvas, _callbacks, styles, relations]);
        }
        catch (JSDisconnectedException)
        {
            return;
        }
        catch (JSException ex)
        {
            Logger.LogError(ex, "The graph explorer script failed to start");
            _message = "The graph view could not start in this browser.";
            StateHasChanged();
            return;
        }
        await StartAsync();
    }

    // Runs after the render that switched the palette has reached the browser, so the page already shows the new
    // colours for the canvas to read. A switch while the canvas was still starting is caught on the next render.
    private async Task FollowThemeAsync()
    {
        if (_graph is not null && DarkMode != _drawnInDarkMode)
        {
            _drawnInDarkMode = DarkMode;
            await GraphAsync("followTheme");
        }
    }

    private string StartKey() => $"{Mode}\u0001{string.Join('\n', Focus)}\u0001{Query}\u0001{CitationPaper}\u0001{CitationDepth}\u0001{PathTo}";

    private string SearchLabel => Mode switch
    {
        ExplorerMode.MethodsAndDatasets => "Add methods or datasets",
        ExplorerMode.Citations => "Add a paper's citations",
        _ => "Add papers or entities",
    };

    /// <summary>The paper the citation mode starts from.</summary>
    private string? StartPaper => CitationPaper ?? Focus.FirstOrDefault();

    /// <summary>This view in another mode, keeping the focus (the citation mode starts from the first focus paper).</summary>
    private string ModeLink(ExplorerMode mode)
    {
        var focus = Focus.Count == 0 && StartPaper is { } paper ? [paper] : Focus;
        var parts = mode switch
        {
            ExplorerMode.MethodsAndDatasets => focus.Select(id => "focus=" + Uri.EscapeDataString(id)).Prepend("mode=" + ExplorerModes.MethodsAndDatasetsName),
            ExplorerMode.Citations => focus.Take(1).Select(id => "paper=" + Uri.EscapeDataString(id)).Prepend("mode=" + ExplorerModes.CitationsName),
            _ => focus.Select(id => "focus=" + Uri.EscapeDataString(id)),
        };
        var query = string.Join('&', parts);
        return query.Length == 0 ? "/graph" : "/graph?" + query;
    }

    /// <summary>The kinds of node the current mode draws; all when null.</summary>
    private IReadOnlySet<NodeKind>? ModeKinds => Mode switch
    {
        ExplorerMode.MethodsAndDatasets => new HashSet<NodeKind> { NodeKind.Method, NodeKind.Dataset },
        ExplorerMode.Citations => new HashSet<NodeKind> { NodeKind.Paper },
        _ => null,
    };

    /// <summary>The relations the current mode draws, for the legend.</summary>
    private IReadOnlyList<RelationType> ModeRelations => Mode == ExplorerMode.Citations ? [RelationType.Cites, RelationType.BuildsOn] : RelationTypes;

    private async Task StartAsync()
    {
        _startedFor = StartKey();
        _searchText = Query ?? "";
        _hits = [];
        await GraphAsync("useYearLayout", Mode == ExplorerMode.Citations);
        await ClearAsync();
        await RunAsync(async ct =>
        {
            if (Mode == ExplorerMode.Citations)
            {
                await StartCitationsAsync(ct);
            }
            else if (Focus.Count > 0)
            {
                await ShowAroundAsync(Focus, Focus[0], NeighbourLimit, ct);
            }
            else if (!string.IsNullOrWhiteSpace(Query))
            {
                _hits = await Search.SearchAsync(new SearchQuery(Query, ModeKinds, Prefix: false), ct);
                _hitsFor = Query;
                if (_hits.Count == 0)
                {
                    _message = $"Nothing matches \"{Query}\".";
                    return;
                }
                await ShowAroundAsync([_hits[0].NodeId], _hits[0].NodeId, NeighbourLimit, ct);
            }
            else if (Mode == ExplorerMode.MethodsAndDatasets)
            {
                await ShowProjectionAsync(await Projection.OverviewAsync(ct), null);
            }
            else if (await Store.GetTopEntitiesAsync(EntityType.Dataset, 1, ct) is [var top])
            {
                await ShowAroundAsync([top.Entity.Key], top.Entity.Key, LimitGiven ? NeighbourLimit : DefaultFocusLimit, ct);
            }
        });
    }

    /// <summary>The citation mode's first view: the asked paper's prior and derivative works, then the chain of
    /// citations to <see cref="PathTo"/> when one is asked for.</summary>
    private async Task StartCitationsAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(StartPaper ?? Query))
        {
            _message = "Search for a paper above to see its prior and derivative works.";
            return;
        }
        if (await Citations.FindPaperAsync(StartPaper ?? Query!, ct) is not { } paper)
        {
            _message = $"No paper matches \"{StartPaper ?? Query}\".";
            return;
        }
        await ShowCitationsAsync(paper.Id, ct);
        if (!string.IsNullOrWhiteSpace(PathTo))
        {
            await ShowCitationPathAsync(paper.Id, PathTo, ct);
        }
    }

    private async Task ShowCitationsAsync(string paperId, CancellationToken ct)
    {
        if (await Citations.GetCitationsAsync(paperId, Math.Clamp(CitationDepth, 1, CitationService.MaxDepth), CitationDirection.Both, ct) is not { } report)
        {
            _message = "Only papers have citations to show in this mode.";
            return;
        }
        if (report.References.Count + report.CitedBy.Count == 0)
        {
            _message = $"\"{report.Paper.Title}\" has no imported references and no citing paper in the corpus.";
        }
        _shown.Add([report.Paper.Id]);
        _summary = await GraphAsync<ExplorerSummary>("addElements", ExplorerElements.From(report), report.Paper.Id) ?? _summary;
    }

    private async Task ShowCitationPathAsync(string from, string to, CancellationToken ct)
    {
        if (await Citations.GetPathAsync(from, to, ct) is not { } path)
        {
            _message = $"No paper matches \"{to}\".";
            return;
        }
        if (!path.Found)
        {
            _message = $"No chain of at most {CitationService.MaxPathSteps} citations joins \"{path.From.Title}\" and \"{path.To.Title}\".";
            return;
        }
        _shown.Add(path.Papers.Select(p => p.Id));
        _summary = await GraphAsync<ExplorerSummary>("highlightPath", ExplorerElements.From(path)) ?? _summary;
    }

    /// <summary>What the mode shows around some nodes: their neighbourhood, their citations, or their method–dataset pairs.</summary>
    private async Task ShowAroundAsync(IReadOnlyList<string> nodeIds, string? anchor, int limit, CancellationToken ct)
    {
        if (Mode == ExplorerMode.Neighbourhood)
        {
            await ShowNeighbourhoodAsync(nodeIds, anchor, limit, ct);
            await ShowSuggestionsAsync(ct);
            return;
        }
        if (Mode == ExplorerMode.Citations)
        {
            foreach (var id in nodeIds)
            {
                await ShowCitationsAsync(id, ct);
            }
            return;
        }
        foreach (var id in nodeIds)
        {
            var around = await Projection.AroundAsync(id, limit, ct);
            if (around.Nodes.Count == 0)
            {
                _message = "Only methods and datasets evaluated together are drawn in this mode.";
                continue;
            }
            await ShowProjectionAsync(around, id);
        }
    }

    private async Task ShowProjectionAsync(MethodDatasetGraph graph, string? anchor)
    {
        _shown.Add(graph.Nodes.Select(n => n.Id));
        _summary = await GraphAsync<ExplorerSummary>("addElements", ExplorerElements.From(graph), anchor) ?? _summary;
    }

    private async Task ShowNeighbourhoodAsync(IReadOnlyCollection<string> nodeIds, string? anchor, int limit, CancellationToken ct)
    {
        var view = await Store.GetNeighbourhoodAsync(nodeIds, limit, ct);
        if (view.Nodes.Count == 0)
        {
            _message = "That node is not in the graph.";
            return;
        }
        var joined = view with { Edges = [.. view.Edges, .. await EdgesToShownNodesAsync(view, ct)] };
        _shown.Add(view.Nodes.Select(n => n.Id));
        _summary = await GraphAsync<ExplorerSummary>("addElements", ExplorerElements.From(joined), anchor) ?? _summary;
    }

    /// <summary>The relations between a neighbourhood and the nodes shown before it: the neighbourhood
    /// itself only holds the edges among its own nodes.</summary>
    private async Task<IEnumerable<GraphEdge>> EdgesToShownNodesAsync(GraphView view, CancellationToken ct)
    {
        var inView = view.Nodes.Select(n => n.Id).ToHashSet();
        var asked = _shown.WithLatest(inView, IGraphStore.MaxEdgesAmongNodes);
        if (asked.Count == inView.Count)
        {
            return [];
        }
        var edges = await Store.GetEdgesAmongAsync(asked, ct);
        return edges.Where(e => inView.Contains(e.Source) != inView.Contains(e.Target));
    }

    /// <summary>Suggested links are asked for around this many of the latest shown nodes.</summary>
    private const int SuggestionsAround = 200;

    /// <summary>Suggested links of each shown node of each kind.</summary>
    private const int SuggestionsPerNode = 3;

    private Task ToggleSuggestionsAsync(bool show) => RunAsync(async ct =>
    {
        _showSuggestions = show;
        if (show)
        {
            await ShowSuggestionsAsync(ct);
        }
        else
        {
            _summary = await GraphAsync<ExplorerSummary>("hideSuggestions") ?? _summary;
        }
    });

    /// <summary>While suggestions are on, draws those around the latest shown nodes, dashed, with their far ends.</summary>
    private async Task ShowSuggestionsAsync(CancellationToken ct)
    {
        if (!_showSuggestions)
        {
            return;
        }
        var suggested = await LinkSuggestions.GetSuggestedLinksAsync(_shown.WithLatest([], SuggestionsAround), SuggestionsPerNode, ct);
        _shown.Add(suggested.Nodes.Select(n => n.Id));
        _summary = await GraphAsync<ExplorerSummary>("showSuggestions", ExplorerElements.From(suggested)) ?? _summary;
    }

    /// <summary>Suggestions follow the typing once it pauses; a newer keystroke cancels an older lookup.</summary>
    private async Task OnSearchTextChanged(string? text)
    {
        _searchText = text ?? "";
        await _typing.RunAsync(ct => SuggestAsync(_searchText, ct), _lifetime.Token);
    }

    private async Task<IReadOnlyList<SearchHit>> SuggestAsync(string text, CancellationToken ct)
    {
        var hits = string.IsNullOrWhiteSpace(text) ? [] : await Search.SearchAsync(new SearchQuery(text, ModeKinds, SuggestionCount), ct);
        (_hits, _hitsFor) = (hits, text);
        StateHasChanged();
        return hits;
    }

    private async Task OnSearchKeyDown(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            await AddTopSuggestionAsync();
        }
    }

    /// <summary>Enter adds the first suggestion for what is typed now, looking it up if the list is for older text.</summary>
    private Task AddTopSuggestionAsync() => RunAsync(async ct =>
    {
        await _typing.CancelAsync();
        var hits = _hitsFor == _searchText ? _hits : await SuggestAsync(_searchText, ct);
        if (hits.Count == 0)
        {
            _message = string.IsNullOrWhiteSpace(_searchText) ? null : $"Nothing matches \"{_searchText}\".";
            return;
        }
        await AddToGraphAsync(hits[0], ct);
    });

    private Task AddHitAsync(SearchHit hit) => RunAsync(ct => AddToGraphAsync(hit, ct));

    private async Task AddToGraphAsync(SearchHit hit, CancellationToken ct)
    {
        (_searchText, _hits, _hitsFor) = ("", [], "");
        await ShowAroundAsync([hit.NodeId], hit.NodeId, NeighbourLimit, ct);
    }

    private Task ExpandAsync(string nodeId) => RunAsync(ct => ShowAroundAsync([nodeId], nodeId, NeighbourLimit, ct));

    private Task ExpandCurrentAsync() => Current is { } node ? ExpandAsync(node.Id) : Task.CompletedTask;

    private Task ShortestPathAsync() => RunAsync(async ct =>
    {
        var from = _selection[^2];
        var to = _selection[^1];
        if (Mode == ExplorerMode.Citations)
        {
            await ShowCitationPathAsync(from.Id, to.Id, ct);
            return;
        }
        var path = await Store.GetShortestPathAsync(from.Id, to.Id, cancellationToken: ct);
        if (path.Nodes.Count == 0)
        {
            _message = $"No path of at most 6 steps joins \"{from.Label}\" and \"{to.Label}\".";
            return;
        }
        _shown.Add(path.Nodes.Select(n => n.Id));
        _summary = await GraphAsync<ExplorerSummary>("highlightPath", ExplorerElements.From(path)) ?? _summary;
    });

    private async Task HideSelectedAsync() =>
        _summary = await GraphAsync<ExplorerSummary>("hideSelected") ?? _summary;

    private async Task UndoHideAsync() =>
        _summary = await GraphAsync<ExplorerSummary>("undoHide") ?? _summary;

    private async Task ClearAsync()
    {
        _summary = await GraphAsync<ExplorerSummary>("clear") ?? _summary;
        _shown.Clear();
        _selection = [];
        _pair = null;
        _paper = null;
        _entity = null;
    }

    private Task RelayoutAsync() => RunAsync(async _ =>
        _summary = await GraphAsync<ExplorerSummary>("relayout") ?? _summary);

    private Task FitAsync() => GraphAsync("fit");

    private Task ExportPngAsync() => GraphAsync("exportPng", "papergraph.png");

    private Task ToggleKindAsync(NodeKind kind) => ToggleFilterAsync(_hiddenKinds, kind);

    private Task ToggleRelationAsync(RelationType type) => ToggleFilterAsync(_hiddenRelations, type);

    private async Task ToggleFilterAsync<T>(HashSet<T> hidden, T value)
    {
        if (!hidden.Remove(value))
        {
            hidden.Add(value);
        }
        await GraphAsync("setFilters",
            _hiddenKinds.Select(k => k.ToString()).ToArray(),
            _hiddenRelations.Select(r => r.ToString()).ToArray());
    }

    private async Task OnCanvasKeyDown(KeyboardEventArgs e)
    {
        switch (e.Key)
        {
            case "Delete" or "Backspace":
                await HideSelectedAsync();
                break;
            case "z" when e.CtrlKey || e.MetaKey:
                await UndoHideAsync();
                break;
            case "Enter":
                await ExpandCurrentAsync();
                break;
        }
    }

    /// <summary>Called by the JS module when the selection changes; nodes in selection order.</summary>
    [JSInvokable]
    public async Task OnSelectionChanged(SelectedNode[] nodes)
    {
        _selection = nodes;
        _paper = null;
        _entity = null;
        _pair = null;
        StateHasChanged();
        if (Current is not { } node)
        {
            return;
        }
        await RunAsync(async ct =>
        {
            // Details that arrive after the selection moved on belong to nobody.
            if (node.NodeKind == NodeKind.Paper)
            {
                var paper = await Store.GetPaperAsync(node.Id, ct);
                _paper = Current == node ? paper : _paper;
            }
            else
            {
                var entity = await Store.GetEntityAsync(node.Id, paperLimit: 5, ct);
                _entity = Current == node ? entity : _entity;
            }
        });
    }

    /// <summary>Called by the JS module when an edge is clicked: a method–dataset edge lists the papers behind it.</summary>
    [JSInvokable]
    public Task OnEdgeSelected(SelectedEdge edge)
    {
        if (edge.Type != RelationStyle.EvaluatedWith)
        {
            return Task.CompletedTask;
        }
        return RunAsync(async ct =>
        {
            var papers = await Store.GetMatrixPapersAsync(edge.Source, edge.Target, ct);
            _pair = new SelectedPair(edge.Source, edge.SourceLabel, edge.Target, edge.TargetLabel, papers);
        });
    }

    /// <summary>Called by the JS module when a node is double-clicked.</summary>
    [JSInvokable]
    public Task OnExpandRequested(string nodeId) => ExpandAsync(nodeId);

    /// <summary>Runs one store-backed action with a loading indicator; failures become a readable message.</summary>
    private async Task RunAsync(Func<CancellationToken, Task> action)
    {
        _running++;
        _message = null;
        StateHasChanged();
        try
        {
            await action(_lifetime.Token);
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is not JSDisconnectedException)
        {
            Logger.LogError(ex, "Graph explorer action failed");
            _message = "Something went wrong while loading the graph. Please try again.";
        }
        finally
        {
            _running--;
            StateHasChanged();
        }
    }

    private async Task<T?> GraphAsync<T>(string method, params object?[] args)
    {
        if (_graph is null)
        {
            return default;
        }
        try
        {
            return await _graph.InvokeAsync<T>(method, _lifetime.Token, args);
        }
        catch (JSDisconnectedException)
        {
            return default;
        }
    }

    // InvokeVoidAsync is InvokeAsync of IJSVoidResult: one wrapper serves both.
    private Task GraphAsync(string method, params object?[] args) => GraphAsync<IJSVoidResult>(method, args);

    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync();
        try
        {
            if (_graph is not null)
            {
                await _graph.InvokeVoidAsync("dispose");
                await _graph.DisposeAsync();
            }
            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone and took the canvas with it.
        }
        _callbacks?.Dispose();
        _typing.Dispose();
        _lifetime.Dispose();
    }
}
