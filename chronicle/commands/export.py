"""`chronicle export`: write the timeline (filtered) to a file people use. Read-only: it never
starts Prefect and never takes the database's writer lock."""

from __future__ import annotations

from pathlib import Path

import click

from chronicle.db import connect
from chronicle.export import FORMATS, export_timeline, infer_format
from chronicle.export_rows import make_filters
from chronicle.settings import Settings

from .options import db_option, quiet_option


@click.command("export")
@click.argument("out", type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS, case_sensitive=False), default=None,
    help="Output format [default: from OUT's extension: .csv .jsonl .parquet .json "
         "(timelinejs-json) .timelinejs.csv .html .tml].",
)
@db_option
@click.option("--entity", metavar="NAME", help="Only events naming NAME among their actors or "
              "places (case-insensitive).")
@click.option("--since", metavar="DATE", help="Only events ending on or after DATE "
              "(YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--until", metavar="DATE", help="Only events starting on or before DATE.")
@click.option("--min-confidence", type=float, metavar="X", help="Only events with confidence "
              ">= X (0..1).")
@click.option("--article", metavar="ID", help="Only events of the article with this article_id.")
@click.option("--safe-csv", is_flag=True, help="Prefix CSV cells starting with = + - @ tab or CR "
              "with ' so spreadsheets do not run them as formulas.")
@quiet_option
def export_command(
    out: Path,
    fmt: str | None,
    db: Path | None,
    entity: str | None,
    since: str | None,
    until: str | None,
    min_confidence: float | None,
    article: str | None,
    safe_csv: bool,
    quiet: bool,
) -> None:
    """Write the timeline to OUT as CSV, TimelineJS (CSV or JSON), JSONL, Parquet, TimeML
    (one .tml per article into the folder OUT) or one self-contained HTML page.

    \b
    Example: chronicle export timeline.html --db news.duckdb --entity "North Korea" --since 2023
    Example: chronicle export timeline.csv --since 2023-01-01 --until 2023-12-31 --safe-csv
    """
    settings = Settings(**({"db": db} if db else {}))
    # Options are checked before the database is opened: a bad date fails fast and clearly.
    fmt = infer_format(out, fmt)
    filters = make_filters(entity=entity, since=since, until=until,
                           min_confidence=min_confidence, article=article)
    con = connect(settings.db, read_only=True)
    try:
        written = export_timeline(
            con, out, fmt, entity=filters.entity, since=filters.since, until=filters.until,
            min_confidence=filters.min_confidence, article=filters.article, safe_csv=safe_csv,
        )
    finally:
        con.close()
    if not (quiet or settings.quiet):
        noun = "event" if written == 1 else "events"
        where = f"{out}/ (TimeML, one file per article)" if fmt == "tml" and out.suffix != ".tml" \
            else str(out)
        click.echo(f"wrote {written} {noun} to {where}")
