"""Shared fixtures: a real DuckDB file with the schema, a Prefect test harness, data paths."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED_DIR = Path(os.environ.get("CHRONICLE_SEED", REPO.parent / "shared" / "seed"))
CORPORA_DIR = Path(os.environ.get("CHRONICLE_CORPORA", REPO.parent / "shared" / "corpora"))

# Quiet, offline Prefect for every test that runs a flow (set before Prefect is imported).
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "CRITICAL")


@pytest.fixture
def db(tmp_path: Path) -> Iterator:
    """A DuckDB file in tmp_path with the schema from sql/ applied."""
    from chronicle.db import connect

    con = connect(tmp_path / "test.duckdb")
    yield con
    con.close()


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect API for the whole session (real flow runs, no server to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield


@pytest.fixture(scope="session")
def blank_nlp():
    """spacy.blank("en") + sentencizer + chronicle_timex: the tagger's rules alone."""
    import spacy

    import chronicle.timex.component  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("chronicle_timex")
    return nlp


@pytest.fixture(scope="session")
def trained_nlp():
    """The trained English pipeline with chronicle_timex, loaded once per session."""
    from chronicle.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    if not SEED_DIR.is_dir():
        pytest.skip(f"seed article folder {SEED_DIR} is absent")
    return SEED_DIR


@pytest.fixture(scope="session")
def corpora_dir() -> Path:
    if not CORPORA_DIR.is_dir():
        pytest.skip(f"corpora folder {CORPORA_DIR} is absent")
    return CORPORA_DIR
