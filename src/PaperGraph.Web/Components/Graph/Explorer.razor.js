// The graph explorer: Cytoscape.js with the fcose layout. Corpus text reaches Cytoscape only as element
// data, which it draws on a canvas; nothing here writes text into HTML.
import cytoscape from '../../lib/cytoscape/cytoscape.esm.min.mjs';
import { seedFrom, withSeededRandom, offsetFor } from '../../js/graph/seeded-random.js';
import { placeLabels, labelFont, labelFontPx, labelMarginPx, labelMaxWidthPx } from '../../js/graph/label-placement.js';
import { showSuggestions, hideSuggestions } from '../../js/graph/suggested-links.js';
import { layOutByYear, drawYearAxis } from '../../js/graph/year-layout.js';

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
// Room around a fitted graph for the labels under its outer nodes.
const fitPadding = 40;
// More labels than this at once would be a wall of text, whatever room there is.
const maxLabels = 60;
// Edge widths for weighted edges (papers behind a method–dataset pair), thinnest to thickest.
const thinnestEdge = 1.2;
const thickestEdge = 9;

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

/** Creates the explorer in an empty element; `kindStyles` is [{kind, colour, shape}], `relationStyles` is
 * [{type, colour, lineStyle}]: one entry per node kind and edge type a mode can draw. */
export async function createExplorer(container, dotnet, kindStyles, relationStyles) {
    await registerFcose();
    return new Explorer(container, dotnet, kindStyles, relationStyles);
}

// Size grows with degree relative to the best connected node shown, so hubs stand out in any corpus.
const smallestNode = 10;
const largestNode = 60;

/** `degreeOf` defaults to the node's relations in the whole graph. */
function sizeByDegree(nodes, degreeOf = n => n.data('degree')) {
    const maxDegree = Math.max(1, nodes.max(degreeOf).value);
    nodes.forEach(n => {
        n.data('size', smallestNode + (largestNode - smallestNode) * Math.sqrt(degreeOf(n) / maxDegree));
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

/** Weighted edges (papers behind a pair) get a width by weight relative to the heaviest shown. */
function widthByWeight(edges) {
    const weighted = edges.filter(e => e.data('weight') > 0);
    const maxWeight = Math.max(1, weighted.max(e => e.data('weight')).value);
    weighted.forEach(e => {
        e.data('width', thinnestEdge + (thickestEdge - thinnestEdge) * Math.sqrt(e.data('weight') / maxWeight));
    });
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

/** Labels keep one size on screen (`zoom` scales them back) and are drawn only on nodes placeLabels picks,
 * on the hovered node and on selected ones. */
function buildStyle(kindStyles, relationStyles, textColour, outlineColour, zoom) {
    const onScreen = px => px / zoom;
    const style = [
        {
            selector: 'node',
            style: {
                'label': '',
                'width': 'data(size)',
                'height': 'data(size)',
                'font-family': labelFont,
                'font-size': onScreen(labelFontPx),
                'color': textColour,
                'text-outline-color': outlineColour,
                'text-outline-width': onScreen(2),
                'text-valign': 'bottom',
                'text-margin-y': onScreen(labelMarginPx),
                'text-wrap': 'ellipsis',
                'text-max-width': onScreen(labelMaxWidthPx),
                // A backing in the canvas colour keeps a label legible where an edge runs under it.
                'text-background-color': outlineColour,
                'text-background-opacity': 0.75,
                'text-background-shape': 'roundrectangle',
                'border-width': 1,
                'border-color': outlineColour,
            },
        },
        {
            selector: 'edge',
            style: {
                'width': 1.4,
                'line-color': '#9e9e9e',
                'opacity': 0.7,
                'curve-style': 'straight',
            },
        },
        { selector: 'edge[width]', style: { 'width': 'data(width)' } },
        // Thousands of straight edges draw slowly; haystack lines are fast (and always solid).
        { selector: 'edge.crowded', style: { 'curve-style': 'haystack', 'opacity': 0.45 } },
        { selector: 'node.labelled, node.hovered, node:selected', style: { 'label': 'data(label)' } },
        { selector: 'node.hovered', style: { 'z-index': 20, 'text-background-opacity': 0.95 } },
        {
            selector: 'edge:selected',
            style: { 'label': 'data(caption)', 'font-size': onScreen(labelFontPx), 'color': textColour, 'opacity': 1,
                'text-outline-color': outlineColour, 'text-outline-width': onScreen(2) },
        },
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
    // A stub (known only from a reference list) is a pale disc with a dashed outline in its kind's colour.
    kindStyles.forEach((kind, i) => {
        style.splice(1 + kindStyles.length + i, 0, {
            selector: `node[kind = "${kind.kind}"][?stub]`,
            style: { 'background-opacity': 0.25, 'border-style': 'dashed', 'border-width': 2, 'border-color': resolveColour(kind.colour) },
        });
    });
    // After the plain edge rule, before the selection and path rules that must win over them.
    const edgeRule = style.findIndex(rule => rule.selector === 'edge') + 1;
    relationStyles.forEach((relation, i) => {
        style.splice(edgeRule + i, 0, {
            selector: `edge[type = "${relation.type}"]`,
            style: { 'line-color': relation.colour, 'line-style': relation.lineStyle },
        });
    });
    return style;
}

class Explorer {
    constructor(container, dotnet, kindStyles, relationStyles) {
        this.container = container;
        this.dotnet = dotnet;
        this.removedStack = [];
        this.hiddenKinds = new Set();
        this.hiddenRelations = new Set();
        this.selectionOrder = [];
        this.selectionNotice = 0;
        this.kindStyles = kindStyles;
        this.relationStyles = relationStyles;
        this.labelTimer = 0;
        this.yearColumns = null;
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
        this.cy.on('tap', 'edge', e => {
            const edge = e.target;
            this.call('OnEdgeSelected', {
                source: edge.data('source'), target: edge.data('target'), type: edge.data('type'),
                sourceLabel: edge.source().data('label'), targetLabel: edge.target().data('label'),
            });
        });
        this.cy.on('mouseover', 'node', e => e.target.addClass('hovered'));
        this.cy.on('mouseout', 'node', e => e.target.removeClass('hovered'));
        // Labels are placed again once a zoom or pan comes to rest, at the new zoom's label size.
        this.cy.on('viewport', () => {
            this.scheduleLabels();
            this.drawAxis();
        });
        this.resizeObserver = new ResizeObserver(() => this.onResize());
        this.resizeObserver.observe(container);
        // Exposed for tests and debugging: the live Cytoscape instance.
        window.paperGraphExplorer = this.cy;
        this.publishCounts();
    }

    /** The citation mode lays papers out by year, with the years written over the canvas; the other modes use fcose. */
    useYearLayout(on) {
        this.yearColumns = on ? [] : null;
        if (on && !this.axis) {
            this.axis = document.createElement('div');
            this.axis.className = 'year-axis';
            this.axis.dataset.testid = 'graph-year-axis';
            this.container.appendChild(this.axis);
        }
        this.axis?.toggleAttribute('hidden', !on);
    }

    drawAxis() {
        if (this.yearColumns && this.axis) {
            drawYearAxis(this.axis, this.yearColumns, this.cy);
        }
    }

    readThemeColours() {
        const computed = getComputedStyle(this.container);
        return { text: computed.color, background: computed.backgroundColor };
    }

    buildStyle() {
        this.styledZoom = this.cy?.zoom() ?? 1;
        return buildStyle(this.kindStyles, this.relationStyles, this.themeColours.text, this.themeColours.background, this.styledZoom);
    }

    scheduleLabels() {
        clearTimeout(this.labelTimer);
        this.labelTimer = setTimeout(() => this.updateLabels(), 120);
    }

    updateLabels() {
        clearTimeout(this.labelTimer);
        if (this.cy.zoom() !== this.styledZoom) {
            this.cy.style(this.buildStyle());
        }
        placeLabels(this.cy, 'labelled', maxLabels);
    }

    /** Fits the whole graph into the canvas (never blowing a handful of nodes up), then places labels. */
    fitAll() {
        this.cy.fit(this.cy.nodes(':visible'), fitPadding);
        if (this.cy.zoom() > comfortableZoom) {
            this.cy.zoom(comfortableZoom);
            this.cy.center(this.cy.nodes(':visible'));
        }
        this.updateLabels();
        this.drawAxis();
    }

    onResize() {
        clearTimeout(this.resizeTimer);
        this.resizeTimer = setTimeout(() => {
            this.cy.resize();
            this.fitAll();
        }, 100);
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
                const offset = offsetFor(node.id, 20);
                added.push({
                    group: 'nodes',
                    data: { id: node.id, label: node.label, kind: node.kind, degree: node.degree, size: smallestNode, year: node.year, stub: node.stub },
                    position: { x: origin.x + offset.x, y: origin.y + offset.y },
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
                const data = { id, source: edge.source, target: edge.target, type: edge.type, caption: edge.caption ?? edge.type };
                if (edge.weight) {
                    data.weight = edge.weight;
                }
                added.push({ group: 'edges', data });
            }
        }
        const fresh = cy.add(added);
        this.applyFilters(fresh);
        cy.batch(() => {
            // Most papers of a reference list are cited by nobody in the corpus: there, the citations drawn size a paper.
            sizeByDegree(cy.nodes(), this.yearColumns ? n => n.degree() : undefined);
            widthByWeight(cy.edges());
            cy.edges().toggleClass('crowded', cy.nodes().length > draftAbove);
        });
        if (fresh.nodes().nonempty()) {
            if (firstLoad || this.yearColumns || cy.nodes().length <= draftAbove) {
                await this.layout(firstLoad);
            } else {
                // Re-running a force layout on a big graph blocks the page for many seconds: newcomers go
                // around the node they came from and everything else stays where the user left it.
                const started = this.startLayout();
                this.cy.batch(() => spiral(fresh.nodes(), origin, anchor.nonempty() ? anchor.data('size') : 0));
                this.fitAll();
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
        if (this.yearColumns) {
            this.cy.batch(() => { this.yearColumns = layOutByYear(this.cy.nodes()); });
        } else if (count > draftAbove) {
            await this.runFcose({ quality: 'draft', randomize: true, animate: false });
            this.cy.batch(() => spreadStacked(this.cy.nodes()));
        } else {
            // Longer edges and stronger repulsion than fcose's defaults leave room for the labels under the nodes.
            await this.runFcose({ quality: 'default', randomize, animate: count <= animateUpTo, idealEdgeLength: 90, nodeRepulsion: 9000 });
        }
        this.fitAll();
        this.finishLayout(started);
    }

    /** fcose computes every position inside run(), so seeding Math.random around it makes the layout a function
     * of the graph shown: its node and edge ids, in order. */
    runFcose(options) {
        const seed = seedFrom([...this.cy.nodes().map(n => n.id()), ...this.cy.edges().map(e => e.id())]);
        return new Promise(resolve => {
            const layout = this.cy.layout({ name: 'fcose', animationDuration: 400, fit: true, padding: fitPadding, packComponents: true, ...options });
            layout.one('layoutstop', resolve);
            withSeededRandom(seed, () => layout.run());
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
        if (this.yearColumns) {
            this.yearColumns = [];
            this.drawAxis();
        }
        this.removedStack = [];
        this.selectionOrder = [];
        this.call('OnSelectionChanged', []);
        return this.summary();
    }

    setFilters(hiddenKinds, hiddenRelations) {
        this.hiddenKinds = new Set(hiddenKinds);
        this.hiddenRelations = new Set(hiddenRelations);
        this.applyFilters(this.cy.elements());
        this.updateLabels();
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
            this.updateLabels();
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
            this.updateLabels();
        }
        return this.summary();
    }

    showSuggestions(elements) {
        return showSuggestions(this, elements);
    }

    hideSuggestions() {
        return hideSuggestions(this);
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
        this.updateLabels();
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
        this.fitAll();
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
        clearTimeout(this.labelTimer);
        clearTimeout(this.resizeTimer);
        this.resizeObserver.disconnect();
        if (window.paperGraphExplorer === this.cy) {
            delete window.paperGraphExplorer;
        }
        this.cy.destroy();
    }
}
