-- Computed suggestions (similar papers, missing links, merge and variant candidates), replaced a kind at a time.
-- Ends are public ids (paper id or entity key) rather than surrogate keys: a refresh writes them as computed, and a
-- suggestion whose end was merged away is skipped by the reader instead of blocking the merge.
CREATE TABLE suggestions (
    kind TEXT NOT NULL,
    source_id TEXT NOT NULL,
    target_id TEXT NOT NULL,
    score REAL NOT NULL,
    -- JSON array of strings: the shared terms or evidence shown with the suggestion.
    reasons TEXT NOT NULL,
    role TEXT,
    PRIMARY KEY (kind, source_id, target_id)
) WITHOUT ROWID;
CREATE INDEX ix_suggestions_target ON suggestions(kind, target_id);
CREATE INDEX ix_suggestions_top ON suggestions(kind, score DESC, source_id, target_id);

-- Suggestions turned down, with the two ends in ordinal order so that either direction matches: never stored again.
CREATE TABLE suggestion_rejections (
    kind TEXT NOT NULL,
    low_id TEXT NOT NULL,
    high_id TEXT NOT NULL,
    PRIMARY KEY (kind, low_id, high_id)
) WITHOUT ROWID;
