"""Writing articles and events rows the way the lead's store step does, for tests."""

from __future__ import annotations

import hashlib
from datetime import date

import duckdb
import pyarrow as pa

EVENT_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("article_id", pa.string()),
        ("sentence_index", pa.int32()),
        ("sentence_start", pa.int32()),
        ("sentence_end", pa.int32()),
        ("sentence", pa.string()),
        ("trigger", pa.string()),
        ("headline", pa.string()),
        ("actors", pa.list_(pa.string())),
        ("places", pa.list_(pa.string())),
        ("timex_value", pa.string()),
        ("start_date", pa.date32()),
        ("end_date", pa.date32()),
        ("granularity", pa.string()),
        ("date_basis", pa.string()),
        ("confidence", pa.float64()),
        ("planned", pa.bool_()),
    ]
)


def event_id(article_id: str, sentence_start: int, clause_index: int) -> str:
    key = f"{article_id}:{sentence_start}:{clause_index}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def event_row(article_id: str, index: int, **values: object) -> dict:
    """An events row with defaults: sentence `index`, clause 0, dated explicitly."""
    start = values.get("start_date")
    row = {
        "event_id": event_id(article_id, index * 100, int(values.pop("clause_index", 0))),
        "article_id": article_id,
        "sentence_index": index,
        "sentence_start": index * 100,
        "sentence_end": index * 100 + 99,
        "sentence": f"sentence {index} of {article_id}",
        "trigger": None,
        "headline": None,
        "actors": [],
        "places": [],
        "timex_value": start.isoformat() if isinstance(start, date) else None,
        "start_date": start,
        "end_date": start,
        "granularity": "day",
        "date_basis": "explicit",
        "confidence": 0.9,
        "planned": False,
    }
    row.update(values)
    return row


def write_article(
    con: duckdb.DuckDBPyConnection,
    article_id: str,
    published: date,
    events: list[dict],
    source: str | None = None,
) -> None:
    """Replace one article's rows in one transaction (delete, then bulk insert from Arrow)."""
    article = pa.Table.from_pylist(
        [
            {
                "article_id": article_id,
                "source": source or f"{article_id}.txt",
                "title": f"Title of {article_id}",
                "published_at": published,
                "body": "body",
                "content_hash": "x",
                "run_id": "test",
                "ingested_at": "2024-01-01 00:00:00",
            }
        ]
    )
    rows = pa.Table.from_pylist(events, schema=EVENT_SCHEMA)
    con.begin()
    delete_article(con, article_id, commit=False)
    con.register("_article", article)
    con.register("_events", rows)
    con.execute("insert into articles by name select * from _article")
    con.execute("insert into events by name select * from _events")
    con.unregister("_article")
    con.unregister("_events")
    con.commit()


def delete_article(con: duckdb.DuckDBPyConnection, article_id: str, *, commit: bool = True) -> None:
    if commit:
        con.begin()
    for table in ("events", "temporal_expressions", "articles"):
        con.execute(f"delete from {table} where article_id = $id", {"id": article_id})
    if commit:
        con.commit()
