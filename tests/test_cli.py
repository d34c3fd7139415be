"""The command-line boundary: user mistakes give `Error: ...`, exit 1 and no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def chronicle(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "chronicle.cli", *args],
        capture_output=True, text=True, timeout=300, env={**os.environ, **(env or {})},
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "no/such/folder", "--db", "{tmp}/x.duckdb"], "input no/such/folder does not"),
        (["run", "{tmp}", "--db", "{tmp}/missing-dir/x.duckdb"], "folder"),
        (["run", "{tmp}", "--db", "{tmp}/junk.duckdb"], "not a valid DuckDB database"),
        (["sql", "select 1", "--db", "{tmp}/none.duckdb"], "does not exist"),
        (["sql", "select * from nowhere", "--db", "{tmp}/ok.duckdb"], "query failed"),
        (["sql", " ", "--db", "{tmp}/ok.duckdb"], "the query is empty"),
        (["sql", "select 1; select 2", "--db", "{tmp}/ok.duckdb"], "one SQL statement, not 2"),
        (["export", "{tmp}/o.csv", "--db", "{tmp}/ok.duckdb", "--since", "2023-02-30"],
         "2023-02-30"),
    ],
)
def test_user_mistakes(tmp_path: Path, args: list[str], message: str) -> None:
    from chronicle.db import connect

    connect(tmp_path / "ok.duckdb").close()
    (tmp_path / "junk.duckdb").write_bytes(b"not a database at all" * 100)
    result = chronicle(*(a.replace("{tmp}", str(tmp_path)) for a in args))
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("Error: "), result.stderr
    assert message.replace("{tmp}", str(tmp_path)) in result.stderr
    assert "Traceback" not in result.stderr


def test_sql_formats(tmp_path: Path) -> None:
    from chronicle.db import connect

    connect(tmp_path / "ok.duckdb").close()
    db = str(tmp_path / "ok.duckdb")
    csv_out = chronicle("sql", "select 1 as a, 'x,y' as b", "--db", db, "--format", "csv")
    assert csv_out.returncode == 0
    assert csv_out.stdout.splitlines() == ["a,b", '1,"x,y"']
    json_out = chronicle("sql", "select [1, 2] as l, date '2023-08-15' as d", "--db", db,
                         "--format", "json")
    assert json_out.stdout.replace(" ", "").replace("\n", "") == '[{"l":[1,2],"d":"2023-08-15"}]'


def test_bad_setting_in_the_environment(tmp_path: Path) -> None:
    result = chronicle("sql", "select 1", "--db", str(tmp_path / "x.duckdb"),
                       env={"CHRONICLE_BATCH_SIZE": "abc"})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: invalid setting CHRONICLE_BATCH_SIZE='abc'")
