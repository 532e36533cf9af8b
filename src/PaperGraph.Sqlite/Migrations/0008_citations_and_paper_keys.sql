-- Citations: the external ids of a paper beside DOI and arXiv id, a flag for stub papers (known only as a
-- reference, never imported themselves), and every match key of a paper (doi:, arxiv:, openalex:, s2:,
-- title:slug:year) so one paper from several sources is one row. CITES edges live in paper_links.
ALTER TABLE papers ADD COLUMN openalex_id TEXT;
ALTER TABLE papers ADD COLUMN s2_id TEXT;
ALTER TABLE papers ADD COLUMN is_stub INTEGER NOT NULL DEFAULT 0;

CREATE TABLE paper_keys (
    key TEXT PRIMARY KEY,
    paper_pk INTEGER NOT NULL REFERENCES papers(pk) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX ix_paper_keys_paper ON paper_keys(paper_pk);

-- Papers stored before this version are found again by the id they were stored under.
INSERT OR IGNORE INTO paper_keys (key, paper_pk) SELECT id, pk FROM papers WHERE id LIKE 'doi:%' OR id LIKE 'arxiv:%';
