-- Papers, entities and the relations between them. Integer surrogate keys keep the relation tables and
-- their indexes small; the public ids (paper id, entity key) are unique text columns.
CREATE TABLE papers (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    abstract TEXT NOT NULL,
    doi TEXT,
    arxiv_id TEXT,
    year INTEGER,
    authors TEXT,
    venue TEXT,
    url TEXT,
    -- Entities the paper links to (roles and results), kept by the writer so that ranking neighbours by
    -- connectedness needs no aggregate over the relation table.
    entity_count INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE entities (
    pk INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    parent_pk INTEGER REFERENCES entities(pk),
    -- Distinct papers linked to the entity, kept by the writer for top-entity and matrix queries.
    paper_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_entities_parent ON entities(parent_pk) WHERE parent_pk IS NOT NULL;
CREATE INDEX ix_entities_type_papers ON entities(type, paper_count DESC);

-- Every name of an entity (canonical name and aliases), folded with EntityKey.Fold for lookups.
CREATE TABLE entity_names (
    entity_pk INTEGER NOT NULL REFERENCES entities(pk),
    name TEXT NOT NULL COLLATE NOCASE,
    folded TEXT NOT NULL,
    PRIMARY KEY (entity_pk, name)
) WITHOUT ROWID;
CREATE INDEX ix_entity_names_folded ON entity_names(folded);

-- PROPOSES, USES, EVALUATED_ON, MENTIONS, ADDRESSES.
CREATE TABLE paper_entities (
    paper_pk INTEGER NOT NULL REFERENCES papers(pk) ON DELETE CASCADE,
    entity_pk INTEGER NOT NULL REFERENCES entities(pk),
    role TEXT NOT NULL,
    PRIMARY KEY (paper_pk, entity_pk, role)
) WITHOUT ROWID;
CREATE INDEX ix_paper_entities_entity ON paper_entities(entity_pk, role, paper_pk);

-- REPORTS: numeric results of a paper on a dataset.
CREATE TABLE results (
    pk INTEGER PRIMARY KEY,
    paper_pk INTEGER NOT NULL REFERENCES papers(pk) ON DELETE CASCADE,
    dataset_pk INTEGER NOT NULL REFERENCES entities(pk),
    metric TEXT NOT NULL,
    metric_key TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    lower_is_better INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL
);
CREATE INDEX ix_results_paper ON results(paper_pk);
CREATE INDEX ix_results_dataset ON results(dataset_pk, metric_key, value);

-- Where an entity occurs in a paper's abstract, for highlighting.
CREATE TABLE mentions (
    paper_pk INTEGER NOT NULL REFERENCES papers(pk) ON DELETE CASCADE,
    entity_pk INTEGER NOT NULL REFERENCES entities(pk),
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    PRIMARY KEY (paper_pk, span_start, span_end, entity_pk)
) WITHOUT ROWID;

-- Paper to paper relations: BUILDS_ON (derived) and CITES (explicit, from metadata).
CREATE TABLE paper_links (
    source_pk INTEGER NOT NULL REFERENCES papers(pk) ON DELETE CASCADE,
    target_pk INTEGER NOT NULL REFERENCES papers(pk) ON DELETE CASCADE,
    type TEXT NOT NULL,
    CHECK (source_pk <> target_pk),
    PRIMARY KEY (source_pk, type, target_pk)
) WITHOUT ROWID;
CREATE INDEX ix_paper_links_target ON paper_links(target_pk, type, source_pk);

-- Full text over paper titles and abstracts and entity names and aliases. Row ids: paper pk for papers,
-- minus entity pk for entities.
CREATE VIRTUAL TABLE search_index USING fts5(
    node_id UNINDEXED,
    kind UNINDEXED,
    label,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
