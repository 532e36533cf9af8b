-- Curators' decisions, oldest first: each is a rule (JSON, see CurationRuleJson) applied on every import until it is
-- undone. Undone entries stay, naming who undid them and when. Times are ISO 8601 UTC.
CREATE TABLE curation_log (
    id INTEGER PRIMARY KEY,
    rule TEXT NOT NULL,
    curator TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT,
    -- JSON array of the paper ids the decision touched when it was made.
    paper_ids TEXT NOT NULL DEFAULT '[]',
    undone_by TEXT,
    undone_at TEXT
);
CREATE INDEX ix_curation_log_active ON curation_log(id) WHERE undone_at IS NULL;

-- Optimistic concurrency: a version per entity key, bumped by every decision and undo about it, with the entry
-- that bumped it last. A key without a row is at version 0.
CREATE TABLE entity_versions (
    key TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    entry_id INTEGER NOT NULL REFERENCES curation_log(id)
) WITHOUT ROWID;
