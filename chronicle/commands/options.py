"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path

import click

db_option = click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="DuckDB database file [default: $CHRONICLE_DB or ./chronicle.duckdb].",
)
quiet_option = click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
