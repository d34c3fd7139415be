"""TimeML in and out: read `.tml` files (DCT, plain TEXT, gold TIMEX3) and write our tags.

Reading is a small scanner over the raw markup rather than an XML parser, so that the plain
text keeps the file's exact characters (XML parsers fold ``\\r\\n`` into ``\\n``). Inside
``<TEXT>`` every tag is removed (EVENT, SIGNAL, TIMEX3, ...) and the five XML entities plus
numeric character references are unescaped; gold TIMEX3 offsets index that plain text.
The DCT is the TIMEX3 with ``functionInDocument="CREATION_TIME"`` (inside ``<DCT>``, outside
``<TEXT>``); it is not a gold expression.

Writing keeps the input's header (everything before ``<TEXT>``: DOCID, DCT, TITLE, ...) and
puts only our TIMEX3 tags into ``<TEXT>``; gold EVENT/TLINK markup is not carried over. Text is
escaped (``&``, ``<``, ``>`` and ``\\r`` as ``&#13;``) so that reading the output gives back
exactly the input's plain text, with this module or with any XML parser.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from chronicle.errors import InputError

_TEXT_RE = re.compile(r"<TEXT(?:\s[^>]*)?>(.*?)</TEXT\s*>", re.S)
_TOKEN_RE = re.compile(r"<!--.*?-->|<\?.*?\?>|<!\[CDATA\[.*?\]\]>|<[^>]*>|[^<]+", re.S)
_TAG_RE = re.compile(r"<\s*(/?)\s*([A-Za-z_][\w.:-]*)(.*?)(/?)\s*>", re.S)
_ATTR_RE = re.compile(r"([A-Za-z_][\w.:-]*)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_ENTITY_RE = re.compile(r"&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_DCT_TIMEX_RE = re.compile(r"<TIMEX3\b([^>]*)>", re.S)
_ISO_DATE_RE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


@dataclass(frozen=True, slots=True)
class TmlTimex:
    """One TIMEX3 extent inside TEXT, with offsets into the document's plain text."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None = None
    tid: str | None = None


@dataclass(slots=True)
class TmlDocument:
    """A TimeML document: its plain TEXT, reference date and gold TIMEX3 expressions."""

    name: str
    dct: date
    text: str
    timexes: list[TmlTimex] = field(default_factory=list)
    path: Path | None = None
    #: Raw markup up to and including the ``<TEXT>`` opening tag (DOCID, DCT, TITLE, ...).
    head: str = ""
    #: Raw markup of TEXT's content, gold tags included.
    markup: str = ""


def unescape_xml(raw: str) -> str:
    """Unescape the five XML entities and numeric references; leave anything else as is."""

    def repl(match: re.Match[str]) -> str:
        ref = match.group(1)
        if ref.startswith("#x"):
            return chr(int(ref[2:], 16))
        if ref.startswith("#"):
            return chr(int(ref[1:]))
        return _ENTITIES[ref]

    return _ENTITY_RE.sub(repl, raw)


def escape_text(text: str) -> str:
    """Escape plain text for element content; ``\\r`` survives any XML parser as ``&#13;``."""
    return escape(text).replace("\r", "&#13;")


def parse_attrs(raw: str) -> dict[str, str]:
    """Attributes of one tag's inside, values unescaped."""
    return {m.group(1): unescape_xml(m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTR_RE.finditer(raw)}


def parse_dct(markup: str) -> date | None:
    """The date of the TIMEX3 marked CREATION_TIME (value ``YYYY-MM-DD[T...]``), if any."""
    for match in _DCT_TIMEX_RE.finditer(markup):
        attrs = parse_attrs(match.group(1))
        if attrs.get("functionInDocument") != "CREATION_TIME":
            continue
        found = _ISO_DATE_RE.match(attrs.get("value", ""))
        if found:
            year, month, day = (int(part) for part in found.groups())
            try:
                return date(year, month, day)
            except ValueError:
                return None
    return None


def strip_markup(markup: str) -> tuple[str, list[TmlTimex]]:
    """Plain text of TEXT's content and the TIMEX3 extents found in it (document order)."""
    pieces: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    timexes: list[TmlTimex] = []
    for token in _TOKEN_RE.finditer(markup):
        raw = token.group(0)
        if not raw.startswith("<"):
            piece = unescape_xml(raw)
            pieces.append(piece)
            length += len(piece)
            continue
        if raw.startswith("<![CDATA["):
            piece = raw[9:-3]
            pieces.append(piece)
            length += len(piece)
            continue
        tag = _TAG_RE.fullmatch(raw)
        if tag is None or tag.group(2) != "TIMEX3" or tag.group(4):
            continue  # other tags, comments, and empty (non-consuming) TIMEX3 carry no text
        if not tag.group(1):
            open_timexes.append((length, parse_attrs(tag.group(3))))
        elif open_timexes:
            start, attrs = open_timexes.pop()
            timexes.append(
                TmlTimex(start=start, end=length, text="", type=attrs.get("type", ""),
                         value=attrs.get("value"), mod=attrs.get("mod"), tid=attrs.get("tid"))
            )
    text = "".join(pieces)
    ordered = sorted(timexes, key=lambda t: (t.start, -t.end))
    return text, [
        TmlTimex(t.start, t.end, text[t.start:t.end], t.type, t.value, t.mod, t.tid)
        for t in ordered
    ]


def parse_tml(source: str, name: str = "<string>", path: Path | None = None) -> TmlDocument:
    """Parse the markup of one TimeML document (see `read_tml`)."""
    body = _TEXT_RE.search(source)
    if body is None:
        raise InputError(f"{name}: no <TEXT>...</TEXT> element")
    dct = parse_dct(source[: body.start()]) or parse_dct(source)
    if dct is None:
        raise InputError(f"{name}: no DCT (TIMEX3 with functionInDocument=\"CREATION_TIME\")")
    markup = body.group(1)
    text, timexes = strip_markup(markup)
    return TmlDocument(name=name, dct=dct, text=text, timexes=timexes, path=path,
                       head=source[: body.start(1)], markup=markup)


def read_tml(path: str | Path) -> TmlDocument:
    """Read one `.tml` file: name, DCT, plain TEXT and its gold TIMEX3 (offsets into TEXT)."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            source = handle.read()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text: {exc}") from exc
    return parse_tml(source, name=path.name, path=path)


def find_tml_files(root: str | Path) -> list[Path]:
    """`.tml` files under `root` (recursively, sorted), or `root` itself if it is one."""
    root = Path(root)
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise InputError(f"no such file or directory: {root}")
    return sorted(p for p in root.rglob("*.tml") if p.is_file())


def read_corpus(root: str | Path) -> list[TmlDocument]:
    """Every `.tml` document under `root`, recursively, in path order."""
    files = find_tml_files(root)
    if not files:
        raise InputError(f"no .tml files found under {root}")
    return [read_tml(path) for path in files]


def as_tml_timex(item: Any, text: str) -> TmlTimex:
    """A TmlTimex from a TmlTimex, a `chronicle.timex.Timex` or (start, end, type, value[, mod])."""
    if isinstance(item, TmlTimex):
        return item
    if hasattr(item, "start_char"):
        start, end = item.start_char, item.end_char
        return TmlTimex(start, end, text[start:end], item.type, item.value,
                        getattr(item, "mod", None))
    if hasattr(item, "start") and hasattr(item, "type"):
        start, end = item.start, item.end
        return TmlTimex(start, end, text[start:end], item.type, item.value,
                        getattr(item, "mod", None))
    start, end, type_, value, *rest = item
    return TmlTimex(start, end, text[start:end], type_, value, rest[0] if rest else None)


def non_overlapping(timexes: Iterable[TmlTimex]) -> list[TmlTimex]:
    """Drop empty extents and any that overlap an earlier (or, at equal start, longer) one."""
    kept: list[TmlTimex] = []
    end = -1
    for timex in sorted(timexes, key=lambda t: (t.start, -t.end)):
        if timex.end <= timex.start or timex.start < end:
            continue
        kept.append(timex)
        end = timex.end
    return kept


def render_text(text: str, timexes: Sequence[TmlTimex]) -> str:
    """TEXT content: escaped `text` with a TIMEX3 tag around each (non-overlapping) extent."""
    out: list[str] = []
    cursor = 0
    for number, timex in enumerate(non_overlapping(timexes), start=1):
        if timex.end > len(text):
            continue
        attrs = f"tid=\"t{number}\" type={quoteattr(timex.type)}"
        attrs += f" value={quoteattr(timex.value or '')}"
        if timex.mod:
            attrs += f" mod={quoteattr(timex.mod)}"
        out.append(escape_text(text[cursor:timex.start]))
        out.append(f"<TIMEX3 {attrs}>{escape_text(text[timex.start:timex.end])}</TIMEX3>")
        cursor = timex.end
    out.append(escape_text(text[cursor:]))
    return "".join(out)


def default_head(name: str, dct: date) -> str:
    """Header for a document that did not come from a `.tml` file."""
    docid = escape(Path(name).stem)
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n\n'
        f"<DOCID>{docid}</DOCID>\n\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct.isoformat()}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{dct.isoformat()}</TIMEX3></DCT>\n\n<TEXT>'
    )


def to_tml(doc: TmlDocument | tuple[str, date, str], timexes: Iterable[Any]) -> str:
    """The TimeML markup of `doc` with our `timexes` as the only tags inside TEXT."""
    if isinstance(doc, TmlDocument):
        name, dct, text, head = doc.name, doc.dct, doc.text, doc.head
    else:
        name, dct, text = doc
        head = ""
    items = [as_tml_timex(item, text) for item in timexes]
    return (head or default_head(name, dct)) + render_text(text, items) + "</TEXT>\n\n</TimeML>\n"


def write_tml(
    doc: TmlDocument | tuple[str, date, str], timexes: Iterable[Any], out_path: str | Path
) -> Path:
    """Write `doc` as TimeML with our TIMEX3 tags to `out_path`; returns the path written."""
    out_path = Path(out_path)
    with out_path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(to_tml(doc, timexes))
    return out_path
