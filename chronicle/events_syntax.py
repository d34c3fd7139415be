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
CONTROL_VERBS = frozenset(
    {
        "prepare", "plan", "intend", "expect", "schedule", "aim", "set", "seek", "agree",
        "decide", "try", "continue", "begin", "start", "hope", "want", "vow", "pledge",
        "promise", "threaten", "go", "move", "attempt", "fail", "refuse", "offer",
    }
)
#: Of those, the ones that announce something still to come.
PLAN_VERBS = frozenset(
    {"prepare", "plan", "intend", "expect", "schedule", "aim", "set", "vow", "pledge",
     "promise", "threaten", "go"}
)
#: Verbs that only say an event happened; the event is their subject or object noun.
LIGHT_VERBS = frozenset({"occur", "happen", "take", "be", "come", "begin", "end", "hold",
                         "conduct", "stage", "make", "have"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
#: Modifiers that make an event noun a planned one (`an upcoming summit`).
PLANNED_MODIFIERS = frozenset(
    {"upcoming", "forthcoming", "coming", "planned", "scheduled", "proposed", "next",
     "expected", "impending"}
)
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
        if token.dep_ == "ROOT" or token.head is token:
            heads.append(token)
        elif token.dep_ in CLAUSE_DEPS and token.pos_ in ("VERB", "AUX"):
            heads.append(token)
    return heads


def clause_of(token: Token, heads: set[int]) -> tuple[Token, int]:
    """The clause head governing `token` (by index set `heads`) and the path length to it."""
    steps = 0
    while token.i not in heads and token.head is not token:
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
    if head.dep_ in ("conj", "xcomp") and head.head is not head:
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


def entity_names(token: Token, exclude: set[int] | frozenset[int] = frozenset()) -> list[str]:
    """Names of the entities in `token`'s subtree (nationalities only when nothing else)."""
    subtree = {t.i for t in token.subtree} - set(exclude)
    found: list[tuple[str, str]] = []
    for ent in token.doc.ents:
        if ent.label_ in NAME_LABELS and any(i in subtree for i in range(ent.start, ent.end)):
            name = entity_text(ent.text)
            if name and name.lower() not in {n.lower() for n, _ in found}:
                found.append((name, ent.label_))
    named = [n for n, label in found if label != "NORP"]
    return named or [n for n, _ in found]


def join_names(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    if len(names) == 3:
        return f"{names[0]}, {names[1]} and {names[2]}"
    return f"{names[0]}, {names[1]} and others"


def short_np(token: Token, exclude: set[int] | frozenset[int] = frozenset()) -> str:
    """A noun phrase in a few words: its names, else the noun with its compounds and `of X`."""
    if token.pos_ == "PRON":
        return token.text
    appos = [c for c in token.children if c.dep_ == "appos" and c.ent_type_ and c.i not in exclude]
    if appos:
        return short_np(appos[0], exclude)
    names = entity_names(token, exclude)
    is_name = bool(token.ent_type_) or token.pos_ == "PROPN" or any(
        c.dep_ in ("appos", "conj") and c.ent_type_ for c in token.children
    )
    if is_name and names:
        return join_names(names)
    words = [
        c
        for c in token.children
        if c.dep_ in ("compound", "amod", "nummod") and c.i < token.i and c.i not in exclude
    ]
    phrase = [w.text for w in words[-2:]] + [token.text]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i not in exclude:
            pobj = [c for c in child.children if c.dep_ == "pobj" and c.i not in exclude]
            if pobj:
                phrase += ["of", short_np(pobj[0], exclude)]
            break
    return " ".join(phrase)


def verb_phrase(head: Token, verb: Token) -> str:
    """`will brief`, `was established`, `prepare to discuss`: modal, passive and particle kept."""
    words: list[Token] = []
    for token in (head, verb) if verb is not head else (head,):
        words += [c for c in token.children if c.dep_ in ("aux", "auxpass", "neg", "prt")
                  and c.lower_ != "to"]
        words.append(token)
    if verb is not head:
        words += [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
    return " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))


def headline(head: Token, exclude: set[int]) -> str:
    """Subject-verb-object in a few words: `Kim Jong Un and Vladimir Putin have expressed
    commitment`."""
    verb = event_verb(head)
    subject = subject_of(head)
    parts = []
    if subject is not None:
        inner = {t.i for t in head.subtree} if head.dep_ == "relcl" else set()
        parts.append(short_np(subject, exclude | inner))
    parts.append(verb_phrase(head, verb))
    obj = object_of(verb)
    if obj is not None:
        parts.append(short_np(obj, exclude))
    else:
        for child in verb.children:
            if child.dep_ in ("prep", "agent") and child.i > verb.i and child.i not in exclude:
                pobj = [c for c in child.children if c.dep_ == "pobj" and c.i not in exclude]
                if pobj:
                    parts.append(f"{child.text} {short_np(pobj[0], exclude)}")
                    break
    text = " ".join(p for p in parts if p)
    return text[:1].upper() + text[1:]


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
