"""Views and macros of sql/ on a small fixture: timeline, mentions, sources, entity, article,
by-day and review."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from helpers import event_id, event_row, write_article

from chronicle.db import connect
from chronicle.events import find_events
from chronicle.merge import name_key, refresh_clusters
from chronicle.tasks.ingest import parse_text_article

EVENT_FIELDS = (
    "sentence", "trigger", "headline", "actors", "places", "start_date", "end_date",
    "granularity", "timex_value", "date_basis", "confidence", "planned",
)

CONTRACT = {
    "event_id", "start_date", "end_date", "granularity", "timex_value", "headline", "sentence",
    "actors", "article_id", "source", "published_at", "confidence", "date_basis",
}
D = date(2023, 8, 15)


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    con = connect(tmp_path_factory.mktemp("views") / "v.duckdb")
    articles = {
        "A": (date(2023, 8, 16), [
            event_row("A", 0, start_date=D, trigger="exchange",
                      actors=["Kim Jong Un", "Vladimir Putin"], places=["North Korea"]),
            event_row("A", 1, start_date=date(1939, 9, 1), end_date=date(1945, 9, 2),
                      granularity="year", date_basis="named_event", trigger="establish",
                      actors=["North Korea", "Russia"]),
        ]),
        "B": (date(2023, 8, 17), [
            event_row("B", 0, start_date=D, trigger="exchange", actors=["Kim Jong Un's"]),
            event_row("B", 1, start_date=date(2023, 8, 17), end_date=None, trigger="discuss",
                      timex_value="FUTURE_REF", granularity=None, date_basis="publication",
                      confidence=0.3, planned=True, actors=["the United States", "Japan"]),
        ]),
    }
    for article_id, (published, rows) in articles.items():
        write_article(con, article_id, published, rows, source=f"news/{article_id}.txt")
    refresh_clusters(con, list(articles))
    yield con
    con.close()


def columns(con, relation: str) -> set[str]:
    return {d[0] for d in con.execute(f"select * from {relation} limit 0").description}


@pytest.mark.parametrize(
    "relation",
    ["timeline", "timeline_mentions", "entity_timeline('Japan')", "article_timeline('A')"],
)
def test_public_contract_columns(con, relation: str) -> None:
    assert CONTRACT <= columns(con, relation)


def test_timeline_is_merged_and_ordered(con) -> None:
    rows = con.execute(
        "select start_date, end_date, trigger, source_count, planned from timeline"
    ).fetchall()
    assert rows == [
        (date(1939, 9, 1), date(1945, 9, 2), "establish", 1, False),
        (D, D, "exchange", 2, False),
        (date(2023, 8, 17), None, "discuss", 1, True),
    ]
    assert con.execute("select count(*) from timeline_mentions").fetchone() == (4,)


def test_event_sources_lists_every_article(con) -> None:
    rows = con.execute(
        "select s.article_id, s.source, s.agrees from event_sources as s "
        "join timeline as t using (event_id) where t.trigger = 'exchange' order by 1"
    ).fetchall()
    assert rows == [("A", "news/A.txt", True), ("B", "news/B.txt", True)]


@pytest.mark.parametrize(
    ("name", "triggers"),
    [
        ("north korea", ["establish", "exchange"]),  # an actor of one, a place of the other
        ("NORTH KOREA'S", ["establish", "exchange"]),
        ("kim jong un", ["exchange"]),  # B wrote "Kim Jong Un's"; merged row lists both forms
        ("The U.S.", []),
        ("united states", ["discuss"]),
        ("the United States", ["discuss"]),
        ("Korea", []),  # no partial matches
    ],
)
def test_entity_timeline_matches_aliases(con, name: str, triggers: list[str]) -> None:
    rows = con.execute("select trigger from entity_timeline($n)", {"n": name}).fetchall()
    assert [r[0] for r in rows] == triggers


@pytest.mark.parametrize(
    "name", ["North Korea's", "the U.S.", "  The  Hague ", "Kim Jong Un\u2019s", "U.N."]
)
def test_sql_and_python_name_keys_agree(con, name: str) -> None:
    assert con.execute("select entity_key($n)", {"n": name}).fetchall() == [(name_key(name),)]


@pytest.mark.parametrize(("ident", "count"), [("A", 2), ("news/B.txt", 2), ("nope", 0)])
def test_article_timeline(con, ident: str, count: int) -> None:
    rows = con.execute(
        "select article_id, source_count from article_timeline($i)", {"i": ident}
    ).fetchall()
    assert len(rows) == count
    assert all(r[0] in ident or ident.endswith(f"{r[0]}.txt") for r in rows)


def test_timeline_by_day(con) -> None:
    rows = con.execute("select period, period_start, events, mentions, merged from "
                       "timeline_by_day").fetchall()
    assert rows == [
        ("day", D, 1, 2, 1),
        ("month", date(2023, 8, 1), 1, 2, 1),
        ("year", date(2023, 1, 1), 1, 2, 1),
    ]


def test_timeline_review(con) -> None:
    rows = con.execute("select trigger, reasons from timeline_review").fetchall()
    assert rows == [("discuss", ["low_confidence"])]


# --- golden timeline: given articles in tests/golden/articles/, expected rows out -----------

GOLDEN = Path(__file__).resolve().parent / "golden"
GOLDEN_SQL = """
    select
        strftime(start_date, '%Y-%m-%d') as start_date,
        coalesce(strftime(end_date, '%Y-%m-%d'), '') as end_date,
        date_basis,
        planned::varchar as planned,
        trigger,
        headline,
        array_to_string(actors, ';') as actors,
        source_count::varchar as source_count,
        array_to_string(list_transform(sources, lambda s: parse_filename(s)), ';') as sources
    from timeline
"""


@pytest.fixture(scope="module")
def nlp():
    from chronicle.nlp import load_pipeline

    return load_pipeline()


def golden_rows(nlp, tmp_path: Path, paths: list[Path]) -> list[dict[str, str]]:
    con = connect(tmp_path / "golden.duckdb")
    for path in paths:
        article = parse_text_article(path, path.read_text(encoding="utf-8"))
        doc = nlp.make_doc(article.body)
        doc._.dct = article.published_at
        rows = [
            event_row(article.article_id, e.sentence_index, **{
                **{k: getattr(e, k) for k in EVENT_FIELDS},
                "event_id": event_id(article.article_id, e.sentence_start, e.clause_index),
                "sentence_start": e.sentence_start,
                "sentence_end": e.sentence_end,
            })
            for e in find_events(nlp(doc), article.published_at)
        ]
        write_article(con, article.article_id, article.published_at, rows, source=str(path))
        refresh_clusters(con, [article.article_id])
    cursor = con.execute(GOLDEN_SQL)
    names = [d[0] for d in cursor.description]
    out = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    con.close()
    return out


@pytest.mark.model
@pytest.mark.parametrize("reverse", [False, True])
def test_golden_timeline(nlp, tmp_path: Path, reverse: bool) -> None:
    paths = sorted((GOLDEN / "articles").glob("*.txt"), reverse=reverse)
    with (GOLDEN / "timeline.csv").open(encoding="utf-8", newline="") as handle:
        expected = list(csv.DictReader(handle))
    actual = golden_rows(nlp, tmp_path, paths)
    for number, (want, got) in enumerate(zip(expected, actual, strict=False), start=1):
        assert got == want, f"row {number}"
    assert len(actual) == len(expected)
