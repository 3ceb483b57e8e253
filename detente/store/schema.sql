-- Détente DuckDB schema (documented in docs/schema.md). Every statement is idempotent.
-- Offsets ("start"/"end") are character offsets into documents.text. "end" is an SQL keyword: quote it.
-- Keys are (doc_id, <n>) where <n> is the record's position in its document; doc_id is the content hash.

CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);

CREATE TABLE IF NOT EXISTS documents (
    id                 VARCHAR PRIMARY KEY,   -- content hash of the raw input (RawDocument.id)
    url                VARCHAR,
    title              VARCHAR,
    published          DATE,                  -- publication date (metadata, or inferred from the text)
    published_inferred BOOLEAN,
    authors            VARCHAR[],
    language           VARCHAR,               -- main language (ISO 639-1)
    site               VARCHAR,
    source             VARCHAR,               -- where it was read from: path, path:line, path#record, URL
    sections           VARCHAR[],
    captions           VARCHAR[],
    text               VARCHAR,               -- paragraphs joined by blank lines; all offsets point into it
    ingested_at        TIMESTAMP,
    warnings           VARCHAR[],             -- analysis stages that failed on this article (their layers are empty)
    updated            DATE                   -- date the text was rewritten on (page last-modified, long after published)
);
-- Stores written before warnings / updated existed gain the columns (null = none).
ALTER TABLE documents ADD COLUMN IF NOT EXISTS warnings VARCHAR[];
ALTER TABLE documents ADD COLUMN IF NOT EXISTS updated DATE;

CREATE TABLE IF NOT EXISTS paragraphs (
    doc_id    VARCHAR,
    paragraph INTEGER,                        -- 0-based position in the article
    text      VARCHAR,
    lang      VARCHAR,
    kind      VARCHAR,                        -- body | heading | caption
    "start"   INTEGER,
    "end"     INTEGER
);

CREATE TABLE IF NOT EXISTS rejects (
    source VARCHAR,                           -- path, path:line, path#record or URL
    reason VARCHAR,
    doc_id VARCHAR,                           -- content hash when the input could be read
    rejected_at TIMESTAMP
);

CREATE TABLE IF NOT EXISTS actors (
    doc_id   VARCHAR,
    actor_id VARCHAR,                         -- stable within the document, e.g. "A1"
    text     VARCHAR,                         -- fullest mention
    name     VARCHAR,                         -- canonical name
    country  VARCHAR,                         -- ISO3 or IGO code
    sector   VARCHAR,                         -- GOV, MIL, REB, OPP, CVL, BUS, MED, IGO, ...
    role     VARCHAR,
    country_inferred BOOLEAN                  -- country taken from the context, not the phrase
);
ALTER TABLE actors ADD COLUMN IF NOT EXISTS country_inferred BOOLEAN;

CREATE TABLE IF NOT EXISTS actor_mentions (
    doc_id   VARCHAR,
    actor_id VARCHAR,
    mention  INTEGER,                         -- 0-based position in Actor.mentions
    text     VARCHAR,
    "start"  INTEGER,
    "end"    INTEGER
);

CREATE TABLE IF NOT EXISTS events (
    id                  VARCHAR,              -- "<doc_id>-<event_id>", unique across the store
    doc_id              VARCHAR,
    event_id            INTEGER,              -- 0-based position in Document.events
    type                VARCHAR,              -- PLOVER type, e.g. CONSULT
    mode                VARCHAR,
    contexts            VARCHAR[],
    date                DATE,                 -- resolved event date
    date_text           VARCHAR,
    date_precision      VARCHAR,              -- day | week | month | year
    day                 DATE,                 -- date for time series: date, else the publication date
    location_name       VARCHAR,
    location_country    VARCHAR,
    location_lat        DOUBLE,
    location_lon        DOUBLE,
    location_geonameid  BIGINT,
    negated             BOOLEAN,
    hypothetical        BOOLEAN,
    future              BOOLEAN,
    historical          BOOLEAN,
    score               DOUBLE,               -- PLOVER cooperation-conflict score
    confidence          DOUBLE,
    tone                DOUBLE,               -- mean tone of the sentences overlapping the evidence (-10..+10)
    sentence            VARCHAR,              -- evidence sentence
    sentence_start      INTEGER,
    sentence_end        INTEGER,
    trigger_start       INTEGER,
    trigger_end         INTEGER,
    source_span_start   INTEGER,
    source_span_end     INTEGER,
    target_span_start   INTEGER,
    target_span_end     INTEGER,
    -- first source/target actor, denormalised for listings and exports (all actors are in event_actors)
    source_actor_id     VARCHAR,
    source_name         VARCHAR,
    source_country      VARCHAR,
    source_sector       VARCHAR,
    target_actor_id     VARCHAR,
    target_name         VARCHAR,
    target_country      VARCHAR,
    target_sector       VARCHAR,
    source_url          VARCHAR,              -- documents.url
    published           DATE,                 -- documents.published
    -- further mentions of the same event in the document (Event.other_mentions); it is mentioned 1 + len(...) times
    other_mentions      STRUCT(sentence VARCHAR, "start" INTEGER, "end" INTEGER, trigger_start INTEGER, trigger_end INTEGER, source_span_start INTEGER, source_span_end INTEGER, target_span_start INTEGER, target_span_end INTEGER)[],
    -- every distinct country among the sources / targets, the first actor's first: dyad queries match any pair
    source_countries    VARCHAR[],
    target_countries    VARCHAR[]
);
ALTER TABLE events ADD COLUMN IF NOT EXISTS other_mentions STRUCT(sentence VARCHAR, "start" INTEGER, "end" INTEGER, trigger_start INTEGER, trigger_end INTEGER, source_span_start INTEGER, source_span_end INTEGER, target_span_start INTEGER, target_span_end INTEGER)[];

CREATE TABLE IF NOT EXISTS event_actors (
    doc_id   VARCHAR,
    event_id INTEGER,
    role     VARCHAR,                         -- 'source' | 'target'
    position INTEGER,                         -- 0-based position in Event.source / Event.target
    actor_id VARCHAR,
    name     VARCHAR,
    country  VARCHAR,
    sector   VARCHAR
);


CREATE TABLE IF NOT EXISTS quotes (
    id                VARCHAR,                -- "<doc_id>-<quote_id>"
    doc_id            VARCHAR,
    quote_id          INTEGER,                -- 0-based position in Document.quotes
    text              VARCHAR,
    "start"           INTEGER,
    "end"             INTEGER,
    direct            BOOLEAN,
    cue               VARCHAR,
    speaker_text      VARCHAR,
    speaker_name      VARCHAR,
    speaker_country   VARCHAR,
    speaker_sector    VARCHAR,
    speaker_actor_id  VARCHAR,
    about             VARCHAR,
    tone              DOUBLE
);

CREATE TABLE IF NOT EXISTS tone (
    doc_id     VARCHAR,
    article    DOUBLE,                                           -- -10..+10
    paragraphs DOUBLE[],                                         -- one score per paragraph
    sentences  STRUCT("start" INTEGER, "end" INTEGER, score DOUBLE)[]
);

-- Point lookups by document, and equality filters on dyads/types. Date ranges use DuckDB's zone maps.
CREATE INDEX IF NOT EXISTS paragraphs_doc ON paragraphs (doc_id);
CREATE INDEX IF NOT EXISTS actors_doc ON actors (doc_id);
CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id);
CREATE INDEX IF NOT EXISTS events_id ON events (id);
CREATE INDEX IF NOT EXISTS events_dyad ON events (source_country, target_country);
CREATE INDEX IF NOT EXISTS events_type ON events (type);
CREATE INDEX IF NOT EXISTS event_actors_doc ON event_actors (doc_id, event_id);
CREATE INDEX IF NOT EXISTS event_actors_country ON event_actors (country);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes (doc_id);
CREATE INDEX IF NOT EXISTS tone_doc ON tone (doc_id);
