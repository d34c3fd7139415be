"""Reference time: the tense of a clause, clock times' days, and event dates in an article.

The news/narrative modes are in `modes.py`; this module says which way a clause points
(`tense_at`) and which day a bare clock time belongs to (`clock_days`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from chronicle.timex.events import key
from chronicle.timex.relative import FUTURE, PAST, PRESENT, UNKNOWN
from chronicle.timex.types import Timex

_FUTURE_AUX = frozenset(("will", "'ll", "shall", "wo", "would", "going", "should", "may",
                         "might", "must"))  # fmt: skip
_REPORTING = frozenset(("say", "tell", "report", "announce", "confirm", "deny", "add", "note",
                        "insist", "claim", "warn", "write"))  # fmt: skip
#: Verbs whose past tense is their plain form: a VBP tag on them says nothing about tense.
_INVARIANT_PAST = frozenset(("hurt", "cut", "put", "set", "hit", "let", "cost", "shut", "quit",
                             "spread", "bid", "cast", "split", "shed", "burst", "thrust",
                             "upset", "bet", "broadcast", "forecast", "read"))  # fmt: skip
_FUTURE_VERBS = frozenset(("plan", "schedule", "expect", "intend", "postpone", "delay", "hope",
                           "want", "aim", "prepare", "set"))  # fmt: skip
_PLAN_VERBS = frozenset(("plan", "schedule", "set"))
#: Plans a past perfect puts behind us: `had been scheduled/due/set/expected to expire Friday`.
_DUE_WORDS = frozenset(("schedule", "due", "set", "expect", "plan"))
_MOVED = re.compile(r"\b(?:postpone|delay|move|push|reschedul|put\s+off|now\s+be)\w*",
                    re.IGNORECASE)  # fmt: skip
_FORWARD_BEFORE = re.compile(r"\b(?:until|till|as\s+(?:soon|early|late)\s+as|by|effective"
                             r"|beginning|starting)\s+$", re.IGNORECASE)  # fmt: skip
#: `was moved to 7 p.m. Wednesday`, `postponed the vote to Monday`: the new date lies ahead.
_MOVED_TO = re.compile(r"\b(?:mov|postpon|push|reschedul|delay|put\s+off|brought\s+forward)\w*"
                       r"(?:\s+(?:back|forward|off))?(?:\s+[\w']+){0,4}?\s+(?:to|until|till)"
                       r"(?:\s+at)?\s+$", re.IGNORECASE)  # fmt: skip
_BACKWARD_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_HAD = re.compile(r"\bhad\b", re.IGNORECASE)
#: (unlike the precision guards' sentence start, an opening `` quote does not count: tbaq's
#: quoted ``Today ...`` are dates)
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?]['\"\u201d]?\s+|\n\s*|[\"\u201c]+)$")
_POSSESSIVE = re.compile(r"'s\b")
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|would|going\s+to|plan(?:s|ned|ning)?\s+to|scheduled|is\s+to|are\s+to"
    r"|intends?\s+to|upcoming|expected\s+to|set\s+for|payable|due\s+(?:to|on|in)|should"
    r"|on\s+track\s+to)\b|'ll\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|met|went|came|took|made|gave|began|left|held|announced"
    r"|reported|ago|last|earlier|ended|rose|fell|killed|died)\b",
    re.IGNORECASE,
)
#: Not the stop of `p.m.`, `Mr.`, `Jan.` or an initial (`John F. Kennedy`).
_NOT_ABBREV = (
    r"(?<!\bMrs)(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|Co|No|vs))"
    r"(?<!\b(?:Jan|Feb|Mar|Apr|Aug|Sep|Oct|Nov|Dec|Gen|Col|Gov|Sen|Rep|Inc|Ltd|Sgt))"
    r"(?<!\bSept)(?<!\b[A-Z])"
)
#: `at 4 p.m. Analysts met`: a break; `at 6 p.m. ET on Thursday`, `9 a.m. Monday`: none.
_AMPM_END = (r"(?<=[ap]\.m\.)\s+(?=(?!(?:GMT|UTC|[ECMP][SD]?T|(?:Mon|Tues|Wednes|Thurs|Fri"
             r"|Satur|Sun)day)\b)['\"]?[A-Z])")
_CLAUSE_BREAK = re.compile(_AMPM_END + "|(?<![ap]\\.m)" + _NOT_ABBREV
                           + r"[.!?;]['\"]?\s+['\"]?[A-Z]|;|\n")
_SENT_BREAK = re.compile(_AMPM_END + "|(?<![ap]\\.m)" + _NOT_ABBREV + r"[.!?;]\s|\n")
#: Past verbs whose `until` still points ahead: `gave Cyprus until Monday`, `adjourned until`.
_UNTIL_AHEAD = frozenset(("give", "extend", "grant", "allow", "set", "postpone", "delay",
                          "adjourn", "suspend", "close", "shut", "halt", "freeze", "ban",
                          "recess", "defer", "cancel", "ground", "bar", "block"))  # fmt: skip


def clock_days(text: str, timexes: list[Timex], clocks: list[int]) -> list[Timex]:
    """A clock time without its own day (`at 2 p.m.`) takes the day of the nearest
    day-granularity date in the same sentence (`Tuesday ... at 2 p.m.`,
    `at 5:46 a.m. (0546 GMT) on Monday`) instead of the DCT.

    `timexes` are in text order; only neighbours within 120 characters can count, so only a
    few on each side are looked at (a text of thousands of clock times stays linear)."""
    dayless = set(clocks)
    for i in clocks:
        tx = timexes[i]
        best: Timex | None = None
        for j in range(max(0, i - _NEAR), min(len(timexes), i + _NEAR + 1)):
            other = timexes[j]
            if other.start_date is None or j in dayless or not (
                (other.type == "DATE" and other.granularity == "day")
                or (other.type == "TIME" and other.granularity in ("minute", "hour"))
            ):
                continue  # a day-level date, or a clock time with its own day (`5 p.m. Tuesday`)
            lo, hi = sorted((other.end_char, tx.start_char)) if other.start_char < tx.start_char \
                else sorted((tx.end_char, other.start_char))
            if hi - lo > 120 or _CLAUSE_BREAK.search(text, max(0, lo - 1), hi):
                continue
            if best is None or abs(other.start_char - tx.start_char) < abs(
                best.start_char - tx.start_char
            ):
                best = other
        if best is None:  # no day in its sentence: the day the text was just talking about
            best = _previous_day(text, timexes, i)
        if best is not None and tx.value and best.start_date is not None:
            day = best.start_date.isoformat()
            timexes[i] = replace(tx, value=day + tx.value[10:], start_date=best.start_date,
                                 end_date=best.start_date)  # fmt: skip
    return timexes


#: How many expressions on each side of a clock time may share its sentence.
_NEAR = 12


def _previous_day(text: str, timexes: list[Timex], i: int) -> Timex | None:
    """The last day-granularity date before expression `i` within the two sentences before
    its own."""
    tx = timexes[i]
    for j in range(i - 1, max(-1, i - 1 - _NEAR), -1):
        o = timexes[j]
        if o.end_char > tx.start_char or o.start_date is None or not (
            (o.type == "DATE" and o.granularity == "day")
            or (o.type == "TIME" and o.granularity in ("part_of_day", "hour", "minute"))
        ):
            continue
        if tx.start_char - o.end_char > 2000:
            return None  # farther than two sentences
        breaks = len(_SENT_BREAK.findall(text, o.end_char, tx.start_char))
        return o if 1 <= breaks <= 2 else None
    return None


_PARSED_KEY = ("chronicle_timex", "parsed")
_TEXT_KEY = ("chronicle_timex", "text")
_SENTS_KEY = ("chronicle_timex", "sents")


def forget_doc_facts(doc: Doc) -> None:
    """Drop what `doc_text`, `is_parsed` and `same_sentence` keep in `doc.user_data` (the
    component calls this first, so a doc parsed after an earlier pass is seen afresh)."""
    for fact in (_PARSED_KEY, _TEXT_KEY, _SENTS_KEY):
        doc.user_data.pop(fact, None)


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once (spaCy joins every token's text on each access; a Doc's text
    never changes, so the copy kept in `doc.user_data` stays right)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def is_parsed(doc: Doc) -> bool:
    """Whether `doc` has a dependency parse and tags; `Doc.has_annotation` scans every token,
    so the answer is kept in `doc.user_data` for the other expressions of the same doc."""
    parsed = doc.user_data.get(_PARSED_KEY)
    if parsed is None:
        parsed = doc.user_data[_PARSED_KEY] = bool(
            doc.has_annotation("DEP") and doc.has_annotation("TAG"))
    return parsed


def same_sentence(doc: Doc, a: int, b: int) -> bool:
    """Whether character offsets a <= b lie in one sentence of `doc` (its sentence boundaries
    when it has them, else no `. ` between them)."""
    if _SENTS_KEY not in doc.user_data:
        doc.user_data[_SENTS_KEY] = bool(is_parsed(doc) or doc.has_annotation("SENT_START"))
    if doc.user_data[_SENTS_KEY]:
        first = doc.char_span(a, a + 1, alignment_mode="expand")
        second = doc.char_span(b, b + 1, alignment_mode="expand")
        if first is not None and second is not None and len(first) and len(second):
            return first[0].sent.start == second[0].sent.start
    return _SENT_BREAK.search(doc_text(doc), a, b) is None


_STATIVE = frozenset(("be", "remain", "have", "know", "live", "exist", "stand", "own", "hold",
                      "employ", "serve", "look", "seem"))  # fmt: skip


def generic_today(doc: Doc, start: int) -> bool:
    """`Today, about 360 remain.`, `Today we know of more than 800 planets.`: a sentence-initial
    `Today` before a present-tense state means nowadays (PRESENT_REF), not the DCT's day."""
    text = doc_text(doc)
    if not _SENTENCE_START_RE.search(text, max(0, start - 4), start) and start > 0:
        return False
    tense, verb = _tense_from_parse(doc, start) if is_parsed(doc) else (UNKNOWN, None)
    return (tense == PRESENT and verb is not None and verb.tag_ in ("VBZ", "VBP")
            and verb.lemma_.lower() in _STATIVE)  # fmt: skip


def tense_at(doc: Doc, start: int, end: int) -> int:
    """PAST, FUTURE, PRESENT or UNKNOWN (see `relative.py`) for the clause around start..end.

    `since` right before the expression makes it PAST; a preposition that points forward
    (`until`, `as soon as`, `as early as`, `by`, `beginning`, `moved ... to`) makes it FUTURE
    (`by` after a past verb excepted); a possessive (`Wednesday's ruling`) is PAST unless its
    clause is future; then the parse (governing verb: `will`/`would` and other modals,
    `plan/schedule/expect ... to`, past tags, plain present tags) when the doc has one; then
    cue words in a window of the sentence.
    """
    text = doc_text(doc)
    before = text[max(0, start - 60) : start]
    if _BACKWARD_BEFORE.search(before):
        return PAST  # `since January`, `since the summer`: always behind us
    parsed, verb = _tense_from_parse(doc, start) if is_parsed(doc) else (UNKNOWN, None)
    forward = _FORWARD_BEFORE.search(before[-20:]) or _MOVED_TO.search(before)
    if forward and not _HAD.search(text, max(0, start - 60), min(len(text), start + 60)):
        # `by 7 a.m. Sunday` after a simple past (`Albany measured 15 inches by ...`, `met
        # party leaders until late Wednesday`) is past,
        # not after a present perfect (`who has not installed it by Friday`)
        word = forward.group(0).lower()
        ahead = word.startswith(("until", "till")) and verb is not None \
            and verb.lemma_.lower() in _UNTIL_AHEAD
        if not (word.startswith(("by", "until", "till")) and verb is not None
                and verb.tag_ == "VBD" and not ahead):  # fmt: skip
            return FUTURE
    if _POSSESSIVE.match(text, end):
        # `Saturday's march will be the third`: a future clause wins
        return FUTURE if parsed == FUTURE else PAST
    if parsed != UNKNOWN:
        return parsed
    return _tense_from_window(text, start, end)


def _clause_verb(doc: Doc, start: int) -> tuple[Token | None, int]:
    """The verb governing the token at character `start` (None if the parse gives none), and
    that token's index."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, -1
    tok = span[0]
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and not (tok.dep_ == "acl" and tok.tag_ == "VBG"):
            break  # (`anyone driving Tuesday night should expect ...`: the clause's verb)
        if tok.head is tok:
            break
        tok = tok.head
    return (tok if tok.pos_ in ("VERB", "AUX") else None), span[0].i


def _tense_from_parse(doc: Doc, start: int) -> tuple[int, Token | None]:
    """The tense the parse gives the clause around character `start`, and its verb."""
    tok, first = _clause_verb(doc, start)
    if tok is None:
        return UNKNOWN, None
    return _tense_of(doc, tok, first), tok


def _tense_of(doc: Doc, tok: Token, first: int) -> int:
    if tok.i > first and any(t.tag_ == "``" for t in doc[first:tok.i]):
        return UNKNOWN  # the verb is inside a quotation that opens after the expression
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if _pluperfect_plan(tok):
        return PAST  # `had been scheduled to expire at midnight Friday`: that Friday has passed
    if any(a.lower_ in _FUTURE_AUX for a in auxes) and not any(
        a.lemma_.lower() == "have" for a in auxes
    ):  # `will meet`, `will be named`, `would be held` (not `would have been`)
        return FUTURE
    if tok.lemma_.lower() in _FUTURE_VERBS:
        if tok.lemma_.lower() in _PLAN_VERBS and _plan_in_past(tok, auxes, first):
            return PAST  # `On Friday, the government planned to pay`: when it was planned
        return FUTURE
    head = tok.head
    if tok.tag_ == "VBG" and not auxes and tok.dep_ in ("pcomp", "advcl"):
        gov = head.head if head.pos_ == "ADP" else head
        if gov.pos_ in ("VERB", "AUX") and gov is not tok:
            return _tense_of(doc, gov, first)  # `will leave Friday before flying on Sunday`
    if tok.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in _FUTURE_VERBS:
        return FUTURE  # `planned to leave on Thursday`
    if tok.tag_ in ("VBD", "VBN") or any(a.tag_ in ("VBD",) for a in auxes):
        return PAST
    if tok.tag_ == "VBP" and tok.lower_ in _INVARIANT_PAST:
        return UNKNOWN  # `stocks hurt the index on Friday`: `hurt` is as likely past
    if tok.lemma_.lower() in _REPORTING:
        return UNKNOWN  # `the ministry says Monday`: when it said so, not a plan
    if tok.tag_ in ("VBZ", "VBP") or (tok.tag_ == "VBG" and any(
        a.lower_ in ("is", "are", "'s", "'re", "am") for a in auxes
    )):  # fmt: skip
        return PRESENT
    if tok.tag_ == "VBG" and not auxes and tok.dep_ == "xcomp" and head.tag_ in ("VBZ", "VBP"):
        return PRESENT  # `keeps the government running through Sept. 30`
    return UNKNOWN


def _pluperfect_plan(tok: Token) -> bool:
    """The verb complements a plan in the past perfect: `had been scheduled to expire`,
    `had been due to expire`."""
    gov, due = tok, False
    for _ in range(2):
        if gov.dep_ not in ("xcomp", "acomp") or gov.head is gov:
            break
        gov = gov.head
        due = due or gov.lemma_.lower() in _DUE_WORDS
        if due and any(c.dep_ == "aux" and c.lower_ == "had" for c in gov.children):
            # a plan that was since moved (`had been scheduled for Thursday, was postponed`)
            # says nothing about that day having passed
            return not _MOVED.search(doc_text(tok.doc), tok.sent.start_char, tok.sent.end_char)
    return False


def _plan_in_past(tok: Token, auxes: list[Token], at: int) -> bool:
    """`planned`/`was scheduled` as a past event: a past-tense form after its date (`On Friday,
    the government planned to pay`; `set Friday as the deadline`; but `planned a rally on
    Saturday` is the rally's date), or a bare participle (`a service planned for Saturday was
    canceled`) in a past clause."""
    if tok.tag_ == "VBD":
        return at < tok.i or tok.lemma_.lower() == "set"
    if tok.tag_ != "VBN":
        return False
    if auxes:
        return any(a.lower_ in ("was", "were", "had") for a in auxes)
    head = tok.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX") or head.head is head:
            break
        head = head.head
    return head.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in head.children
    )


def _tense_from_window(text: str, start: int, end: int) -> int:
    left = text[max(0, start - 80) : start]
    breaks = list(_SENT_BREAK.finditer(left))
    if breaks:
        left = left[breaks[-1].end() :]
    right = text[end : end + 40]
    stop = _SENT_BREAK.search(right)
    right = right[: stop.start()] if stop else right
    window = left + " " + right
    if _FUTURE.search(window):
        return FUTURE
    if _PAST.search(window):
        return PAST
    return UNKNOWN


def article_event_date(text: str, before: int, phrase: str, dated: list[tuple[int, date]]
                       ) -> date | None:  # fmt: skip
    """A day the article gave earlier for the event named `phrase` (for anniversaries).

    `dated` holds (start offset, day) of day-level expressions already resolved. The event is
    found as the last earlier sentence that mentions the phrase's head words and carries a day.
    """
    words = [w for w in key(phrase).split() if len(w) > 2][-2:]
    if not words:
        return None
    rx = re.compile(r"\b" + r"\W+(?:\w+\W+){0,3}?".join(map(re.escape, words)), re.IGNORECASE)
    found: date | None = None
    for m in rx.finditer(text, 0, before):
        sent_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        sent_end_m = _SENT_BREAK.search(text, m.end())
        sent_end = sent_end_m.start() if sent_end_m else len(text)
        for pos, day in dated:
            if sent_start <= pos < min(sent_end, before):
                found = day
    return found
