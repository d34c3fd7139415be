"""The end of a run: its summary as a Prefect table artifact."""

from __future__ import annotations

from prefect import task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE


@task(name="publish-summary", cache_policy=NO_CACHE)
def publish_summary(run_id: str, counts: dict) -> None:
    """Record the run's counts as a table artifact on the flow run."""
    create_table_artifact(
        key="chronicle-run-summary",
        table=[{"measure": key, "value": value} for key, value in counts.items()],
        description=f"Chronicle run {run_id}",
    )
