"""Reference time: the tense of a clause and event dates in an article.

The news/narrative modes are in `modes.py`, clock times' days in `clocks.py`; this module says
which way a clause points (`tense_at`).
"""

from __future__ import annotations

import re
from itertools import takewhile

from spacy.tokens import Doc, Token

from chronicle.timex.relative import FUTURE, PAST, PRESENT, UNKNOWN
from chronicle.timex.verbs import (
    ABLE,
    DUE_WORDS,
    FUTURE_AUX,
    FUTURE_VERBS,
    INVARIANT_PAST,
    PLAN_VERBS,
    REPORTING,
    SCHEDULED,
    UNTIL_AHEAD,
    WHEN,
)

#: How many clauses `_tense_of` may climb (a long coordination chains its verbs).
_MAX_CLIMB = 8
_MOVED = re.compile(r"\b(?:postpone|delay|move|push|reschedul|put\s+off|now\s+be)\w*",
                    re.IGNORECASE)  # fmt: skip
_FORWARD_BEFORE = re.compile(r"\b(?:until|till|as\s+(?:soon|early|late)\s+as|by|effective"
                             r"|beginning|starting|into|through)\s+$", re.IGNORECASE)  # fmt: skip
#: Forward words that a simple past turns back: `measured 15 inches by`, `met until`.
_PAST_BOUND = ("by", "until", "till")
#: `was moved to 7 p.m. Wednesday`, `postponed the vote to Monday`: the new date lies ahead.
_MOVED_TO = re.compile(r"\b(?:mov|postpon|push|reschedul|delay|put\s+off|brought\s+forward)\w*"
                       r"(?:\s+(?:back|forward|off))?(?:\s+[\w']+){0,4}?\s+(?:to|until|till)"
                       r"(?:\s+at)?\s+$", re.IGNORECASE)  # fmt: skip
#: `set sentencing for June 27`, `flights scheduled for Thursday`: the planned event's date.
_SET_FOR = re.compile(r"(?<!\bhad\sbeen\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\boriginally\s)"
                      r"(?<!\binitially\s)(?<!\bpreviously\s)"
                      r"\b(?:(?:set|scheduled|slated|booked|pencil(?:l)?ed\s+in)"
                      r"(?:\s+(?!for\b)[\w']+){0,3}?|(?:called|calls|call)(?:\s+(?!for\b)[\w']+)"
                      r"{0,2}?\s+(?:meeting|strike|march|rally|protest|vote|election|session"
                      r"|hearing|referendum|summit|talks|walkout|boycott)(?:\s+(?!for\b)[\w']+)"
                      r"{0,2}?)\s+for\s+(?:the\s+)?$", re.IGNORECASE)
#: `earnings report, due after the close on Wednesday`: a date something is due on lies ahead.
_DUE = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\bdue(?!\s+to\b)(?:\s+[\w']+){0,4}?"
                  r"\s+(?:on|by|in|at)\s+(?:the\s+)?$", re.IGNORECASE)  # fmt: skip
#: The other side of a comparison is behind us: `up from 0.4% in the fourth quarter`,
#: `compared with $2.11 in January`, `a premium to the closing price on Tuesday`.
_COMPARED = re.compile(r"\b(?:(?:up|down)\s+(?:[\w.%]+\s+){0,2}?from|compared\s+(?:with|to))\s+"
                       r"(?:about\s+|roughly\s+|nearly\s+)?(?:[$\u00a3\u20ac]?\d|one|two|three|four"
                       r"|five|six|seven|eight|nine|ten)(?:(?!\bto\b|\bbut\b|\band\b|\.\s)[^;,])"
                       r"{0,30}?\s(?:in|on|for)\s+(?:the\s+)?$"
                       r"|\bclosing\s+(?:price|level|value)s?\s+(?:on\s+|of\s+)?$",
                       re.IGNORECASE)  # fmt: skip
#: `before a Monday deadline`, `ahead of Monday's deadline`: a deadline still to come (`by the
#: Tuesday deadline` after a past verb was met, so has passed).
_DEADLINE = (re.compile(r"\b(?:before|ahead\s+of|to\s+meet)\s+(?:an?\s+|the\s+)?$",
                        re.IGNORECASE), re.compile(r"(?:['\u2019]s)?\s+deadline\b", re.IGNORECASE))
_BACKWARD_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_HAD = re.compile(r"\bhad\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"'s\b")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
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
             r"|Satur|Sun)day|Eastern|Central|Mountain|Pacific)\b)['\"]?[A-Z])")
CLAUSE_BREAK = re.compile(_AMPM_END + "|(?<![ap]\\.m)" + _NOT_ABBREV
                           + r"[.!?;]['\"]?\s+['\"]?[A-Z]|;|\n")
SENT_BREAK = re.compile(_AMPM_END + "|(?<![ap]\\.m)" + _NOT_ABBREV + r"[.!?;]\s|\n")


_PARSED_KEY = ("chronicle_timex", "parsed")
_TEXT_KEY = ("chronicle_timex", "text")
_SENTS_KEY = ("chronicle_timex", "sents")
_HEADLINE_KEY = ("chronicle_timex", "headline_end")


def forget_doc_facts(doc: Doc) -> None:
    """Drop what `doc_text`, `is_parsed` and `same_sentence` keep in `doc.user_data` (the
    component calls this first, so a doc parsed after an earlier pass is seen afresh)."""
    for fact in (_PARSED_KEY, _TEXT_KEY, _SENTS_KEY, _HEADLINE_KEY):
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
    return SENT_BREAK.search(doc_text(doc), a, b) is None


def tense_at(doc: Doc, start: int, end: int) -> int:
    """PAST, FUTURE, PRESENT or UNKNOWN (see `relative.py`) for the clause around start..end.

    `since` right before the expression, or the far side of a comparison (`up from 0.4% in`,
    `the closing price on`), makes it PAST; a plan or deadline (`set ... for`, `due on`, `before
    a Monday deadline`) or a preposition that points forward (`until`, `as soon as`, `as early
    as`, `by`, `beginning`, `moved ... to`) makes it FUTURE (`by` after a past verb excepted);
    a possessive (`Wednesday's ruling`) is PAST unless its
    clause is future; then the parse (governing verb: `will`/`would` and other modals,
    `plan/schedule/expect ... to`, past tags, plain present tags) when the doc has one; then
    cue words in a window of the sentence.
    """
    text = doc_text(doc)
    before = text[max(0, start - 60) : start]
    if _BACKWARD_BEFORE.search(before):
        return PAST  # `since January`, `since the summer`: always behind us
    parsed, verb = tense_from_parse(doc, start) if is_parsed(doc) else (UNKNOWN, None)
    if _COMPARED.search(before):
        return PAST
    due = _DUE.search(before)
    if due and parsed == PAST and not before[: due.start()].rstrip().endswith(","):
        due = None  # `Payments due on March 1 were missed` (not `its report, due Wednesday`)
    if _SET_FOR.search(before) or due or (
            _DEADLINE[0].search(before) and _DEADLINE[1].match(text, end) and parsed != PAST):
        return FUTURE  # fmt: skip
    forward = _FORWARD_BEFORE.search(before[-20:]) or _MOVED_TO.search(before)
    lo, hi = within(text, start, end, 60, start + 60 - end)
    if forward and not _HAD.search(text, lo, hi):
        # `by 7 a.m. Sunday` after a simple past (`Albany measured 15 inches by ...`, `met
        # party leaders until late Wednesday`) is past,
        # not after a present perfect (`who has not installed it by Friday`)
        word = forward.group(0).lower()
        ahead = word.startswith(("until", "till")) and verb is not None \
            and verb.lemma_.lower() in UNTIL_AHEAD
        if word.startswith(("into", "through")):
            if _into_ahead(doc, start - len(before[-20:]) + forward.start(), end, verb):
                return FUTURE  # `could stretch late into Friday night`
        elif not (word.startswith(_PAST_BOUND) and verb is not None and not ahead
                  and (verb.tag_ == "VBD" or _could_not(verb) and forward.group(0).startswith("By")
                       or any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in verb.children))):
            return FUTURE  # (`By the end of the year she could not lift a kettle`: past)
    if _POSSESSIVE.match(text, end):
        # `Saturday's march will be the third`: a future clause wins
        return FUTURE if parsed == FUTURE else PAST
    if parsed != UNKNOWN:
        return parsed
    return _tense_from_window(text, start, end)


def within(text: str, start: int, end: int, back: int, ahead: int,
           breaks: re.Pattern[str] = SENT_BREAK) -> tuple[int, int]:  # fmt: skip
    """The stretch of `text` around start..end: at most `back` characters before and `ahead`
    after, cut at the nearest break (a sentence's by default) on each side."""
    lo = max(0, start - back)
    lo = max([lo] + [m.end() for m in breaks.finditer(text, lo, start)])
    hi = min(len(text), end + max(0, ahead))
    stop = breaks.search(text, end, hi)
    return lo, stop.start() if stop else hi


def _into_ahead(doc: Doc, at: int, end: int, verb: Token | None) -> bool:
    """`into`/`through` (at character `at`) before a date points ahead only in a parsed clause
    whose verb is neither past nor perfect and governs the preposition itself: `could stretch
    late into Friday night`, `keep the government running through Sept. 30`; not `Sales through
    February are up`, `looking into Monday's shooting`, `has been working through Saturday`."""
    if verb is None or verb.tag_ in ("VBD", "VBN") or _POSSESSIVE.match(doc_text(doc), end):
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    prep = doc.char_span(at, at + 1, alignment_mode="expand")
    return prep is not None and len(prep) > 0 and prep[0].head.pos_ in ("VERB", "AUX")


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
        if tok.head is tok or _apart(tok, tok.head):
            break
        tok = tok.head
    return (tok if tok.pos_ in ("VERB", "AUX") else None), span[0].i


def _apart(a: Token, b: Token) -> bool:
    """Whether a paragraph break separates two tokens the parse linked (a headline and the
    story's first sentence are parsed as one)."""
    lo, hi = sorted((a.idx, b.idx))
    return _BLANK_LINE.search(doc_text(a.doc), lo, hi) is not None


def _in_headline(tok: Token) -> bool:
    """Whether `tok` is in a headline: a first paragraph with a blank line after it (headlines
    put past events in the present: `Profit Falls as Customers Trade Down`). The first blank
    line's offset is kept in `doc.user_data` (-1: none)."""
    first = tok.doc.user_data.get(_HEADLINE_KEY)
    if first is None:
        m = _BLANK_LINE.search(doc_text(tok.doc))
        first = tok.doc.user_data[_HEADLINE_KEY] = m.start() if m else -1
    return tok.idx < first


def _could_not(tok: Token) -> bool:
    """`could not` + verb: a past inability."""
    return any(c.lower_ == "could" and c.dep_ == "aux" for c in tok.children) and any(
        c.dep_ == "neg" for c in tok.children)  # fmt: skip


def tense_from_parse(doc: Doc, start: int) -> tuple[int, Token | None]:
    """The tense the parse gives the clause around character `start`, and its verb."""
    tok, first = _clause_verb(doc, start)
    if tok is None:
        return UNKNOWN, None
    return _tense_of(doc, tok, first), tok


def _lemma(tok: Token) -> str:
    """The lower-case lemma; the small model lemmatises `hoped`/`hopes`/`hoping` as `hop`."""
    return "hope" if tok.lower_ in ("hoped", "hopes", "hoping") else tok.lemma_.lower()


def _tense_of(doc: Doc, tok: Token, first: int, depth: int = 0) -> int:
    if tok.i > first and any(t.tag_ == "``" for t in doc[first:tok.i]):
        return UNKNOWN  # the verb is inside a quotation that opens after the expression
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if _pluperfect_plan(tok):
        return PAST  # `had been scheduled to expire at midnight Friday`: that Friday has passed
    if any(a.lower_ in FUTURE_AUX for a in auxes) and not any(
        a.lemma_.lower() == "have" for a in auxes
    ):  # `will meet`, `will be named`, `would be held` (not `would have been`)
        return FUTURE
    if any(a.lower_ == "could" and a.i < first for a in auxes) and not any(
        a.lemma_.lower() == "have" for a in auxes
    ) and not any(t.dep_ == "neg" or t.lower_ in ("neither", "nor", "never")
                  for t in doc[tok.sent.start : tok.i + 2]) and tok.lemma_.lower() not in ABLE:
        return FUTURE  # `could bring light snow Saturday` (not `could not be reached Monday`,
        # `Neither he nor ... could be located Wednesday`, `said they could see smoke on
        # Tuesday`: a past ability)
    if _could_not(tok) and doc[max(0, first - 1)].text not in ("by", "before", "until"):
        return PAST  # `could not be reached Monday`, `By May she could not walk` (not `could
        # not reopen it before June`)
    lemma = _lemma(tok)
    if lemma in FUTURE_VERBS:
        if lemma in PLAN_VERBS and _plan_in_past(tok, auxes, first):
            return PAST  # `On Friday, the government planned to pay`: when it was planned
        if lemma in ("postpone", "delay") and (tok.tag_ == "VBD" or any(
                a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes) or (
                tok.tag_ == "VBN" and not auxes)):  # fmt: skip
            return PAST  # `was postponed after rain on Saturday`, `The game, postponed on
            # Saturday, ...` (the new date, `postponed to Monday`, is tense_at's)
        return FUTURE
    if tok.tag_ in ("VBZ", "VBP") and lemma in SCHEDULED and not _in_headline(tok):
        return FUTURE  # `the plan takes effect in September` (not in a headline, whose present
        # is past), `after the market closes on Wednesday` (whatever the parse hangs it on)
    if tok.tag_ == "VB" and tok.dep_ in ("acl", "relcl", "ROOT") and any(
            a.tag_ == "TO" for a in auxes) and _in_headline(tok) and not any(
            t.tag_ in ("VBD", "VBN", "VBZ", "VBP", "MD") for t in takewhile(_in_headline, doc)):
        return FUTURE  # a headline's `to`: `Talks to resume Tuesday in brass plant strike` (not
        # a sentence: `The decision to close the plant on Monday angered workers`)
    head = tok if _apart(tok, tok.head) else tok.head
    if tok.tag_ == "VBG" and not auxes and tok.dep_ in ("pcomp", "advcl", "xcomp"):
        gov = head.head if head.pos_ == "ADP" else head
        if gov.pos_ in ("VERB", "AUX") and gov is not tok and depth < _MAX_CLIMB:
            return _tense_of(doc, gov, first, depth + 1)  # `will leave before flying Sunday`
    if tok.dep_ == "conj" and tok.tag_ == "VB" and not auxes and head is not tok \
            and head.pos_ in ("VERB", "AUX") and depth < _MAX_CLIMB:  # fmt: skip
        return _tense_of(doc, head, first, depth + 1)  # `would stop Thursday and return Saturday`
    if tok.dep_ == "advcl" and tok.tag_ in ("VB", "VBP", "VBZ") and not auxes and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in WHEN for c in tok.children
    ) and head.pos_ in ("VERB", "AUX") and head is not tok and depth < _MAX_CLIMB:
        return _tense_of(doc, head, first, depth + 1)  # `when they take their seats Tuesday`
    if tok.dep_ == "xcomp" and head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP") and any(
            a.lower_ == "to" for a in auxes):  # fmt: skip
        return FUTURE  # `is to be sentenced on June 14`
    if tok.dep_ in ("xcomp", "ccomp") and _lemma(head) in FUTURE_VERBS and not (
            tok.tag_ == "VBD" and tok.i < head.i):  # fmt: skip  (`met Tuesday; a vote is
        return FUTURE  # expected ...` keeps its past) `planned to leave on Thursday`
    if tok.dep_ == "xcomp" and head.lower_ == "due" and head.head.tag_ in ("VBZ", "VBP"):
        return FUTURE  # `is due to be sworn in on May 23`
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl") and {a.lower_ for a in auxes} >= {
            "to", "be"} and doc[min(a.i for a in auxes) - 1].text == ",":  # fmt: skip
        return FUTURE  # `The plan, to be unveiled on Thursday, ...` (not `the first person to
        # be executed on Monday`, `The plan, originally to be unveiled on Thursday, was delayed`)
    if tok.tag_ == "VBN" and auxes and all(a.lower_ in ("is", "are", "am", "'s", "'re")
                                           for a in auxes):  # fmt: skip
        return UNKNOWN  # a present passive says nothing of the date's side: `hotels are fully
        # booked from 20 to 28 May`, `is not linked with the probe into the August 7 bombings`
    if tok.tag_ in ("VBD", "VBN") or any(a.tag_ in ("VBD",) for a in auxes):
        return PAST
    if tok.tag_ == "VBP" and tok.lower_ in INVARIANT_PAST:
        return UNKNOWN  # `stocks hurt the index on Friday`: `hurt` is as likely past
    if tok.lemma_.lower() in REPORTING:
        return UNKNOWN  # `the ministry says Monday`: when it said so, not a plan
    if tok.tag_ in ("VBZ", "VBP") or (tok.tag_ == "VBG" and any(
        a.lower_ in ("is", "are", "'s", "'re", "am", "'m") for a in auxes
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
        due = due or gov.lemma_.lower() in DUE_WORDS
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
        if head.pos_ in ("VERB", "AUX") or head.head is head or _apart(head, head.head):
            break
        head = head.head
    if _apart(tok, head):
        return False  # `House vote set for Thursday` above `The Senate on Wednesday passed`
    return head.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in head.children
    )


def _tense_from_window(text: str, start: int, end: int) -> int:
    left = text[max(0, start - 80) : start]
    breaks = list(SENT_BREAK.finditer(left))
    if breaks:
        left = left[breaks[-1].end() :]
    right = text[end : end + 40]
    stop = SENT_BREAK.search(right)
    right = right[: stop.start()] if stop else right
    window = left + " " + right
    if _FUTURE.search(window):
        return FUTURE
    if _PAST.search(window):
        return PAST
    return UNKNOWN
