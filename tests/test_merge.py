"""Merging event mentions across articles: the pairwise rule, clusters, incremental refresh."""

from __future__ import annotations

import random
from datetime import date

import pytest
from helpers import delete_article, event_row, write_article

from chronicle.db import connect
from chronicle.merge import Mention, clusters, name_key, refresh_clusters, same_event

D = date(2023, 8, 15)


def mention(event_id: str, article_id: str, start: date | None = D, end: date | None = None,
            trigger: str | None = "exchange", headline: str | None = None,
            actors: tuple[str, ...] = ("Kim Jong Un", "Vladimir Putin")) -> Mention:
    return Mention(event_id, article_id, start, end or start, trigger, headline, actors)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("North Korea", "north korea"),
        ("North Korea's", "north korea"),
        ("North Korea\u2019s", "north korea"),
        ("the United States", "united states"),
        ("The U.S.", "us"),
        ("  Kim   Jong Un ", "kim jong un"),
    ],
)
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("b", "expected"),
    [
        (mention("b", "B"), True),
        (mention("b", "A"), False),  # same article: never merged
        (mention("b", "B", actors=("kim jong un's",)), True),  # alias rule on actors
        (mention("b", "B", start=date(2023, 8, 16)), True),  # next day: merged, a conflict
        (mention("b", "B", start=date(2023, 8, 17)), False),  # beyond the one-day window
        (mention("b", "B", start=date(2023, 8, 25)), False),  # beyond the date window
        (mention("b", "B", start=None), False),  # undated
        (mention("b", "B", actors=("Joe Biden",)), False),  # no shared actor
        (mention("b", "B", trigger="criticize", headline="Kim criticized Putin"), False),
        (
            mention("b", "B", trigger="swap", headline="Kim and Putin exchanged letters"),
            True,
        ),
        (mention("b", "B", start=date(1939, 9, 1), end=date(1945, 9, 2)), False),
    ],
)
def test_same_event(b: Mention, expected: bool) -> None:
    a = mention("a", "A", headline="Kim and Putin exchange letters")
    assert same_event(a, b) is expected
    assert same_event(b, a) is expected


def test_clusters_are_connected_components_named_by_smallest_id() -> None:
    ms = [
        mention("e3", "A"),
        mention("e1", "B", start=date(2023, 8, 16)),
        mention("e2", "C", start=date(2023, 8, 17)),  # linked to e1 only (2 days from e3)
        mention("e9", "D", actors=("Joe Biden",)),
    ]
    expected = {"e1": "e1", "e2": "e1", "e3": "e1", "e9": "e9"}
    for seed in range(5):
        random.Random(seed).shuffle(ms)
        assert clusters(ms) == expected


def test_an_article_links_once_to_each_event_of_another() -> None:
    ms = [
        mention("a1", "A"),
        mention("b1", "B"),  # the same day as a1: the best match
        mention("b2", "B", start=date(2023, 8, 16)),  # also passes the rule, but a1 prefers b1
    ]
    assert clusters(ms) == {"a1": "a1", "b1": "a1", "b2": "b2"}


@pytest.fixture
def con(tmp_path):
    con = connect(tmp_path / "t.duckdb")
    yield con
    con.close()


ARTICLES = {
    "A": (
        date(2023, 8, 16),
        [
            event_row("A", 0, start_date=D, trigger="exchange", actors=["Kim Jong Un", "Putin"],
                      headline="Kim and Putin exchanged letters", confidence=0.8),
            event_row("A", 1, start_date=date(2023, 8, 16), trigger="say", actors=["KCNA"],
                      date_basis="publication", confidence=0.4),
        ],
    ),
    "B": (
        date(2023, 8, 17),
        [
            event_row("B", 0, start_date=D, trigger="exchange", confidence=0.7,
                      actors=["Vladimir Putin", "Kim Jong Un", "North Korea"],
                      headline="Putin and Kim exchange letters on liberation day"),
        ],
    ),
}


def ingest(con, names: list[str]) -> None:
    for name in names:
        published, rows = ARTICLES[name]
        write_article(con, name, published, rows)
        refresh_clusters(con, [name])


def timeline(con) -> list[tuple]:
    return con.execute("select * from timeline").fetchall()


@pytest.mark.parametrize("order", [["A", "B"], ["B", "A"]])
def test_two_articles_one_timeline_row_with_two_sources(con, order) -> None:
    ingest(con, order)
    rows = con.execute(
        "select start_date, source_count, sources, confidence, conflicting_dates from timeline "
        "where trigger = 'exchange'"
    ).fetchall()
    assert rows == [(D, 2, ["A.txt", "B.txt"], 0.94, False)]  # 1 - 0.2 * 0.3: agreement
    assert con.execute("select count(*) from event_sources where agrees").fetchone() == (3,)


def test_ingestion_order_does_not_change_rows(tmp_path) -> None:
    results = []
    for order in (["A", "B"], ["B", "A"]):
        con = connect(tmp_path / f"{''.join(order)}.duckdb")
        ingest(con, order)
        results.append((timeline(con), con.execute(
            "select * from event_clusters order by event_id").fetchall()))
        con.close()
    assert results[0] == results[1]


def test_conflicting_dates_are_kept_and_visible(con) -> None:
    ingest(con, ["A"])
    published, rows = ARTICLES["B"]
    write_article(con, "B", published, [{**rows[0], "start_date": date(2023, 8, 16),
                                         "end_date": date(2023, 8, 16)}])
    refresh_clusters(con, ["B"])
    row = con.execute(
        "select start_date, dates, conflicting_dates, source_count from timeline "
        "where trigger = 'exchange'"
    ).fetchone()
    assert row == (D, ["2023-08-15", "2023-08-16"], True, 2)
    review = con.execute("select reasons from timeline_review where trigger = 'exchange'")
    assert review.fetchall() == [(["conflicting_dates"],)]


def test_replaced_and_deleted_articles_leave_consistent_clusters(con) -> None:
    ingest(con, ["A", "B"])
    published, rows = ARTICLES["B"]
    write_article(con, "B", published, [{**rows[0], "start_date": date(2023, 9, 30),
                                         "end_date": date(2023, 9, 30)}])
    assert refresh_clusters(con, ["B"]) == 2  # B's event and its old partner in A
    assert con.execute("select max(source_count) from timeline").fetchone() == (1,)
    delete_article(con, "B")
    refresh_clusters(con, ["B"])
    assert con.execute("select count(*) from event_clusters").fetchone() == (2,)
    assert_data_tests(con)


def test_incremental_refresh_equals_full_recompute(con) -> None:
    rng = random.Random(7)
    people = ["Kim Jong Un", "Vladimir Putin", "Joe Biden", "Xi Jinping"]
    for number in range(12):
        article = f"N{number:02d}"
        rows = [
            event_row(article, i, start_date=date(2023, 8, rng.randint(10, 20)),
                      trigger=rng.choice(["meet", "exchange", "visit"]),
                      actors=rng.sample(people, 2))
            for i in range(3)
        ]
        write_article(con, article, date(2023, 8, 21), rows)
        refresh_clusters(con, [article])
    delete_article(con, "N03")
    refresh_clusters(con, ["N03"])
    stored = dict(con.execute("select event_id, cluster_id from event_clusters").fetchall())
    full = clusters(
        Mention(r[0], r[1], r[2], r[3], r[4], r[5], tuple(r[6]))
        for r in con.execute(
            "select event_id, article_id, start_date, end_date, trigger, headline, actors "
            "from events"
        ).fetchall()
    )
    assert stored == full
    assert len(set(full.values())) < len(full)  # the fixture does merge something
    assert_data_tests(con)


DATA_TESTS = {
    "event without a cluster row": """
        select event_id from events anti join event_clusters using (event_id)""",
    "cluster row without its event": """
        select event_id from event_clusters anti join events using (event_id)""",
    "cluster id is not its smallest member": """
        select cluster_id from event_clusters group by cluster_id
        having min(event_id) <> cluster_id""",
    "cluster row of another article": """
        select event_id from event_clusters join events as e using (event_id)
        where e.article_id <> event_clusters.article_id""",
    "duplicate timeline event": """
        select event_id from timeline group by event_id having count(*) > 1""",
    "event source without its timeline row": """
        select event_id from event_sources anti join timeline using (event_id)""",
    "timeline mention count differs from events": """
        select 1 where (select count(*) from timeline_mentions) <> (select count(*) from events)""",
}


def assert_data_tests(con) -> None:
    failures = {name: con.execute(sql).fetchall() for name, sql in DATA_TESTS.items()}
    assert {name: rows for name, rows in failures.items() if rows} == {}
