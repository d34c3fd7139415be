"""The Chronicle flow: ingest -> plan -> extract -> store (and merge) -> record."""

from __future__ import annotations

import time
import uuid
from datetime import datetime

from prefect import flow
from prefect.runtime import flow_run

from chronicle.progress import reporter
from chronicle.settings import Settings
from chronicle.tasks.extract import extract_batch
from chronicle.tasks.ingest import read_articles
from chronicle.tasks.report import publish_summary
from chronicle.tasks.store import (
    finish_run,
    plan_articles,
    record_rejections,
    start_run,
    store_batch,
)


@flow(name="chronicle-run", validate_parameters=False, log_prints=False)
def run_pipeline(settings: Settings, sources: list[str]) -> dict:
    """Read `sources`, extract what changed, write it to `settings.db`; returns the counts."""
    started = time.perf_counter()
    run_id = flow_run.get_id() or str(uuid.uuid4())
    start_run(settings, run_id, sources)
    counts: dict = {"run_id": run_id}
    try:
        articles, rejections = read_articles(sources)
        plan = plan_articles(settings, articles)
        counts["rejected"] = record_rejections(settings, run_id, rejections + plan.duplicates)
        counts.update(read=len(articles), unchanged=plan.unchanged, events=0, timexes=0)
        progress = reporter()
        progress.start(len(plan.todo), "extracting")
        now = datetime.now()
        size = settings.batch_size
        for offset in range(0, len(plan.todo), size):
            batch = plan.todo[offset : offset + size]
            extraction = extract_batch(batch, settings, run_id, now)
            counts["events"] += store_batch(settings, run_id, extraction)
            counts["timexes"] += len(extraction.timexes)
            counts["rejected"] += len(extraction.rejected)
            plan.drop(extraction.rejected)
            progress.advance(len(batch))
        counts.update(new=plan.new, changed=plan.changed)
    except BaseException as exc:
        counts["seconds"] = round(time.perf_counter() - started, 2)
        finish_run(settings, run_id, "failed", counts, f"{type(exc).__name__}: {exc}")
        raise
    counts["seconds"] = round(time.perf_counter() - started, 2)
    finish_run(settings, run_id, "completed", counts)
    publish_summary(run_id, counts)
    return counts
