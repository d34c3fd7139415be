-- event_clusters: one row per event mention, naming the merged timeline event it belongs to;
-- key: event_id. Written only by chronicle.merge.refresh_clusters: mentions from different
-- articles that report the same event share a cluster_id (the smallest event_id of the
-- cluster). article_id is kept so rows of a deleted or replaced article can be found.
create table if not exists event_clusters (
    event_id varchar primary key,
    cluster_id varchar not null,
    article_id varchar not null
);
