"""Named exceptions. The CLI turns any ChronicleError into `Error: <message>` and exit code 1."""

from __future__ import annotations


class ChronicleError(Exception):
    """Base class: a user-facing problem with a clear message, never a traceback."""


class InputError(ChronicleError):
    """An input path or record cannot be read as an article."""


class DatabaseError(ChronicleError):
    """The DuckDB file cannot be opened, created or upgraded."""


class ConfigError(ChronicleError):
    """A setting or command-line option has an invalid value."""


class ModelNotInstalledError(ChronicleError):
    """No trained English spaCy pipeline is installed."""
