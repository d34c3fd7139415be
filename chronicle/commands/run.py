"""`chronicle run`: the main job, articles in, timeline out (one Prefect flow run)."""

from __future__ import annotations

import os
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path

import click
from rich.console import Console

from chronicle.console import BarReporter, print_rows
from chronicle.db import connect
from chronicle.nlp import resolve_model
from chronicle.progress import reset_reporter, use_reporter
from chronicle.settings import Settings

from .options import db_option, quiet_option

#: Prefect settings that keep a local run's console clean (users may override them).
QUIET_PREFECT = {
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
    "PREFECT_LOGGING_LOG_PRINTS": "false",
}


def configure_prefect(verbose: bool) -> None:
    """Must run before Prefect is imported: its settings are read at import."""
    for key, value in QUIET_PREFECT.items():
        os.environ.setdefault(key, value)
    if verbose:
        os.environ["PREFECT_LOGGING_LEVEL"] = "INFO"


@click.command("run")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@db_option
@click.option("--batch-size", type=click.IntRange(1, 10_000), help="Articles per task run.")
@click.option("--model", help="spaCy pipeline module [default: auto].")
@click.option(
    "--mode",
    "timex_mode",
    type=click.Choice(["auto", "news", "narrative"]),
    help="Reference time of relative dates: publication date (news) or previous date "
    "(narrative) [default: auto, per article].",
)
@click.option("--show", type=click.IntRange(0), default=25, show_default=True,
              help="Timeline rows to print at the end (0: none).")
@quiet_option
@click.option("--verbose", "-v", is_flag=True, help="Show Prefect's log lines.")
def run_command(paths: tuple[Path, ...], db: Path | None, batch_size: int | None,
                model: str | None, timex_mode: str | None, show: int, quiet: bool,
                verbose: bool) -> None:
    """Ingest PATHS (files or folders; default: the bundled sample articles), find dates and
    events, and write them to the database.

    Text files start with `date YYYY-MM-DD`; .jsonl/.csv files hold records with published,
    text and optional id, title, url. Running again adds only new or changed articles.

    \b
    Example: chronicle run articles/ more.jsonl --db news.duckdb
    """
    overrides = {"db": db, "batch_size": batch_size, "model": model, "timex_mode": timex_mode,
                 "quiet": quiet, "verbose": verbose}
    settings = Settings(**{k: v for k, v in overrides.items() if v is not None})
    configure_prefect(settings.verbose)
    console = Console(stderr=True, quiet=settings.quiet)
    out = Console(quiet=settings.quiet)
    with ExitStack() as stack:
        if not paths:
            paths = (stack.enter_context(as_file(files("chronicle.seeds") / "articles")),)
        from chronicle.tasks.ingest import discover

        discover(paths)  # fail fast, before Prefect starts, on a missing path
        resolve_model(settings.model)
        connect(settings.db).close()  # creates or upgrades the schema; fails fast if unusable
        from chronicle.flows.pipeline import run_pipeline

        bar = stack.enter_context(BarReporter(console)) if not settings.quiet else None
        token = use_reporter(bar) if bar else None
        try:
            counts = run_pipeline(settings, [str(p) for p in paths])
        finally:
            if token is not None:
                reset_reporter(token)
    if not settings.quiet:
        print_summary(settings, counts, out, show)


def print_summary(settings: Settings, counts: dict, out: Console, show: int) -> None:
    con = connect(settings.db, read_only=True)
    try:
        rejected = con.execute(
            "select source, line, reason from rejected_inputs where run_id = $r "
            "order by source, line",
            {"r": counts["run_id"]},
        ).fetchall()
        total = con.execute("select count(*) from timeline").fetchall()[0][0]
        rows = con.execute(
            "select start_date, end_date, headline, actors, date_basis from timeline limit $n",
            {"n": show},
        ).fetchall()
    finally:
        con.close()
    if show and rows:
        print_rows(["start", "end", "headline", "actors", "basis"], rows, "table", out)
        if total > len(rows):
            out.print(f"[dim]{len(rows)} of {total} timeline events shown; "
                      f"chronicle sql / chronicle export for all[/dim]")
    out.print(
        f"articles read {counts.get('read', 0)}: new {counts.get('new', 0)}, "
        f"changed {counts.get('changed', 0)}, unchanged {counts.get('unchanged', 0)}; "
        f"rejected inputs {counts.get('rejected', 0)}; events written {counts.get('events', 0)}, "
        f"temporal expressions {counts.get('timexes', 0)}; timeline now {total} events; "
        f"{counts.get('seconds', 0):.1f} s -> {settings.db}"
    )
    for source, line, reason in rejected:
        where = f"{source}:{line}" if line else source
        out.print(f"  rejected {where}: {reason}")
