"""Writing to DuckDB: run bookkeeping, change detection and bulk batch writes.

There is one writer: every function here takes the connection of the process that owns the
database file. Rows go in through Arrow tables (`insert into t (cols) select cols from
<arrow>`), one transaction per batch, never row by row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import duckdb
import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE

from chronicle.db import connect, transaction
from chronicle.merge import refresh_clusters
from chronicle.settings import Settings
from chronicle.tasks.extract import Extraction
from chronicle.tasks.ingest import Article, Rejection

#: Tables a batch writes, children first (the order deletes run in).
BATCH_TABLES = ("events", "temporal_expressions", "articles")
_WRITABLE = frozenset(BATCH_TABLES) | {"rejected_inputs", "runs"}


@dataclass(slots=True)
class Plan:
    """Which articles need work: new ones, changed ones (rows replaced) and unchanged ones."""

    todo: list[Article] = field(default_factory=list)
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    #: Articles whose content is already stored under another id (the same file read from
    #: another path, a re-posted record): recorded, not stored twice.
    duplicates: list[Rejection] = field(default_factory=list)
    #: Articles that were to be written but failed extraction (counted neither new nor changed).
    failed: int = 0

    #: Ids among `todo` that the database has not seen.
    new_ids: set[str] = field(default_factory=set)

    def drop(self, rejected: list[Rejection]) -> None:
        """Take articles that failed extraction out of the new/changed counts."""
        planned = {a.article_id for a in self.todo}
        for rejection in rejected:
            if rejection.article_id not in planned:
                continue
            self.failed += 1
            if rejection.article_id in self.new_ids:
                self.new -= 1
            else:
                self.changed -= 1


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    rows = con.execute(
        "select column_name from information_schema.columns where table_name = $t "
        "order by ordinal_position",
        {"t": table},
    ).fetchall()
    return [name for (name,) in rows]


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> int:
    """Bulk insert `rows` (dicts keyed by column name) through an Arrow table."""
    if table not in _WRITABLE:
        raise ValueError(f"not a writable table: {table}")
    if not rows:
        return 0
    columns = [c for c in table_columns(con, table) if c in rows[0]]
    batch = pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in rows])
    con.register("_chronicle_batch", batch)
    try:
        names = ", ".join(columns)
        # `table` is allow-listed above and the columns come from the catalogue.
        con.execute(f"insert into {table} ({names}) select {names} from _chronicle_batch")
    finally:
        con.unregister("_chronicle_batch")
    return len(rows)


def plan_changes(con: duckdb.DuckDBPyConnection, articles: list[Article]) -> Plan:
    """Compare content hashes with what the database holds."""
    if not articles:
        return Plan()
    keys = pa.table({
        "article_id": [a.article_id for a in articles],
        "content_hash": [a.content_hash for a in articles],
    })
    con.register("_chronicle_keys", keys)
    try:
        known = dict(
            con.execute(
                "select article_id, content_hash from articles "
                "where article_id in (select article_id from _chronicle_keys)"
            ).fetchall()
        )
        stored: dict[str, dict[str, str]] = {}
        for content_hash, article_id, source in con.execute(
            "select content_hash, article_id, source from articles "
            "where content_hash in (select content_hash from _chronicle_keys) order by article_id"
        ).fetchall():
            stored.setdefault(content_hash, {})[article_id] = source
    finally:
        con.unregister("_chronicle_keys")
    plan = Plan()
    taken: dict[str, tuple[str, str]] = {}  # content hash -> the article (id, source) that has it
    for article in articles:
        holders = stored.get(article.content_hash, {})
        holder = taken.get(article.content_hash)
        if holder is None and holders and article.article_id not in holders:
            holder = next(iter(holders.items()))
        if holder is not None and holder[0] != article.article_id:
            plan.duplicates.append(Rejection(
                article.source, f"same content as article {holder[0]} ({holder[1]})"))
            continue
        taken[article.content_hash] = (article.article_id, article.source)
        previous = known.get(article.article_id)
        if previous is None:
            plan.new += 1
            plan.new_ids.add(article.article_id)
            plan.todo.append(article)
        elif previous != article.content_hash:
            plan.changed += 1
            plan.todo.append(article)
        else:
            plan.unchanged += 1
    return plan


def write_extraction(
    con: duckdb.DuckDBPyConnection, extraction: Extraction, run_id: str
) -> list[str]:
    """Replace the rows of every article in `extraction` and record its failed articles, in
    one transaction; returns the ids written."""
    ids = [row["article_id"] for row in extraction.articles]
    with transaction(con):
        con.register("_chronicle_ids", pa.table({"article_id": ids}))
        try:
            for table in BATCH_TABLES:
                con.execute(
                    f"delete from {table} "
                    "where article_id in (select article_id from _chronicle_ids)"
                )
        finally:
            con.unregister("_chronicle_ids")
        insert_rows(con, "articles", extraction.articles)
        insert_rows(con, "temporal_expressions", extraction.timexes)
        insert_rows(con, "events", extraction.events)
        refresh_clusters(con, ids)
        insert_rows(con, "rejected_inputs", rejection_rows(run_id, extraction.rejected))
    return ids


def start_run_row(con: duckdb.DuckDBPyConnection, run_id: str, sources: list[str]) -> None:
    insert_rows(
        con,
        "runs",
        [{"run_id": run_id, "started_at": datetime.now(), "status": "running", "sources": sources}],
    )


def finish_run_row(
    con: duckdb.DuckDBPyConnection, run_id: str, status: str, counts: dict, message: str | None
) -> None:
    con.execute(
        """
        update runs set
            finished_at = $finished, status = $status, message = $message,
            articles_read = $read, articles_new = $new, articles_changed = $changed,
            articles_unchanged = $unchanged, rejected = $rejected, events = $events,
            temporal_expressions = $timexes,
            seconds = epoch($finished::timestamp) - epoch(started_at)
        where run_id = $run_id
        """,
        {
            "finished": datetime.now(),
            "status": status,
            "message": message,
            "read": counts.get("read", 0),
            "new": counts.get("new", 0),
            "changed": counts.get("changed", 0),
            "unchanged": counts.get("unchanged", 0),
            "rejected": counts.get("rejected", 0),
            "events": counts.get("events", 0),
            "timexes": counts.get("timexes", 0),
            "run_id": run_id,
        },
    )


def rejection_rows(run_id: str, rejections: list[Rejection]) -> list[dict]:
    now = datetime.now()
    return [
        {"run_id": run_id, "source": r.source, "line": r.line, "reason": r.reason,
         "rejected_at": now}
        for r in rejections
    ]


@task(name="start-run", cache_policy=NO_CACHE)
def start_run(settings: Settings, run_id: str, sources: list[str]) -> None:
    with connect(settings.db) as con:
        start_run_row(con, run_id, sources)


@task(name="plan-changes", cache_policy=NO_CACHE)
def plan_articles(settings: Settings, articles: list[Article]) -> Plan:
    """Split `articles` into new, changed and unchanged against the database."""
    with connect(settings.db) as con:
        return plan_changes(con, articles)


@task(name="record-rejections", cache_policy=NO_CACHE)
def record_rejections(settings: Settings, run_id: str, rejections: list[Rejection]) -> int:
    with connect(settings.db) as con:
        return insert_rows(con, "rejected_inputs", rejection_rows(run_id, rejections))


@task(name="store-batch", cache_policy=NO_CACHE)
def store_batch(settings: Settings, run_id: str, extraction: Extraction) -> int:
    """Write one extracted batch in one transaction (and its failed articles); returns the
    number of events written."""
    with connect(settings.db) as con:
        write_extraction(con, extraction, run_id)
    return len(extraction.events)


@task(name="finish-run", cache_policy=NO_CACHE)
def finish_run(
    settings: Settings, run_id: str, status: str, counts: dict, message: str | None = None
) -> None:
    with connect(settings.db) as con:
        finish_run_row(con, run_id, status, counts, message)
