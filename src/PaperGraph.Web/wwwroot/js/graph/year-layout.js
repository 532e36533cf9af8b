// The citation mode's layout: one column per year, oldest on the left, papers without a year in a first column of
// their own. A tall year wraps into several narrow sub-columns so the graph stays about as wide as it is high.

export const noYear = 'no year';

// Model units between sub-columns, between years and between rows; labels are culled where they would overlap.
const subColumnWidth = 120;
const yearGap = 60;
const rowHeight = 46;
const minRows = 6;

/** Positions `nodes` (a Cytoscape collection with data `year`) and returns the columns as [{ label, x }]. */
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
    const maxRows = Math.max(minRows, Math.ceil(Math.sqrt(nodes.length)));
    const columns = [];
    let left = 0;
    for (const year of years) {
        // Best cited first, so a year's hubs stand at the top of its column.
        const group = byYear.get(year).sort((a, b) => b.data('degree') - a.data('degree') || a.id().localeCompare(b.id()));
        const subColumns = Math.ceil(group.length / maxRows);
        const rows = Math.ceil(group.length / subColumns);
        group.forEach((node, i) => {
            const column = Math.floor(i / rows);
            const row = i % rows;
            node.position({ x: left + column * subColumnWidth, y: (row - (rows - 1) / 2) * rowHeight });
        });
        columns.push({ label: year === null ? noYear : String(year), x: left + (subColumns - 1) * subColumnWidth / 2 });
        left += (subColumns - 1) * subColumnWidth + subColumnWidth + yearGap;
    }
    return columns;
}

/** Writes the column labels into `axis` (an element over the canvas) at their on-screen places. Text goes in as
 * textContent only. */
export function drawYearAxis(axis, columns, cy) {
    axis.replaceChildren(...columns.map(column => {
        const tick = document.createElement('span');
        tick.className = 'year-tick';
        tick.textContent = column.label;
        tick.style.left = `${column.x * cy.zoom() + cy.pan().x}px`;
        return tick;
    }));
}
