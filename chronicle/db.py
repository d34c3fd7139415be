"""The DuckDB side: connecting, applying `sql/` and `seeds/`, and bulk writes.

The schema is the ordered list of files in `sql/` (package `chronicle.sql`), one object per file.
Every file is idempotent (`create table if not exists`, `alter table ... add column if not
exists`, `create or replace view/macro`), so applying them all to a database made by an older
version upgrades it in place; `chronicle_meta.schema_version` records the version applied.
"""

from __future__ import annotations

import csv
import hashlib
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path

import duckdb
import pyarrow as pa

from chronicle.errors import DatabaseError

#: Bump when a file in sql/ changes the tables; the loader writes it to chronicle_meta.
SCHEMA_VERSION = 1
#: Files written by DuckDB 2.x stay readable by the 1.5 command-line tool.
STORAGE_COMPATIBILITY = "v1.5.0"
_SEED_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def connect(
    path: Path | str, *, read_only: bool = False, lock_wait: float = 30.0
) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) the database at `path` with the schema applied.

    `read_only` opens an existing file without upgrading it. DuckDB allows one writing
    process per file: while another process holds it, this waits up to `lock_wait` seconds
    for the lock before giving up with a clear error.
    """
    path = Path(path)
    if read_only and not path.exists():
        raise DatabaseError(f"database {path} does not exist (run `chronicle run` first)")
    if not read_only and path.parent and not path.parent.exists():
        raise DatabaseError(f"cannot create database {path}: folder {path.parent} does not exist")
    config = {} if read_only else {"storage_compatibility_version": STORAGE_COMPATIBILITY}
    deadline = time.monotonic() + lock_wait
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only, config=config)
            break
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower() and time.monotonic() < deadline:
                time.sleep(0.5)
                continue
            raise DatabaseError(f"cannot open database {path}: {_first_line(exc)}") from exc
        except duckdb.Error as exc:
            raise DatabaseError(
                f"{path} is not a usable DuckDB database: {_first_line(exc)}"
            ) from exc
    if not read_only:
        apply_schema(con)
    return con


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def schema_files() -> list[tuple[str, str]]:
    """(file name, SQL text) of every object in sql/, in the order they are applied."""
    folder = files("chronicle.sql")
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".sql"))
    return [(name, folder.joinpath(name).read_text(encoding="utf-8")) for name in names]


def schema_digest(sql_files: list[tuple[str, str]]) -> str:
    """A fingerprint of sql/ and seeds/: when it matches the database's, nothing is applied."""
    digest = hashlib.sha256(str(SCHEMA_VERSION).encode())
    for name, text in sql_files:
        digest.update(name.encode() + b"\0" + text.encode("utf-8"))
    folder = files("chronicle.seeds")
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".csv"):
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes())
    return digest.hexdigest()


def apply_schema(con: duckdb.DuckDBPyConnection, *, force: bool = False) -> None:
    """Create or upgrade every table, view and macro, then load the seeds.

    Skipped when the database already carries this version's schema digest (unless `force`).
    """
    current = schema_version(con)
    if current is not None and current > SCHEMA_VERSION:
        raise DatabaseError(
            f"the database was written by a newer Chronicle (schema {current} > "
            f"{SCHEMA_VERSION}); upgrade Chronicle to open it"
        )
    sql_files = schema_files()
    digest = schema_digest(sql_files)
    if not force and current is not None and _meta(con, "schema_digest") == digest:
        return
    con.begin()
    try:
        for name, sql in sql_files:
            try:
                con.execute(sql)
            except duckdb.Error as exc:
                raise DatabaseError(f"applying sql/{name} failed: {_first_line(exc)}") from exc
        load_seeds(con)
        con.execute(
            "insert or replace into chronicle_meta values "
            "('schema_version', $v), ('schema_digest', $d)",
            {"v": str(SCHEMA_VERSION), "d": digest},
        )
        con.commit()
    except BaseException:
        con.rollback()
        raise


def schema_version(con: duckdb.DuckDBPyConnection) -> int | None:
    exists = con.execute(
        "select count(*) from information_schema.tables where table_name = 'chronicle_meta'"
    ).fetchall()
    if not exists[0][0]:
        return None
    value = _meta(con, "schema_version")
    return int(value) if value is not None else None


def _meta(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    rows = con.execute("select value from chronicle_meta where key = $k", {"k": key}).fetchall()
    return rows[0][0] if rows else None


def load_seeds(con: duckdb.DuckDBPyConnection) -> None:
    """Load every seeds/*.csv into a table of the same name (replacing it): one generic loader."""
    folder = files("chronicle.seeds")
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".csv"):
            continue
        table = entry.name.removesuffix(".csv")
        if not _SEED_NAME.match(table):
            raise DatabaseError(f"seed file {entry.name}: name is not a valid table name")
        with entry.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        if not rows:
            continue
        columns = {key: [row[key] or None for row in rows] for key in rows[0]}
        arrow = pa.table(columns)  # noqa: F841  (read by name below)
        # The table name comes from the allow-listed pattern above, never from user input.
        con.execute(f"create or replace table {table} as select * from arrow")
        for column in ("start_date", "end_date", "date"):
            if column in columns:
                con.execute(f"alter table {table} alter {column} type date")


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """One transaction: committed when the block ends, rolled back on any error."""
    con.begin()
    try:
        yield con
    except BaseException:
        con.rollback()
        raise
    con.commit()
