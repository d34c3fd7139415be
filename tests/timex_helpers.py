"""Running the temporal tagger in tests: one Doc with a fixed reference date."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from chronicle.timex import Timex, get_timexes


def run_tagger(nlp: Language, text: str, dct: date | None, mode: str | None = None) -> list[Timex]:
    """The expressions `nlp` (a pipeline with chronicle_timex) finds in `text`."""
    doc = nlp.make_doc(text)
    doc._.dct = dct
    if mode is not None:
        doc._.timex_mode = mode
    return get_timexes(nlp(doc))


def triples(nlp: Language, text: str, dct: date | None) -> list[tuple[str, str, str | None]]:
    """(text, type, value) of each expression, for compact expectation tables."""
    return [(t.text, t.type, t.value) for t in run_tagger(nlp, text, dct)]
