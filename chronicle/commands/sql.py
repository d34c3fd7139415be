"""`chronicle sql`: ad-hoc read-only SQL against the database."""

from __future__ import annotations

from pathlib import Path

import click
import duckdb
from rich.console import Console

from chronicle.console import FORMATS, print_rows
from chronicle.db import connect
from chronicle.errors import ChronicleError
from chronicle.settings import Settings

from .options import db_option


class QueryError(ChronicleError):
    """The SQL given to `chronicle sql` failed."""


@click.command("sql")
@click.argument("query")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Output: a table for people, CSV (RFC 4180) or JSON for scripts.")
def sql_command(query: str, db: Path | None, fmt: str) -> None:
    """Run QUERY (read-only) and print the result as a table, CSV or JSON.

    \b
    Example: chronicle sql "select start_date, headline from timeline limit 20" --db news.duckdb
    """
    settings = Settings(**({"db": db} if db else {}))
    if not query.strip():
        raise QueryError("the query is empty")
    con = connect(settings.db, read_only=True)
    try:
        statements = con.extract_statements(query)
        if len(statements) != 1:
            raise QueryError(f"give one SQL statement, not {len(statements)}")
        result = con.execute(statements[0])
        columns = [d[0] for d in (result.description if result else None) or []]
        rows = result.fetchall() if columns else []
    except duckdb.Error as exc:
        raise QueryError(f"query failed: {str(exc).strip().splitlines()[0]}") from exc
    finally:
        con.close()
    print_rows(columns, rows, fmt, Console(soft_wrap=fmt != "table"))
