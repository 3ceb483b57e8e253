-- Story and event clusters written by `detente cluster` (detente/relations/clusters.py); rebuilt on every run.
-- story_clusters: near-duplicate articles (MinHash LSH on word shingles) grouped into stories.
-- event_clusters: one row per real-world event as reported across articles and outlets (GDELT-style counts).

CREATE TABLE IF NOT EXISTS story_clusters (
    doc_id    VARCHAR,               -- documents.id
    story_id  VARCHAR,               -- id of the story's earliest document
    size      INTEGER                -- documents in the story
);

CREATE TABLE IF NOT EXISTS event_clusters (
    cluster_id      VARCHAR,         -- id of the cluster's representative event (events.id)
    type            VARCHAR,         -- PLOVER type
    source_country  VARCHAR,
    target_country  VARCHAR,
    source_name     VARCHAR,
    target_name     VARCHAR,
    first_day       DATE,
    last_day        DATE,
    num_mentions    INTEGER,         -- events (mentions) in the cluster, like GDELT NumMentions
    num_articles    INTEGER,         -- distinct documents, like GDELT NumArticles
    num_sources     INTEGER,         -- distinct outlets (site, else URL host, else input source), like GDELT NumSources
    mean_score      DOUBLE,
    sentence        VARCHAR          -- the representative event's evidence sentence
);

CREATE TABLE IF NOT EXISTS event_cluster_members (
    event_id    VARCHAR,             -- events.id
    cluster_id  VARCHAR
);

-- dyad_events, dyad_ranges, dyad_months (created by detente/relations/dyad_index.py, not here):
--   dyad_events: every events column plus a = least(source_country, target_country), b = greatest(...),
--   forward = (source_country = a), flagged = negated OR hypothetical OR future, the article title and the event's
--   cluster counts (cluster_id, num_mentions, num_articles, num_sources), stored sorted by (a, b, day, id DESC);
--   dyad_ranges(a, b, first_row, last_row, events, first_month_row, last_month_row, month_rows): each dyad's rowid run
--   in dyad_events and in dyad_months; dyad_months(a, b, month, type, forward, flagged, representative, n, score_sum,
--   scored, tone_sum, toned): per-month sums for series. Rebuilt by `detente cluster`; used only while
--   relations_meta 'dyad_events_count' still equals the number of rows in events (otherwise queries scan events).
CREATE TABLE IF NOT EXISTS relations_meta (
    key    VARCHAR,
    value  VARCHAR
);
