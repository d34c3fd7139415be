"""Progress reporting from inside a flow to whoever started it (the CLI's rich bar).

The CLI sets a `Progress` in a context variable for the duration of a run; the flow reports to
it after each batch. With no reporter set (tests, Prefect deployments) reporting is a no-op.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Protocol


class Reporter(Protocol):
    def start(self, total: int, description: str) -> None: ...

    def advance(self, count: int) -> None: ...


class _Silent:
    def start(self, total: int, description: str) -> None:
        return None

    def advance(self, count: int) -> None:
        return None


_SILENT = _Silent()
_reporter: ContextVar[Reporter | None] = ContextVar("chronicle_reporter", default=None)


def reporter() -> Reporter:
    return _reporter.get() or _SILENT


def use_reporter(value: Reporter) -> object:
    """Install `value` for the current context; returns a token for `reset_reporter`."""
    return _reporter.set(value)


def reset_reporter(token: object) -> None:
    _reporter.reset(token)  # type: ignore[arg-type]
