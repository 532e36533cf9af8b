// The citation mode's layout: one column per year, oldest on the left, papers without a year in a first column of
// their own. A tall year wraps into several narrow sub-columns so the graph stays about as wide as it is high.

export const noYear = 'no year';

// Model units between sub-columns and between years; rows are spread so the drawing is about as high as it is wide.
const subColumnWidth = 60;
const yearGap = 30;
const minRowHeight = 46;
const minRows = 4;
// On-screen room a year label needs; labels that would overlap the one before are left out.
const tickPx = 34;

/** Positions `nodes` (a Cytoscape collection with data `year`) and returns the columns as [{ label, x }]. Rows are
 * dealt out in turn across the years, so the edges of a paper fan out instead of running along one line. */
export function layOutByYear(nodes) {
    const byYear = new Map();
    nodes.forEach(node => {
        const year = node.data('year') ?? null;
        if (!byYear.has(year)) {
            byYear.set(year, []);
        }
        byYear.get(year).push(node);
    });
    const years = [...byYear.keys()].sort((a, b) => (a ?? -Infinity) - (b ?? -Infinity));
    const rows = Math.max(minRows, Math.ceil(Math.sqrt(nodes.length)));
    const columns = [];
    const places = [];
    let left = 0;
    let dealt = 0;
    for (const year of years) {
        // Best connected first, so a year's hubs come first in its column.
        const group = byYear.get(year).sort((a, b) => b.degree() - a.degree() || a.id().localeCompare(b.id()));
        const subColumns = Math.ceil(group.length / rows);
        group.forEach((node, i) => {
            places.push({ node, x: left + Math.floor(i / rows) * subColumnWidth, row: (dealt + i) % rows });
        });
        dealt += group.length;
        columns.push({ label: year === null ? noYear : String(year), x: left + (subColumns - 1) * subColumnWidth / 2 });
        left += subColumns * subColumnWidth + yearGap;
    }
    const rowHeight = Math.max(minRowHeight, left / rows);
    for (const place of places) {
        place.node.position({ x: place.x, y: (place.row - (rows - 1) / 2) * rowHeight });
    }
    return columns;
}

/** Writes the column labels into `axis` (an element over the canvas) at their on-screen places, leaving out those
 * that would overlap the one before. Text goes in as textContent only. */
export function drawYearAxis(axis, columns, cy) {
    const ticks = [];
    let lastX = -Infinity;
    for (const column of columns) {
        const x = column.x * cy.zoom() + cy.pan().x;
        if (x - lastX < tickPx) {
            continue;
        }
        lastX = x;
        const tick = document.createElement('span');
        tick.className = 'year-tick';
        tick.textContent = column.label;
        tick.style.left = `${x}px`;
        ticks.push(tick);
    }
    axis.replaceChildren(...ticks);
}
