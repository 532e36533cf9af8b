using Microsoft.Playwright;

namespace PaperGraph.Web.E2ETests;

/// <summary>The explorer's canvas as a test sees it: the live Cytoscape instance the page exposes as
/// <c>window.paperGraphExplorer</c>, and real mouse clicks on node positions.</summary>
public sealed class GraphCanvas(IPage page)
{
    public IPage Page => page;

    private ILocator Canvas => page.GetByTestId("graph-canvas");

    // Polls on a timer: the default, animation frames, comes slowly while a big graph is drawn.
    private static readonly PageWaitForFunctionOptions Polling = new() { PollingInterval = 100 };

    public async Task WaitForLayoutAsync()
    {
        await WaitUntilAsync("() => window.paperGraphExplorer?.nodes().length > 0");
        await page.Locator("[data-testid=graph-canvas][data-layout-state=done]").WaitForAsync();
    }

    /// <summary>Waits until a JS predicate over the page (and <paramref name="arg"/>) holds.</summary>
    public Task WaitUntilAsync(string predicate, object? arg = null) => page.WaitForFunctionAsync(predicate, arg, Polling);

    public Task<int> NodeCountAsync() => page.EvaluateAsync<int>("() => window.paperGraphExplorer.nodes().length");

    public Task WaitForNodeCountAboveAsync(int count) =>
        WaitUntilAsync("n => window.paperGraphExplorer.nodes().length > n", count);

    public Task<bool> HasNodeAsync(string id) =>
        page.EvaluateAsync<bool>("id => window.paperGraphExplorer.getElementById(id).nonempty()", id);

    public Task<string[]> NodeIdsAsync() => page.EvaluateAsync<string[]>("() => window.paperGraphExplorer.nodes().map(n => n.id())");

    private const string EdgeBetween =
        "([a, b]) => window.paperGraphExplorer.getElementById(a).edgesWith(window.paperGraphExplorer.getElementById(b)).nonempty()";

    /// <summary>Whether an edge joins the two nodes, in either direction.</summary>
    public Task<bool> HasEdgeBetweenAsync(string first, string second) => page.EvaluateAsync<bool>(EdgeBetween, new[] { first, second });

    public Task WaitForEdgeBetweenAsync(string first, string second) => WaitUntilAsync(EdgeBetween, new[] { first, second });

    public Task<string> LabelOfAsync(string id) =>
        page.EvaluateAsync<string>("id => window.paperGraphExplorer.getElementById(id).data('label')", id);

    /// <summary>The node with the most relations not yet drawn: expanding it surely adds nodes.</summary>
    public Task<string> MostExpandableNodeAsync() => page.EvaluateAsync<string>(
        "() => window.paperGraphExplorer.nodes().sort((a, b) => (b.data('degree') - b.degree()) - (a.data('degree') - a.degree()))[0].id()");

    /// <summary>Any other node than <paramref name="id"/> that is furthest from it in the drawing.</summary>
    public Task<string> NodeFarFromAsync(string id) => page.EvaluateAsync<string>(
        """
        id => {
            const cy = window.paperGraphExplorer, p = cy.getElementById(id).position();
            const d = n => (n.position().x - p.x) ** 2 + (n.position().y - p.y) ** 2;
            return cy.nodes().filter(n => n.id() !== id).sort((a, b) => d(b) - d(a))[0].id();
        }
        """, id);

    /// <summary>The shown nodes whose drawn box is not wholly inside the canvas as the window shows it: the element's
    /// own box (not Cytoscape's idea of its size, which goes stale when nobody tells it of a resize), cut at the
    /// window's right edge. Empty when the graph fits.</summary>
    public Task<string[]> NodesOutsideCanvasAsync() => page.EvaluateAsync<string[]>(
        """
        () => {
            const cy = window.paperGraphExplorer, element = cy.container(), left = element.getBoundingClientRect().left;
            const width = Math.min(element.clientWidth, document.documentElement.clientWidth - left), height = element.clientHeight;
            return cy.nodes(':visible').filter(n => {
                const b = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
                return b.x1 < -1 || b.y1 < -1 || b.x2 > width + 1 || b.y2 > height + 1;
            }).map(n => n.id());
        }
        """);

    /// <summary>Every node's id and position, rounded to a pixel, in id order.</summary>
    public Task<string[]> PositionsAsync() => page.EvaluateAsync<string[]>(
        "() => window.paperGraphExplorer.nodes().sort((a, b) => a.id() < b.id() ? -1 : 1).map(n => `${n.id()} ${Math.round(n.position().x)} ${Math.round(n.position().y)}`)");

    /// <summary>The on-screen boxes of the labels drawn now (not those shown only on hover).</summary>
    public async Task<IReadOnlyList<LabelBox>> ShownLabelBoxesAsync() =>
        await page.EvaluateAsync<LabelBox[]>(
            """
            () => window.paperGraphExplorer.nodes('.labelled').map(n => {
                const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
                return { id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
            })
            """);

    public Task<string> BestConnectedNodeAsync() => page.EvaluateAsync<string>(
        "() => window.paperGraphExplorer.nodes().max(n => n.data('degree')).ele.id()");

    /// <summary>Clicks the middle of the first edge whose middle no node covers; returns its ends.</summary>
    public async Task<(string Source, string Target)> ClickClearEdgeAsync()
    {
        var box = await Canvas.BoundingBoxAsync() ?? throw new InvalidOperationException("The canvas is not visible.");
        var edge = await page.EvaluateAsync<string[]>(
            """
            () => {
                const cy = window.paperGraphExplorer;
                const covered = p => cy.nodes().some(n => { const b = n.renderedBoundingBox(); return p.x >= b.x1 - 4 && p.x <= b.x2 + 4 && p.y >= b.y1 - 4 && p.y <= b.y2 + 4; });
                const edge = cy.edges().filter(e => !covered(e.renderedMidpoint()))[0];
                const p = edge.renderedMidpoint();
                return [edge.data('source'), edge.data('target'), String(p.x), String(p.y)];
            }
            """);
        await page.Mouse.ClickAsync(box.X + float.Parse(edge[2], System.Globalization.CultureInfo.InvariantCulture),
            box.Y + float.Parse(edge[3], System.Globalization.CultureInfo.InvariantCulture));
        return (edge[0], edge[1]);
    }

    public async Task ClickNodeAsync(string id)
    {
        var (x, y) = await ScreenPositionAsync(id);
        await page.Mouse.ClickAsync(x, y);
    }

    public async Task DoubleClickNodeAsync(string id)
    {
        var (x, y) = await ScreenPositionAsync(id);
        await page.Mouse.DblClickAsync(x, y);
    }

    public Task<int> CountAsync(string selector) =>
        page.EvaluateAsync<int>("s => window.paperGraphExplorer.elements(s).length", selector);

    private async Task<(float X, float Y)> ScreenPositionAsync(string id)
    {
        // Bring the node to the middle first so that no control or other node covers it.
        // The braces matter: returning the Cytoscape instance would make Playwright serialise all of it.
        await page.EvaluateAsync("id => { window.paperGraphExplorer.center(window.paperGraphExplorer.getElementById(id)); }", id);
        var box = await Canvas.BoundingBoxAsync() ?? throw new InvalidOperationException("The canvas is not visible.");
        var position = await page.EvaluateAsync<float[]>(
            "id => { const p = window.paperGraphExplorer.getElementById(id).renderedPosition(); return [p.x, p.y]; }", id);
        return (box.X + position[0], box.Y + position[1]);
    }
}
