"""The schema loader: idempotent, upgrades in place, refuses what it cannot open."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from chronicle.db import SCHEMA_VERSION, connect, schema_files

CONTRACT = {
    "articles": {"article_id", "source", "title", "published_at", "body"},
    "temporal_expressions": {
        "article_id", "start_char", "end_char", "text", "timex_type", "timex_value",
        "start_date", "end_date", "granularity",
    },
    "timeline": {
        "event_id", "start_date", "end_date", "granularity", "timex_value", "headline",
        "sentence", "actors", "article_id", "source", "published_at", "confidence", "date_basis",
    },
    "runs": {"run_id", "status", "started_at", "finished_at"},
    "rejected_inputs": {"source", "line", "reason"},
}


def columns(con, table: str) -> set[str]:
    rows = con.execute(
        "select column_name from information_schema.columns where table_name = $t", {"t": table}
    ).fetchall()
    return {name for (name,) in rows}


@pytest.mark.parametrize(("table", "required"), sorted(CONTRACT.items()))
def test_public_contract_columns(db, table: str, required: set[str]) -> None:
    assert required <= columns(db, table)


def test_every_sql_file_states_its_grain() -> None:
    for name, text in schema_files():
        assert text.lstrip().startswith("--"), name
        assert "one row per" in text.split("\n\n")[0].lower() or "table macro" in text, name


def test_schema_is_idempotent_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / "x.duckdb"
    connect(path).close()
    con = connect(path)
    assert con.execute(
        "select value from chronicle_meta where key = 'schema_version'"
    ).fetchone() == (str(SCHEMA_VERSION),)
    assert con.execute("select count(*) from reference_events").fetchone()[0] >= 60
    con.close()


def test_movable_holidays_are_a_table_with_real_dates(tmp_path: Path) -> None:
    con = connect(tmp_path / "h.duckdb")
    types = dict(con.execute("select column_name, data_type from information_schema.columns"
                             " where table_name = 'movable_holidays'").fetchall())  # fmt: skip
    assert types == {"holiday": "VARCHAR", "date": "DATE"}
    day = con.execute("select date from movable_holidays where holiday = 'Passover'"
                      " and year(date) = 2013").fetchone()[0]  # fmt: skip
    assert day.isoformat() == "2013-03-26"
    con.close()


def test_older_database_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = connect(path)
    con.execute("drop view timeline")
    con.execute("drop table reference_events")
    con.execute("update chronicle_meta set value = 'older' where key = 'schema_digest'")
    con.close()
    con = connect(path)
    assert "headline" in columns(con, "timeline")
    assert con.execute("select count(*) from reference_events").fetchone()[0] > 0
    con.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    from chronicle.errors import DatabaseError

    path = tmp_path / "new.duckdb"
    con = connect(path)
    con.execute("update chronicle_meta set value = '999' where key = 'schema_version'")
    con.close()
    with pytest.raises(DatabaseError, match="newer Chronicle"):
        connect(path)


@pytest.mark.parametrize("content", [b"this is not a database", b"\x00" * 4096])
def test_non_database_file_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    from chronicle.errors import DatabaseError

    path = tmp_path / "junk.duckdb"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match="junk.duckdb"):
        connect(path)


def test_read_only_needs_an_existing_file(tmp_path: Path) -> None:
    from chronicle.errors import DatabaseError

    with pytest.raises(DatabaseError, match="does not exist"):
        connect(tmp_path / "missing.duckdb", read_only=True)


@pytest.mark.skipif(shutil.which("duckdb") is None, reason="duckdb command-line tool not installed")
def test_duckdb_cli_opens_our_file(tmp_path: Path) -> None:
    path = tmp_path / "cli.duckdb"
    connect(path).close()
    out = subprocess.run(
        ["duckdb", str(path), "-csv", "-c", "select count(*) from timeline"],
        capture_output=True, text=True, check=True,
    )
    assert out.stdout.strip().splitlines()[-1] == "0"
