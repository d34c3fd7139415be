"""Clause structure from the dependency parse: clause heads, triggers, headlines, tense.

Pure functions over spaCy tokens (labels of the ClearNLP scheme the English pipelines use), so
they run on any parsed Doc, including hand-built ones in tests.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Dependency labels that open a clause of their own (besides the sentence root).
CLAUSE_DEPS = frozenset({"conj", "ccomp", "advcl", "relcl", "parataxis", "csubj"})
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass")
OBJECT_DEPS = ("dobj", "attr", "oprd", "acomp", "dative")
#: Verbs whose `xcomp` carries the event (`are preparing to discuss` -> discuss).
CONTROL_VERBS = frozenset({
    "prepare", "plan", "intend", "expect", "schedule", "aim", "set", "seek", "agree", "decide",
    "try", "continue", "begin", "start", "hope", "want", "vow", "pledge", "promise", "threaten",
    "go", "move", "attempt", "fail", "refuse", "offer"})
#: Of those, the ones that announce something still to come.
PLAN_VERBS = frozenset({"prepare", "plan", "intend", "expect", "schedule", "aim", "set", "vow",
                        "pledge", "promise", "threaten", "go"})
#: Verbs that only say an event happened; the event is their subject or object noun.
LIGHT_VERBS = frozenset({"occur", "happen", "take", "be", "come", "begin", "end", "hold",
                         "conduct", "stage", "make", "have"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
#: Modifiers that make an event noun a planned one (`an upcoming summit`).
PLANNED_MODIFIERS = frozenset({"upcoming", "forthcoming", "coming", "planned", "scheduled",
                               "proposed", "next", "expected", "impending"})
#: Plural nouns that point back to the actors of the previous sentence (`the two leaders`).
PERSON_ANAPHORS = frozenset({"leader", "president", "minister", "official", "man", "woman",
                             "head", "premier", "chancellor", "counterpart"})
GROUP_ANAPHORS = frozenset({"country", "nation", "side", "government", "state", "party",
                            "capital", "neighbour", "neighbor", "ally"})
PERSON_PRONOUNS = frozenset({"he", "she"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})


def clause_heads(sent: Span) -> list[Token]:
    """The tokens heading a clause of `sent`: its root and verbs attached as clauses."""
    heads = []
    for token in sent:
        if token.dep_ == "ROOT" or token.head.i == token.i:
            heads.append(token)
        elif token.dep_ in CLAUSE_DEPS and token.pos_ in ("VERB", "AUX"):
            heads.append(token)
    return heads


def clause_of(token: Token, heads: set[int]) -> tuple[Token, int]:
    """The clause head governing `token` (by index set `heads`) and the path length to it."""
    steps = 0
    while token.i not in heads and token.head.i != token.i:
        token = token.head
        steps += 1
    return token, steps


def clause_tokens(head: Token, event_heads: set[int]) -> list[Token]:
    """Tokens of the clause headed by `head`, without nested clauses that are events too."""
    out: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if c.i not in event_heads)
    return sorted(out, key=lambda t: t.i)


def event_verb(head: Token) -> Token:
    """The verb carrying the event: the `xcomp` of a control verb (`prepare to discuss`)."""
    if head.lemma_.lower() in CONTROL_VERBS:
        for child in head.children:
            if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
                return event_verb(child)
    return head


def subject_of(head: Token) -> Token | None:
    """The subject of a clause, looking through conjoined verbs, `xcomp` and relative clauses."""
    for child in head.children:
        if child.dep_ in SUBJECT_DEPS:
            if head.dep_ == "relcl" and child.tag_ in ("WDT", "WP", "IN"):
                return head.head
            return child
    if head.dep_ in ("conj", "xcomp") and head.head.i != head.i:
        return subject_of(head.head)
    if head.dep_ == "relcl":
        return head.head
    return None


def object_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            return child
    return None


def trigger_token(head: Token) -> Token:
    """The governing verb or event noun: `the exchange occurred` -> exchange."""
    verb = event_verb(head)
    if verb.pos_ in ("NOUN", "PROPN"):
        return verb
    lemma = verb.lemma_.lower()
    if lemma in LIGHT_VERBS:
        candidates = [subject_of(verb)] if lemma != "hold" else []
        candidates.append(object_of(verb))
        for noun in candidates:
            if noun is not None and noun.pos_ == "NOUN":
                return noun
    return verb


def is_future(head: Token) -> bool:
    """Future tense or a plan: `will brief`, `are preparing to discuss`, `an upcoming summit`."""
    token: Token | None = head
    while token is not None:
        for child in token.children:
            if child.dep_ == "aux" and child.lower_ in FUTURE_AUX:
                return True
        if token.lemma_.lower() in PLAN_VERBS and any(c.dep_ == "xcomp" for c in token.children):
            return True
        token = token.head if token.dep_ == "xcomp" else None
    return False


def has_planned_modifier(tokens: list[Token]) -> bool:
    return any(
        t.lower_ in PLANNED_MODIFIERS and t.dep_ in ("amod", "advmod") and t.head.pos_ == "NOUN"
        for t in tokens
    )


def entity_text(text: str) -> str:
    """A name without a leading `the` or a trailing possessive (`the US's` -> `US`)."""
    text = " ".join(text.split())
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if text.endswith(suffix):
            text = text[: -len(suffix)].rstrip()
            break
    if text.lower().startswith("the "):
        text = text[4:]
    return text


def join_names(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    if len(names) == 3:
        return f"{names[0]}, {names[1]} and {names[2]}"
    return f"{names[0]}, {names[1]} and others"


#: Words a headline never ends on.
TRAILING_WORDS = frozenset({"the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by",
                            "from", "and", "or", "as", "that", "which", "who", "whose", "'s",
                            "\u2019s", "-", ",", ":", ";"})
MAX_WORDS = 12
#: Most prepositional modifiers a noun phrase keeps (`exchange of letters between X and Y`).
NOUN_PREPS = 2
MAX_NP_WORDS = 8
#: Prepositions whose phrase is not part of a short noun phrase (`cooperation, including ...`).
SKIP_PREPS = frozenset({"including", "like", "such", "as", "despite", "after", "before",
                        "during", "since", "until", "amid", "following"})
WH_WORDS = frozenset({"where", "what", "when", "why", "how", "who", "whom"})


def _join(tokens: list[Token]) -> str:
    """Tokens as written: the document's own spacing between neighbours, one space across gaps."""
    out = ""
    tokens = sorted(set(tokens), key=lambda t: t.i)
    for n, token in enumerate(tokens):
        out += token.text
        if n + 1 < len(tokens):
            out += token.whitespace_ if tokens[n + 1].i == token.i + 1 else " "
    return out.strip()


def _entity_at(token: Token) -> Span | None:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent if ent.label_ in NAME_LABELS else None
    return None


def _name(token: Token, exclude: set[int] | frozenset[int]) -> str | None:
    """The whole name `token` belongs to: its entity span, else the proper noun with its
    compounds (`Washington has accused North Korea`, never `North`)."""
    ent = _entity_at(token)
    if ent is not None:
        return entity_text(ent.text)
    if token.pos_ == "PROPN":
        parts = [c for c in token.children
                 if c.dep_ in ("compound", "flat") and c.i < token.i and c.i not in exclude]
        start = min([token.i] + [c.left_edge.i for c in parts])
        return entity_text(_join([t for t in token.doc[start:token.i + 1] if t.i not in exclude]))
    return None


def _modifiers(token: Token, exclude: set[int] | frozenset[int]) -> list[Token]:
    """Words before a common noun that belong to its phrase, each kept whole (`low-lying`,
    `Saturn V rocket`, `Russia's newest spaceport`)."""
    kept: list[Token] = []
    for child in token.children:
        if child.i > token.i or child.i in exclude:
            continue
        ent = _entity_at(child)
        if child.dep_ == "poss" and (ent is None or child.pos_ == "PRON"):
            continue
        attached = all(not t.whitespace_ for t in token.doc[child.i:token.i])
        if child.dep_ not in ("compound", "amod", "nummod", "nmod", "quantmod", "poss") and not (
                attached and child.dep_ in ("advmod", "punct")):
            continue
        if ent is not None and ent.end <= token.i:
            kept += [t for t in ent if t.lower_ != "the"]
            kept += [t for t in child.subtree if t.i >= ent.end and t.i not in exclude]
            continue
        subtree = [t for t in child.subtree if t.dep_ not in ("det", "predet", "punct")
                   or t.text in ("-", "'s", "\u2019s")]
        if len(subtree) <= 4 and not any(t.i in exclude for t in subtree):
            kept += subtree
        else:
            kept.append(child)
    return kept


def short_np(token: Token, exclude: set[int] | frozenset[int] = frozenset(),
             preps: int = NOUN_PREPS) -> str:
    """A noun phrase in a few words: whole names (with their conjuncts), else the noun with its
    modifiers and up to `preps` short prepositional phrases (`friendship between X and Y`)."""
    if token.pos_ == "PRON":
        return token.text
    own = _entity_at(token)
    for child in token.children:  # `the spokesperson, Vedant Patel`; `Michael Collins, now 88`
        ent = _entity_at(child)
        if child.dep_ == "appos" and ent and (own is None or ent.label_ == "PERSON" != own.label_):
            return short_np(child, exclude, preps)
    name = _name(token, exclude)
    if name is not None:
        names = [name]
        for conj in token.conjuncts:
            if conj.i > token.i and conj.i not in exclude:
                names.append(_name(conj, exclude) or short_np(conj, exclude, 0))
        return join_names(list(dict.fromkeys(names)))
    phrase = _join(_modifiers(token, exclude) + [token])
    for child in token.children:
        if (preps <= 0 or child.dep_ != "prep" or child.i < token.i or child.i in exclude
                or child.lower_ in SKIP_PREPS):
            continue
        pobj = [c for c in child.children if c.dep_ == "pobj" and c.i not in exclude]
        if not pobj:
            continue
        # `governors in Louisiana and Mississippi`, the conjunct misattached to the noun
        more = [c for c in token.children if c.dep_ == "conj" and c.i > pobj[0].i
                and _entity_at(pobj[0]) and _entity_at(c) and c.i not in exclude]
        nested = 1 if child.lower_ == "of" else 0
        for depth in (nested, 0):
            obj = short_np(pobj[0], exclude, depth)
            if more:
                obj = join_names([obj] + [short_np(c, exclude, 0) for c in more])
            longer = f"{phrase} {child.text} {obj}"
            if len(longer.split()) <= MAX_NP_WORDS:
                break
        else:
            break
        phrase, preps = longer, preps - 1
    return phrase


def verb_phrase(head: Token, verb: Token) -> str:
    """`will brief`, `was established`, `prepare to discuss`: modal, passive and particle kept."""
    words: list[Token] = []
    for token in (head, verb) if verb.i != head.i else (head,):
        words += [c for c in token.children if c.dep_ in ("aux", "auxpass", "neg", "prt")
                  and c.lower_ != "to"]
        words.append(token)
    if verb.i != head.i:
        words += [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
    return " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))


def headline_subject(head: Token) -> Token | None:
    """The subject a headline names: for a relative clause on `which/who/that`, the antecedent,
    climbing from a coordinated prepositional object to the noun it modifies (`the friendship
    between North Korea and Russia, which was established` -> friendship)."""
    subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < head.i]
    if len(subjects) > 1:  # `Three leaders, ...: that was the outcome` -> that
        return subjects[-1]
    subject = subject_of(head)
    if head.dep_ != "relcl" or subject is None or subject.i != head.head.i:
        return subject
    noun = subject
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    if (noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN"
            and (noun.conjuncts or noun.i != subject.i)):
        return prep.head
    return subject


def _prep_phrase(verb: Token, exclude: set[int] | frozenset[int]) -> str | None:
    """The first prepositional phrase after the verb whose object is not a date."""
    for child in verb.children:
        if child.dep_ not in ("prep", "agent") or child.i < verb.i or child.i in exclude:
            continue
        pobj = [c for c in child.children if c.dep_ == "pobj" and c.i not in exclude]
        if not pobj:  # `came to Russia looking for ...`: the subject of the prepositional clause
            pobj = [s for c in child.children if c.dep_ == "pcomp" for s in c.children
                    if s.dep_ == "nsubj" and s.i not in exclude]
        if pobj and not (child.lower_ == "with" and any(c.tag_ == "VBG" for c in pobj[0].children)):
            return f"{child.text} {short_np(pobj[0], exclude, 1)}"
    return None


def _complement(verb: Token, exclude: set[int] | frozenset[int], depth: int = 0) -> str | None:
    """What follows the verb: its object or complement, a short prepositional phrase, the
    clause a copula introduces (`is where Moscow shows off`) or a comparative (`grown closer`)."""
    obj = object_of(verb)
    if obj is not None:
        text = short_np(obj, exclude, 1) if obj.pos_ in ("NOUN", "PROPN", "PRON", "NUM") else None
        if text is None:
            text = _join([t for t in obj.subtree if t.i not in exclude
                          and t.dep_ not in ("punct", "det", "cc", "conj")])
            text = text if len(text.split()) <= 4 else obj.text
        return text
    later = [c for c in verb.children if c.i > verb.i and c.i not in exclude]
    for child in later:
        if child.dep_ in ("advmod", "acomp") and child.tag_ in ("JJR", "RBR"):
            return child.text
    prep = _prep_phrase(verb, exclude)
    if prep:
        return prep
    for child in later:
        wh = any(c.lower_ in WH_WORDS for c in child.children if c.i < child.i)
        if depth == 0 and verb.lemma_ == "be" and (
                child.dep_ == "xcomp" or (child.dep_ in ("ccomp", "advcl") and wh)):
            return _clause_brief(child, exclude)
    return None


def _clause_brief(clause: Token, exclude: set[int] | frozenset[int]) -> str:
    """A complement clause in a few words: `to open main ceremony`, `where Moscow shows off`."""
    wh = [c for c in clause.children if c.lower_ in WH_WORDS and c.i < clause.i]
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    parts = [wh[0].lower_] if wh else []
    if subject is not None and subject not in wh:
        parts.append(short_np(subject, exclude, 0))
    parts.append(verb_phrase(clause, clause))
    if clause.dep_ == "xcomp":
        parts[-1:] = [_join([c for c in clause.children if c.lower_ == "to"] + [clause])]
    parts.append(_complement(clause, exclude, 1) or "")
    return " ".join(p for p in parts if p)


def _tidy(text: str) -> str:
    """At most MAX_WORDS words, no trailing function word, capitalised."""
    words = text.split()[:MAX_WORDS]
    while len(words) > 1 and words[-1].lower() in TRAILING_WORDS:
        words.pop()
    text = " ".join(words).rstrip(",;:")
    return text[:1].upper() + text[1:]


def headline(head: Token, exclude: set[int]) -> str:
    """Subject-verb-object in a few words: `Kim Jong Un and Vladimir Putin have expressed
    commitment`. Names stay whole, a relative clause takes its antecedent as subject, a copula
    its complement; tense and auxiliaries are kept as written."""
    verb = event_verb(head)
    subject = headline_subject(head)
    inner = {t.i for t in head.subtree} if subject is not None and subject.i not in {
        t.i for t in head.subtree} else set()
    rest = [verb_phrase(head, verb), _complement(verb, exclude) or ""]
    text = ""
    for preps in range(NOUN_PREPS, -1, -1):  # a shorter subject before cutting the object
        parts = [short_np(subject, set(exclude) | inner, preps)] if subject is not None else []
        text = " ".join(p for p in parts + rest if p)
        if len(text.split()) <= MAX_WORDS:
            break
    return _tidy(text)


def anaphor_kind(tokens: list[Token]) -> str | None:
    """`person` or `group` when the clause's subject points back to earlier actors."""
    for token in tokens:
        if token.dep_ in SUBJECT_DEPS and token.lower_ in PERSON_PRONOUNS:
            return "pronoun"
        if token.dep_ in SUBJECT_DEPS and token.lower_ in ("they", "both"):
            return "group"
        plural = token.tag_ in ("NNS", "NNPS")
        if plural or any(c.lower_ in ("two", "both") for c in token.children):
            lemma = token.lemma_.lower()
            definite = any(c.dep_ in ("det", "nummod", "predet", "preconj") for c in token.children)
            if definite and lemma in PERSON_ANAPHORS:
                return "person"
            if definite and lemma in GROUP_ANAPHORS:
                return "group"
    return None
