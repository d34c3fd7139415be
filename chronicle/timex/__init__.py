"""Temporal tagging: TIMEX3 expressions found and normalised by the `chronicle_timex` component.

Importing `chronicle.timex.component` registers the spaCy factory; this package itself stays
light so that `from chronicle.timex import Timex` costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicle.timex.types import Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Timex", "get_timexes"]


def get_timexes(doc: Doc, spans_key: str = "timex") -> list[Timex]:
    """The `Timex` records the tagger set on `doc`, in document order."""
    if spans_key not in doc.spans:
        return []
    records = [span._.timex for span in doc.spans[spans_key] if span._.timex is not None]
    return sorted(records, key=lambda t: (t.start_char, t.end_char))
