// Suggested links (similar papers, missing paper–entity links) are drawn beside the graph's relations as dashed
// edges of their own types (styled from the relation style table), and taken away again as a whole. Nodes that came
// only as the far end of a suggestion go with them, unless a relation joins them to the graph meanwhile.

const suggested = 'suggested';

/** Adds suggested links and their far-end nodes through the explorer's own `addElements`, then marks what they
 * brought so `hideSuggestions` can take it away. */
export async function showSuggestions(explorer, elements) {
    const cy = explorer.cy;
    const newNodes = elements.nodes.map(n => n.id).filter(id => cy.getElementById(id).empty());
    const summary = await explorer.addElements(elements, null);
    const types = new Set(elements.edges.map(e => e.type));
    cy.batch(() => {
        newNodes.forEach(id => cy.getElementById(id).addClass(suggested));
        // Haystack lines (crowded graphs) are always solid; suggestions keep their dashes.
        cy.edges().filter(e => types.has(e.data('type'))).addClass(suggested).removeClass('crowded');
    });
    return summary;
}

/** Removes every suggested link, and the nodes only suggestions brought. */
export function hideSuggestions(explorer) {
    const cy = explorer.cy;
    cy.batch(() => {
        cy.edges(`.${suggested}`).remove();
        cy.nodes(`.${suggested}`).filter(n => n.connectedEdges().empty()).remove();
        cy.nodes(`.${suggested}`).removeClass(suggested);
    });
    explorer.updateLabels();
    return explorer.summary();
}
