"""The whole path through a real Prefect flow run into a real DuckDB file."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from chronicle.db import connect
from chronicle.settings import Settings

pytestmark = [pytest.mark.model, pytest.mark.slow]


@pytest.fixture(scope="module")
def run(prefect_harness):
    from chronicle.flows.pipeline import run_pipeline

    def go(db: Path, *paths: Path) -> dict:
        return run_pipeline(Settings(db=db, batch_size=4), [str(p) for p in paths])

    return go


@pytest.fixture(scope="module")
def seed_db(run, seed_dir: Path, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("seed") / "s.duckdb"
    counts = run(db, seed_dir)
    assert counts["new"] == 1 and counts["rejected"] == 0
    return db


def scalar(db: Path, sql: str, params: dict | None = None):
    con = connect(db, read_only=True)
    try:
        return con.execute(sql, params or {}).fetchall()
    finally:
        con.close()


def test_letters_exchange_is_dated_from_the_anniversary(seed_db: Path) -> None:
    rows = scalar(
        seed_db,
        "select start_date, date_basis from timeline where sentence like '%exchange of letters%'",
    )
    assert rows == [(date(2023, 8, 15), "anniversary")]


def test_world_war_two_is_an_interval(seed_db: Path) -> None:
    rows = scalar(
        seed_db,
        "select start_date, end_date from temporal_expressions where text = 'World War II'",
    )
    assert rows == [(date(1939, 9, 1), date(1945, 9, 2))]


def test_no_date_from_bare_ordinal_or_numbers(seed_db: Path) -> None:
    rows = scalar(
        seed_db,
        "select text from temporal_expressions where text in ('78th', 'two', 'the two leaders')",
    )
    assert rows == []


def test_run_is_recorded(seed_db: Path) -> None:
    rows = scalar(seed_db, "select status, articles_read, articles_new, events from runs")
    assert len(rows) == 1
    status, read, new, events = rows[0]
    assert (status, read, new) == ("completed", 1, 1) and events > 0


def test_rerun_adds_nothing(run, seed_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "again.duckdb"
    run(db, seed_dir)
    tables = ("articles", "temporal_expressions", "events")
    before = {t: scalar(db, f"select count(*) from {t}")[0][0] for t in tables}
    counts = run(db, seed_dir)
    assert (counts["new"], counts["changed"], counts["unchanged"]) == (0, 0, 1)
    assert {t: scalar(db, f"select count(*) from {t}")[0][0] for t in tables} == before


def test_changed_article_replaces_its_rows(run, seed_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text(
        "date 2023-11-06 The council met on Friday. It will vote next month.", encoding="utf-8"
    )
    db = tmp_path / "c.duckdb"
    run(db, folder)
    article.write_text("date 2023-11-06 The council met yesterday.", encoding="utf-8")
    counts = run(db, folder)
    assert (counts["new"], counts["changed"]) == (0, 1)
    assert scalar(db, "select count(*) from articles") == [(1,)]
    assert scalar(db, "select text from temporal_expressions") == [("yesterday",)]
    assert scalar(db, "select start_date from timeline") == [(date(2023, 11, 5),)]


def test_bad_inputs_are_recorded_and_the_run_goes_on(run, seed_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(next(seed_dir.glob("*.txt")), folder / "good.txt")
    (folder / "blob.bin").write_bytes(bytes(range(256)) * 4)
    (folder / "bad.txt").write_text("date 2023-13-45 Impossible date.", encoding="utf-8")
    db = tmp_path / "m.duckdb"
    counts = run(db, folder)
    assert (counts["read"], counts["rejected"]) == (1, 2)
    rows = scalar(db, "select source, reason from rejected_inputs order by source")
    assert [Path(s).name for s, _ in rows] == ["bad.txt", "blob.bin"]
    assert "2023-13-45" in rows[0][1] and "binary" in rows[1][1]


def test_dates_at_the_calendar_edge_and_copies(run, seed_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "edge"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(
            f"date 2023-11-06 The Roman Empire under Augustus expanded in the 1st century, "
            f"historians in Rome say. Source {name}.",
            encoding="utf-8",
        )
    shutil.copy(folder / "a.txt", folder / "copy-of-a.txt")
    db = tmp_path / "e.duckdb"
    counts = run(db, folder)
    assert (counts["new"], counts["rejected"]) == (2, 1)
    rows = scalar(db, "select source, reason from rejected_inputs")
    assert [(Path(s).name, r.split(" (")[0][:21]) for s, r in rows] == [
        ("copy-of-a.txt", "same content as artic")
    ]


DATA_TESTS = {
    "duplicate article ids": "select article_id from articles group by 1 having count(*) > 1",
    "duplicate event ids": "select event_id from events group by 1 having count(*) > 1",
    "orphan events": "select event_id from events anti join articles using (article_id)",
    "orphan expressions": "select article_id from temporal_expressions "
    "anti join articles using (article_id)",
    "bad timex types": "select timex_type from temporal_expressions "
    "where timex_type not in ('DATE', 'TIME', 'DURATION', 'SET')",
    "bad date basis": "select date_basis from events where date_basis not in "
    "('explicit', 'anniversary', 'named_event', 'inherited', 'publication')",
    "inverted intervals": "select * from temporal_expressions where start_date > end_date",
    "offsets outside body": "select t.* from temporal_expressions t join articles a "
    "using (article_id) where t.end_char > length(a.body) "
    "or substring(a.body, t.start_char + 1, t.end_char - t.start_char) <> t.text",
}


@pytest.mark.parametrize("sql", DATA_TESTS.values(), ids=DATA_TESTS.keys())
def test_data_tests_return_no_rows(run, tmp_path_factory, sql: str) -> None:
    from importlib.resources import files

    db = tmp_path_factory.getbasetemp() / "samples.duckdb"
    if not db.exists():
        run(db, Path(str(files("chronicle.seeds") / "articles")))
    assert scalar(db, sql) == []
