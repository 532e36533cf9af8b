-- Mentions are only ever read for one paper's page, so they move onto the paper row as a JSON array of
-- [entity_pk, start, end]: one write per paper instead of one per mention.
ALTER TABLE papers ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
UPDATE papers SET mentions = (
    SELECT json_group_array(json_array(m.entity_pk, m.span_start, m.span_end))
    FROM (SELECT * FROM mentions WHERE paper_pk = papers.pk ORDER BY span_start, span_end) m)
WHERE pk IN (SELECT paper_pk FROM mentions);
DROP TABLE mentions;

-- A result's value in its metric's direction: smaller is always better, so one ascending index serves the
-- ranking of every metric.
ALTER TABLE results ADD COLUMN score REAL GENERATED ALWAYS AS (CASE WHEN lower_is_better THEN value ELSE -value END) VIRTUAL;
DROP INDEX ix_results_dataset;
CREATE INDEX ix_results_rank ON results(dataset_pk, metric_key, score, paper_pk);

-- Bumped by every write transaction, so readers in any process can tell whether what they derived from the
-- data (rankings) is still current.
CREATE TABLE store_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO store_state (id, version) VALUES (1, 0);
