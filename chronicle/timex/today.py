"""`today` meaning nowadays (PRESENT_REF) rather than the DCT's day: `Today, about 360 remain.`"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from chronicle.timex.anchoring import doc_text, is_parsed, tense_from_parse
from chronicle.timex.relative import PRESENT

#: (unlike the precision guards' sentence start, an opening `` quote does not count: tbaq's
#: quoted ``Today ...`` are dates)
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?]['\"\u201d]?\s+|\n\s*|[\"\u201c]+)$")

#: The past a generic `today` is set against: `Two years ago, ...; today ...`.
_THEN_CONTRAST = re.compile(r"\b(?:years|decades|generations?|a\s+century|centuries)\s+ago\b"
                            r"|\bused\s+to\b|\bwhen\s+(?:I|he|she|it)\s+was\b"
                            r"|\bwhen\s+(?:we|they)\s+were\b", re.IGNORECASE)  # fmt: skip
_AFTER_SEMICOLON = re.compile(r";\s+$")
_STATIVE = frozenset(("be", "remain", "have", "know", "live", "exist", "stand", "own", "hold",
                      "employ", "serve", "look", "seem"))  # fmt: skip


def generic_today(doc: Doc, start: int) -> bool:
    """`Today, about 360 remain.`, `Today we know of more than 800 planets.`: a sentence-initial
    (or `; today`) `Today` before a present-tense state, or before any present tense set against
    the past just before it (`Two years ago, ... ; today its shares trade ...`), means nowadays
    (PRESENT_REF), not the DCT's day."""
    text = doc_text(doc)
    if start > 0 and not _SENTENCE_START_RE.search(text, max(0, start - 4), start) \
            and not _AFTER_SEMICOLON.search(text, max(0, start - 6), start):  # fmt: skip
        return False
    if not is_parsed(doc):
        return False
    tense, verb = tense_from_parse(doc, start)
    if verb is None:  # `Today, about 360 remain.`: the small model may find no verb at all;
        # then no past or modal in the rest of the sentence counts as present (with a contrast)
        tok = doc.char_span(start, start + 1, alignment_mode="expand")[0]
        for t in doc[tok.i + 1 : min(tok.sent.end, tok.i + 40)]:  # its clause: up to a `;`
            if t.text == ";":
                break
            if t.tag_ in ("VBD", "VBN", "MD"):
                return False
    elif tense != PRESENT:
        return False
    elif verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in _STATIVE:
        return True
    return _THEN_CONTRAST.search(text, max(0, start - 250), start) is not None
