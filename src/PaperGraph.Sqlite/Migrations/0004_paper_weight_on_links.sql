-- The explorer ranks an entity's papers by how connected they are. Keeping each paper's entity count on
-- its own relation and result rows (they are rewritten whenever the paper is) lets an index answer that
-- without reading thousands of wide paper rows.
ALTER TABLE paper_entities ADD COLUMN paper_weight INTEGER NOT NULL DEFAULT 0;
UPDATE paper_entities SET paper_weight = (SELECT entity_count FROM papers WHERE pk = paper_entities.paper_pk);
DROP INDEX ix_paper_entities_entity;
CREATE INDEX ix_paper_entities_entity ON paper_entities(entity_pk, role, paper_pk, paper_weight);

ALTER TABLE results ADD COLUMN paper_weight INTEGER NOT NULL DEFAULT 0;
UPDATE results SET paper_weight = (SELECT entity_count FROM papers WHERE pk = results.paper_pk);
DROP INDEX ix_results_rank;
CREATE INDEX ix_results_rank ON results(dataset_pk, metric_key, score, paper_pk, paper_weight);
