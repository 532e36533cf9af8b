-- Paper text is indexed straight from the papers table (external content) instead of being copied into
-- the index, which roughly halves what an import writes for search. Entities keep a small index of their
-- own, rowid = entity pk, with all their names.
CREATE VIRTUAL TABLE paper_search USING fts5(
    title,
    abstract,
    content = 'papers',
    content_rowid = 'pk',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO paper_search (paper_search) VALUES ('rebuild');

CREATE VIRTUAL TABLE entity_search USING fts5(
    key UNINDEXED,
    kind UNINDEXED,
    name,
    aliases,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO entity_search (rowid, key, kind, name, aliases)
SELECT -rowid, node_id, kind, label, body FROM search_index WHERE rowid < 0;

DROP TABLE search_index;
