// The graph explorer: Cytoscape.js with the fcose layout. Corpus text reaches Cytoscape only as element
// data, which it draws on a canvas; nothing here writes text into HTML.
import cytoscape from '../../lib/cytoscape/cytoscape.esm.min.mjs';

// fcose ships as UMD bundles that chain through globals, so they load as classic scripts, in order.
const fcoseScripts = [
    '../../lib/layout-base/layout-base.js',
    '../../lib/cose-base/cose-base.js',
    '../../lib/cytoscape-fcose/cytoscape-fcose.js',
];

// Above these node counts the layout trades polish for speed.
const animateUpTo = 250;
const draftAbove = 1000;
const comfortableZoom = 1.5;

let fcoseRegistered;

function loadScript(relativeUrl) {
    return new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = new URL(relativeUrl, import.meta.url).href;
        script.onload = resolve;
        script.onerror = () => reject(new Error(`Could not load ${relativeUrl}`));
        document.head.appendChild(script);
    });
}

function registerFcose() {
    fcoseRegistered ??= (async () => {
        for (const url of fcoseScripts) {
            await loadScript(url);
        }
        cytoscape.use(window.cytoscapeFcose);
    })();
    return fcoseRegistered;
}

/** Creates the explorer in an empty element; `kindStyles` is [{kind, colour, shape}]. */
export async function createExplorer(container, dotnet, kindStyles) {
    await registerFcose();
    return new Explorer(container, dotnet, kindStyles);
}

// Size grows with degree relative to the best connected node shown, so hubs stand out in any corpus.
const smallestNode = 10;
const largestNode = 60;

function sizeByDegree(nodes) {
    const maxDegree = Math.max(1, nodes.max(n => n.data('degree')).value);
    nodes.forEach(n => {
        n.data('size', smallestNode + (largestNode - smallestNode) * Math.sqrt(n.data('degree') / maxDegree));
    });
}

const goldenAngle = Math.PI * (3 - Math.sqrt(5));

/** Places nodes on a sunflower spiral around a centre, largest first, clear of a node of `innerSize`. */
function spiral(nodes, centre, innerSize) {
    const sorted = nodes.sort((a, b) => b.data('degree') - a.data('degree'));
    const spacing = 0.9 * sorted.reduce((sum, n) => sum + n.data('size'), 0) / Math.max(1, sorted.length);
    const offset = innerSize ? innerSize / spacing + 1 : 0;
    sorted.forEach((node, k) => {
        const radius = spacing * Math.sqrt(k + offset);
        node.position({ x: centre.x + radius * Math.cos(k * goldenAngle), y: centre.y + radius * Math.sin(k * goldenAngle) });
    });
}

/** Spreads nodes that share a spot (within a few pixels) into a spiral around that spot. */
function spreadStacked(nodes) {
    const spots = new Map();
    nodes.forEach(node => {
        const p = node.position();
        const key = `${Math.round(p.x / 5)}:${Math.round(p.y / 5)}`;
        if (!spots.has(key)) {
            spots.set(key, []);
        }
        spots.get(key).push(node);
    });
    for (const group of spots.values()) {
        if (group.length > 1) {
            spiral(nodes.cy().collection(group), { ...group[0].position() }, 0);
        }
    }
}

function edgeId(edge) {
    return `${edge.source}|${edge.type}|${edge.target}`;
}

/** Resolves any CSS colour, custom properties included, to what the browser computes. */
function resolveColour(css) {
    const probe = document.createElement('span');
    probe.style.color = css;
    document.body.appendChild(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
}

function buildStyle(kindStyles, textColour, outlineColour) {
    const style = [
        {
            selector: 'node',
            style: {
                'label': 'data(label)',
                'width': 'data(size)',
                'height': 'data(size)',
                'font-size': 10,
                'color': textColour,
                'text-outline-color': outlineColour,
                'text-outline-width': 2,
                'text-valign': 'bottom',
                'text-margin-y': 3,
                'text-wrap': 'ellipsis',
                'text-max-width': 130,
                // Labels vanish when zoomed out, which keeps big graphs fast and readable.
                'min-zoomed-font-size': 7,
                'border-width': 1,
                'border-color': outlineColour,
            },
        },
        {
            selector: 'edge',
            style: {
                'width': 1.2,
                'line-color': '#9e9e9e',
                'opacity': 0.55,
                'curve-style': 'haystack',
            },
        },
        { selector: 'node.crowded', style: { 'min-zoomed-font-size': 14 } },
        { selector: 'edge:selected', style: { 'label': 'data(type)', 'font-size': 9, 'color': textColour, 'opacity': 1 } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#fbc02d' } },
        { selector: 'node.path', style: { 'border-width': 5, 'border-color': '#e53935' } },
        { selector: 'edge.path', style: { 'line-color': '#e53935', 'width': 4, 'opacity': 1, 'z-index': 10 } },
        { selector: '.filtered', style: { 'display': 'none' } },
    ];
    for (const kind of kindStyles) {
        style.splice(1, 0, {
            selector: `node[kind = "${kind.kind}"]`,
            style: { 'background-color': resolveColour(kind.colour), 'shape': kind.shape },
        });
    }
    return style;
}

class Explorer {
    constructor(container, dotnet, kindStyles) {
        this.container = container;
        this.dotnet = dotnet;
        this.removedStack = [];
        this.hiddenKinds = new Set();
        this.hiddenRelations = new Set();
        this.selectionOrder = [];
        this.selectionNotice = 0;
        this.kindStyles = kindStyles;
        this.themeColours = this.readThemeColours();
        this.cy = cytoscape({
            container,
            style: this.buildStyle(),
            minZoom: 0.05,
            maxZoom: 4,
            selectionType: 'additive',
            boxSelectionEnabled: true,
            // Pan and zoom move a snapshot instead of redrawing thousands of elements per frame.
            textureOnViewport: true,
        });
        this.cy.on('select', 'node', e => this.trackSelection(e.target.id(), true));
        this.cy.on('unselect', 'node', e => this.trackSelection(e.target.id(), false));
        this.cy.on('dbltap', 'node', e => this.call('OnExpandRequested', e.target.id()));
        // Exposed for tests and debugging: the live Cytoscape instance.
        window.paperGraphExplorer = this.cy;
        this.publishCounts();
    }

    readThemeColours() {
        const computed = getComputedStyle(this.container);
        return { text: computed.color, background: computed.backgroundColor };
    }

    buildStyle() {
        return buildStyle(this.kindStyles, this.themeColours.text, this.themeColours.background);
    }

    /** Labels are drawn in the page's text colour: .NET calls this when the page switches light and dark mode. */
    followTheme() {
        const now = this.readThemeColours();
        if (now.text !== this.themeColours.text || now.background !== this.themeColours.background) {
            this.themeColours = now;
            this.cy.style(this.buildStyle());
        }
    }

    call(method, ...args) {
        // The circuit may be gone (page closed); there is nobody left to tell.
        this.dotnet.invokeMethodAsync(method, ...args).catch(() => { });
    }

    trackSelection(id, selected) {
        this.selectionOrder = this.selectionOrder.filter(x => x !== id);
        if (selected) {
            this.selectionOrder.push(id);
        }
        // Box selection fires one event per node: tell .NET once.
        clearTimeout(this.selectionNotice);
        this.selectionNotice = setTimeout(() => this.call('OnSelectionChanged', this.selectedNodes()), 30);
    }

    selectedNodes() {
        return this.selectionOrder
            .map(id => this.cy.getElementById(id))
            .filter(n => n.nonempty())
            .map(n => ({ id: n.id(), kind: n.data('kind'), label: n.data('label') }));
    }

    /** Adds the nodes and edges not yet shown (edges by id, so each relation is drawn once), then lays the graph out. */
    async addElements(elements, anchorId) {
        const cy = this.cy;
        const firstLoad = cy.nodes().empty();
        const anchor = anchorId ? cy.getElementById(anchorId) : cy.collection();
        const origin = anchor.nonempty() ? { ...anchor.position() } : { x: 0, y: 0 };
        const added = [];
        for (const node of elements.nodes) {
            if (cy.getElementById(node.id).empty()) {
                added.push({
                    group: 'nodes',
                    data: { id: node.id, label: node.label, kind: node.kind, degree: node.degree, size: smallestNode },
                    position: { x: origin.x + Math.random() * 40 - 20, y: origin.y + Math.random() * 40 - 20 },
                });
            }
        }
        // Edges may join nodes shown earlier; one whose end the user has hidden is left out.
        const incoming = new Set(elements.nodes.map(n => n.id));
        const present = id => incoming.has(id) || cy.getElementById(id).nonempty();
        // Several results on one dataset come as several REPORTS edges with one id.
        const edgeIds = new Set();
        for (const edge of elements.edges) {
            const id = edgeId(edge);
            if (!edgeIds.has(id) && cy.getElementById(id).empty() && present(edge.source) && present(edge.target)) {
                edgeIds.add(id);
                added.push({ group: 'edges', data: { id, source: edge.source, target: edge.target, type: edge.type } });
            }
        }
        const fresh = cy.add(added);
        this.applyFilters(fresh);
        cy.batch(() => {
            sizeByDegree(cy.nodes());
            // In a crowded graph labels appear only when zoomed well in.
            cy.nodes().toggleClass('crowded', cy.nodes().length > draftAbove);
        });
        if (fresh.nodes().nonempty()) {
            if (firstLoad || cy.nodes().length <= draftAbove) {
                await this.layout(firstLoad);
            } else {
                // Re-running a force layout on a big graph blocks the page for many seconds: newcomers go
                // around the node they came from and everything else stays where the user left it.
                const started = this.startLayout();
                this.cy.batch(() => spiral(fresh.nodes(), origin, anchor.nonempty() ? anchor.data('size') : 0));
                this.finishLayout(started);
            }
        }
        return this.summary();
    }

    /** Big graphs get fcose's fast spectral 'draft', which puts nodes with the same neighbours on one
     * spot; those are then spread into discs. Small graphs get the full force-directed refinement. */
    async layout(randomize) {
        const started = this.startLayout();
        const count = this.cy.nodes().length;
        if (count > draftAbove) {
            await this.runFcose({ quality: 'draft', randomize: true, animate: false, fit: false });
            this.cy.batch(() => spreadStacked(this.cy.nodes()));
            this.cy.fit(undefined, 30);
        } else {
            await this.runFcose({ quality: 'default', randomize, animate: count <= animateUpTo, fit: true });
        }
        // Fitting a handful of nodes would blow them up to fill the canvas.
        if (this.cy.zoom() > comfortableZoom) {
            this.cy.zoom(comfortableZoom);
            this.cy.center();
        }
        this.finishLayout(started);
    }

    runFcose(options) {
        return new Promise(resolve => {
            const layout = this.cy.layout({ name: 'fcose', animationDuration: 400, padding: 30, packComponents: true, ...options });
            layout.one('layoutstop', resolve);
            layout.run();
        });
    }

    // Layout state and time are published on the element for tests and measurements.
    startLayout() {
        this.container.dataset.layoutState = 'running';
        return performance.now();
    }

    finishLayout(started) {
        this.container.dataset.layoutMs = (performance.now() - started).toFixed(0);
        this.container.dataset.layoutState = 'done';
    }

    relayout() {
        return this.layout(true).then(() => this.summary());
    }

    clear() {
        this.cy.elements().remove();
        this.removedStack = [];
        this.selectionOrder = [];
        this.call('OnSelectionChanged', []);
        return this.summary();
    }

    setFilters(hiddenKinds, hiddenRelations) {
        this.hiddenKinds = new Set(hiddenKinds);
        this.hiddenRelations = new Set(hiddenRelations);
        this.applyFilters(this.cy.elements());
    }

    applyFilters(elements) {
        elements.nodes().forEach(n => n.toggleClass('filtered', this.hiddenKinds.has(n.data('kind'))));
        elements.edges().forEach(e => e.toggleClass('filtered', this.hiddenRelations.has(e.data('type'))));
    }

    hideSelected() {
        const selected = this.cy.$(':selected');
        if (selected.nonempty()) {
            this.removedStack.push(selected.remove());
            this.selectionOrder = [];
            this.call('OnSelectionChanged', []);
        }
        return this.summary();
    }

    undoHide() {
        const removed = this.removedStack.pop();
        if (removed) {
            const absent = el => this.cy.getElementById(el.id()).empty();
            removed.nodes().filter(absent).restore();
            removed.edges()
                .filter(e => absent(e)
                    && this.cy.getElementById(e.data('source')).nonempty()
                    && this.cy.getElementById(e.data('target')).nonempty())
                .restore();
        }
        return this.summary();
    }

    /** Shows a path (adding what is missing) and highlights it. */
    async highlightPath(elements) {
        this.clearPath();
        const summary = await this.addElements(elements, elements.nodes.length ? elements.nodes[0].id : null);
        const cy = this.cy;
        let path = cy.collection();
        elements.nodes.forEach(n => { path = path.union(cy.getElementById(n.id)); });
        elements.edges.forEach(e => { path = path.union(cy.getElementById(edgeId(e))); });
        path.addClass('path');
        cy.fit(path, 60);
        return summary;
    }

    clearPath() {
        this.cy.elements('.path').removeClass('path');
    }

    centre(id) {
        const node = this.cy.getElementById(id);
        if (node.nonempty()) {
            this.cy.center(node);
        }
    }

    fit() {
        this.cy.fit(undefined, 30);
    }

    exportPng(fileName) {
        const image = this.cy.png({ full: true, scale: 2, bg: this.themeColours.background, output: 'base64uri', maxWidth: 8000, maxHeight: 8000 });
        const link = document.createElement('a');
        link.href = image;
        link.download = fileName;
        document.body.appendChild(link);
        link.click();
        link.remove();
    }

    summary() {
        const kinds = {};
        this.cy.nodes().forEach(n => { kinds[n.data('kind')] = (kinds[n.data('kind')] ?? 0) + 1; });
        const relations = {};
        this.cy.edges().forEach(e => { relations[e.data('type')] = (relations[e.data('type')] ?? 0) + 1; });
        this.publishCounts();
        return {
            nodes: this.cy.nodes().length,
            edges: this.cy.edges().length,
            kinds,
            relations,
            canUndo: this.removedStack.length > 0,
        };
    }

    publishCounts() {
        this.container.dataset.nodeCount = String(this.cy.nodes().length);
        this.container.dataset.edgeCount = String(this.cy.edges().length);
    }

    dispose() {
        clearTimeout(this.selectionNotice);
        if (window.paperGraphExplorer === this.cy) {
            delete window.paperGraphExplorer;
        }
        this.cy.destroy();
    }
}
