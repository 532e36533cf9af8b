-- Results keep how the text bounds them (">", "≈"), the condition they hold under ("10-shot") and the setting of
-- the dataset ("32×32"). Results at different settings are ranked apart, and cost figures (GPU days, FLOPs) are
-- shown beside the scores but never decide which paper is best.
ALTER TABLE results ADD COLUMN qualifier TEXT NOT NULL DEFAULT '';
ALTER TABLE results ADD COLUMN condition_text TEXT;
ALTER TABLE results ADD COLUMN setting TEXT NOT NULL DEFAULT '';
ALTER TABLE results ADD COLUMN is_cost INTEGER NOT NULL DEFAULT 0;
DROP INDEX ix_results_rank;
CREATE INDEX ix_results_rank ON results(dataset_pk, setting, metric_key, score, paper_pk, paper_weight);
