// Which node labels to draw: the most important first (selected ones, then the best connected), each only where
// it lies inside the canvas and overlaps no label already placed and no other node. Labels keep one size on
// screen, so zooming in spreads the nodes apart and makes room for more of them.

export const labelFontPx = 11;
export const labelMaxWidthPx = 150;
export const labelMarginPx = 3;
export const labelFont = 'Helvetica, Arial, sans-serif';

const boxPadding = 3;
let measuringContext;

function textWidth(text) {
    measuringContext ??= document.createElement('canvas').getContext('2d');
    measuringContext.font = `${labelFontPx}px ${labelFont}`;
    return measuringContext.measureText(text).width;
}

/** The on-screen box a node's label takes (below the node, centred), with a little room around it. */
function labelBox(node) {
    const position = node.renderedPosition();
    const width = Math.min(labelMaxWidthPx, textWidth(node.data('label') ?? '')) + 2 * boxPadding;
    const top = position.y + node.renderedHeight() / 2 + labelMarginPx - boxPadding;
    return { x1: position.x - width / 2, x2: position.x + width / 2, y1: top, y2: top + labelFontPx * 1.3 + 2 * boxPadding };
}

const overlaps = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

// Checking every label against every node is quadratic: beyond this many nodes only labels are kept apart.
const maxObstacleNodes = 1500;

function nodeBox(node) {
    const p = node.renderedPosition();
    const half = node.renderedWidth() / 2;
    return { id: node.id(), x1: p.x - half, x2: p.x + half, y1: p.y - half, y2: p.y + half };
}

/** Marks the nodes whose label is drawn with `className`; the rest show theirs on hover only. */
export function placeLabels(cy, className, maxLabels) {
    const width = cy.width();
    const height = cy.height();
    const inside = box => box.x1 >= 0 && box.y1 >= 0 && box.x2 <= width && box.y2 <= height;
    const importance = node => (node.selected() ? 1e9 : 0) + (node.data('degree') ?? 0);
    const candidates = cy.nodes(':visible').sort((a, b) => importance(b) - importance(a) || (a.id() < b.id() ? -1 : 1));
    const obstacles = candidates.length <= maxObstacleNodes ? candidates.map(nodeBox) : [];
    const placed = [];
    const labelled = new Set();
    candidates.forEach(node => {
        if (placed.length >= maxLabels) {
            return;
        }
        const box = labelBox(node);
        if (inside(box) && !placed.some(other => overlaps(box, other))
            && !obstacles.some(other => other.id !== node.id() && overlaps(box, other))) {
            placed.push(box);
            labelled.add(node.id());
        }
    });
    cy.batch(() => cy.nodes().forEach(node => node.toggleClass(className, labelled.has(node.id()))));
}
