"""`chronicle tag` (TimeML / JSON Lines out) and `chronicle eval` (TempEval-3 style scores)."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from rich import box
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from chronicle.errors import ConfigError, InputError
from chronicle.evaluate import Counts, ErrorItem, EvalDocument, Evaluation, evaluate_systems
from chronicle.settings import Settings
from chronicle.timeml import TmlDocument, find_tml_files, read_tml, write_tml

from .options import quiet_option

CHRONICLE = "chronicle"
SPACY_BASELINE = "spacy+dateparser"
SEARCH_BASELINE = "search_dates"


@dataclass(frozen=True, slots=True)
class Source:
    """One input to tag: where it came from, where its output goes, and its text + DCT."""

    path: Path
    relative: Path
    doc: TmlDocument


def read_text_article(path: Path) -> TmlDocument:
    """A seed-format article (`date YYYY-MM-DD` then the body) as a document without gold,
    read by the same rules as `chronicle run`."""
    from chronicle.tasks.ingest import read_file

    articles, rejections = read_file(path)
    if rejections:
        raise InputError(f"{path}: {rejections[0].reason}")
    article = articles[0]
    return TmlDocument(name=path.name, dct=article.published_at, text=article.body, path=path)


def collect_sources(paths: Sequence[Path]) -> list[Source]:
    """Documents to tag. A folder gives its `.tml` files (walked recursively, hidden entries
    skipped) or, if it holds none, its `.txt` articles; a file is read as TimeML if it ends in
    `.tml`, else as a seed-format article."""
    sources: list[Source] = []
    for path in paths:
        if not path.exists():
            raise InputError(f"input {path} does not exist")
        if path.is_dir():
            from chronicle.tasks.ingest import discover

            root = path.resolve()
            visible = discover([root])
            files = [p for p in visible if p.suffix.lower() == ".tml"] or [
                p for p in visible if p.suffix.lower() == ".txt"]
            pairs = [(p, p.relative_to(root)) for p in files]
        else:
            pairs = [(path, Path(path.name))]
        for file, relative in pairs:
            is_tml = file.suffix.lower() == ".tml"
            sources.append(Source(file, relative, read_tml(file) if is_tml
                                  else read_text_article(file)))
    if not sources:
        raise InputError("no .tml or .txt articles found in " + ", ".join(map(str, paths)))
    return sources


@contextmanager
def progress_bar(quiet: bool) -> Iterator[Callable[[str, int], Callable[[int], None]]]:
    """Yields `start(description, total) -> advance(n)`; a transient rich bar on stderr."""
    if quiet:
        yield lambda description, total: lambda n: None
        return
    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), console=Console(stderr=True), transient=True)
    with bar:
        def start(description: str, total: int) -> Callable[[int], None]:
            task = bar.add_task(description, total=total)
            return lambda n: bar.advance(task, n)

        yield start


def load_tagger(settings: Settings, *, timeml: bool) -> Any:
    """The trained pipeline with `chronicle_timex`; `doc._.dct` exists once it is loaded.

    `timeml`: follow TimeML (the component's `timeml` config): a named event such as `World War
    II`, and an anniversary of one, is an EVENT, not a TIMEX3 (the pipeline itself dates named
    events as intervals); every TIMEX3 has a value; decades in durations are years.
    """
    from spacy.tokens import Doc

    from chronicle.nlp import load_pipeline

    config = {**settings.timex_config(), "timeml": timeml}  # (TimeML mode: no named events)
    nlp = load_pipeline(settings.model, timex=True, timex_config=config)
    if not Doc.has_extension("dct"):
        Doc.set_extension("dct", default=None)
    return nlp


def run_pipeline(nlp: Any, docs: Sequence[TmlDocument], batch_size: int,
                 advance: Callable[[int], None]) -> Iterator[Any]:
    """Processed spaCy docs, in order, each with its DCT set before the pipeline runs."""
    def made() -> Iterator[Any]:
        for doc in docs:
            spacy_doc = nlp.make_doc(doc.text)
            spacy_doc._.dct = doc.dct
            yield spacy_doc

    for processed in nlp.pipe(made(), batch_size=batch_size):
        advance(1)
        yield processed


def timex_record(timex: Any) -> dict[str, Any]:
    """One JSON Lines record of a chronicle Timex."""
    return {
        "text": timex.text, "start": timex.start_char, "end": timex.end_char,
        "type": timex.type, "value": timex.value, "mod": timex.mod,
        "start_date": timex.start_date.isoformat() if timex.start_date else None,
        "end_date": timex.end_date.isoformat() if timex.end_date else None,
        "granularity": timex.granularity,
    }


def output_paths(sources: Sequence[Source], out: Path, suffix: str) -> list[Path]:
    """One output path per input (same name, new suffix); refuses clashes and overwriting inputs."""
    if out.exists() and not out.is_dir():
        raise ConfigError(f"--out {out} exists and is not a directory")
    targets = [out / source.relative.with_suffix(suffix) for source in sources]
    resolved = [t.resolve() for t in targets]
    if len(set(resolved)) != len(resolved):
        raise ConfigError("two inputs would write the same output file; tag them separately")
    inputs = {source.path.resolve() for source in sources}
    if inputs & set(resolved):
        raise ConfigError(f"--out {out} would overwrite an input file; choose another folder")
    return targets


@click.command("tag")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["tml", "jsonl"]), default="tml",
              show_default=True,
              help="TimeML with our TIMEX3 tags, or a JSON line per expression.")
@click.option("--out", "out", required=True, type=click.Path(path_type=Path),
              help="Output folder (created if missing); one file per input, same name.")
@click.option("--model", help="spaCy pipeline module [default: auto].")
@quiet_option
def tag_command(paths: tuple[Path, ...], fmt: str, out: Path, model: str | None,
                quiet: bool) -> None:
    """Tag temporal expressions in PATHS: .tml files (DCT read from the file) or text articles
    starting with `date YYYY-MM-DD`. Folders are walked for .tml files, or .txt articles when
    they hold no .tml.

    \b
    Example: chronicle tag ../shared/corpora/te3-platinum --format tml --out out/te3
    """
    from chronicle.timex import get_timexes

    settings = Settings(**({"model": model} if model else {}), quiet=quiet)
    sources = collect_sources(paths)
    targets = output_paths(sources, out, "." + fmt)
    nlp = load_tagger(settings, timeml=fmt == "tml")
    started = time.perf_counter()
    count = 0
    with progress_bar(settings.quiet) as start:
        advance = start("tagging", len(sources))
        docs = run_pipeline(nlp, [s.doc for s in sources], settings.batch_size, advance)
        for source, target, processed in zip(sources, targets, docs, strict=True):
            timexes = get_timexes(processed)
            count += len(timexes)
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                if fmt == "tml":
                    write_tml(source.doc, timexes, target)
                else:
                    with target.open("w", encoding="utf-8") as handle:
                        for timex in timexes:
                            handle.write(json.dumps(timex_record(timex), ensure_ascii=False))
                            handle.write("\n")
            except OSError as exc:
                raise ConfigError(f"cannot write {target}: {exc.strerror or exc}") from exc
    if not settings.quiet:
        Console(stderr=True).print(
            f"{len(sources)} files, {count} temporal expressions, "
            f"{time.perf_counter() - started:.1f} s -> {out}")


def folder_of(path: Path, root: Path) -> str:
    """The document's folder relative to GOLD_DIR (GOLD_DIR's own name for files directly in it)."""
    if root.is_file():
        return root.parent.name or "."
    parent = path.parent.relative_to(root)
    return parent.as_posix() if parent.parts else (root.resolve().name or ".")


def system_outputs(docs: Sequence[TmlDocument], settings: Settings, baselines: bool,
                   quiet: bool) -> tuple[dict[str, list[list[Any]]], dict[str, float]]:
    """Every system's expressions per document, and the seconds each system took."""
    from chronicle.baselines import entities_baseline, search_dates_baseline
    from chronicle.timex import get_timexes

    nlp = load_tagger(settings, timeml=True)
    outputs: dict[str, list[list[Any]]] = {CHRONICLE: []}
    seconds: dict[str, float] = {}
    if baselines:
        outputs[SPACY_BASELINE] = []
        outputs[SEARCH_BASELINE] = []
    with progress_bar(quiet) as start:
        advance = start("chronicle", len(docs))
        started = time.perf_counter()
        processed = list(run_pipeline(nlp, docs, settings.batch_size, advance))
        outputs[CHRONICLE] = [get_timexes(p) for p in processed]
        seconds[CHRONICLE] = time.perf_counter() - started
        if not baselines:
            return outputs, seconds
        started = time.perf_counter()
        outputs[SPACY_BASELINE] = [entities_baseline(p, d.dct)
                                   for p, d in zip(processed, docs, strict=True)]
        seconds[SPACY_BASELINE] = time.perf_counter() - started  # + the shared spaCy run
        advance = start(SEARCH_BASELINE, len(docs))
        started = time.perf_counter()
        for doc in docs:
            outputs[SEARCH_BASELINE].append(search_dates_baseline(doc.text, doc.dct))
            advance(1)
        seconds[SEARCH_BASELINE] = time.perf_counter() - started
    return outputs, seconds


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def scores_table(report: Evaluation) -> Table:
    """Per folder and in total, one row per system."""
    table = Table(title="TIMEX3 scores (%, micro-averaged; value/type over relaxed matches)",
                  box=box.SIMPLE_HEAD)
    for column in ("folder", "system", "docs", "gold", "found", "strict\nP", "strict\nR",
                   "strict\nF1", "relaxed\nP", "relaxed\nR", "relaxed\nF1", "value\nacc",
                   "value\nF1", "type\nacc"):
        table.add_column(column, justify="left" if column in ("folder", "system") else "right",
                         no_wrap=column != "folder", overflow="fold")
    groups: list[tuple[str, dict[str, Counts]]] = [
        (folder, {s: report.by_folder[s][folder] for s in report.systems})
        for folder in report.folders
    ]
    if len(report.folders) > 1 or not groups:
        groups.append(("total", {s: report.total(s) for s in report.systems}))
    for number, (folder, by_system) in enumerate(groups):
        for index, (system, c) in enumerate(by_system.items()):
            table.add_row(
                folder if index == 0 else "", system, str(c.documents), str(c.gold),
                str(c.system), _pct(c.strict_precision), _pct(c.strict_recall),
                _pct(c.strict_f1), _pct(c.relaxed_precision), _pct(c.relaxed_recall),
                _pct(c.relaxed_f1), _pct(c.value_accuracy), _pct(c.value_f1),
                _pct(c.type_accuracy),
                end_section=index == len(by_system) - 1 and number < len(groups) - 1,
            )
    return table


def errors_table(errors: Sequence[ErrorItem]) -> Table:
    table = Table(title=f"Chronicle's worst {len(errors)} errors (grouped by kind and text)",
                  box=box.SIMPLE_HEAD)
    for column in ("n", "kind", "document", "text", "gold", "ours"):
        table.add_column(column, justify="right" if column == "n" else "left", overflow="fold")
    for e in errors:
        ours = e.system_value if e.kind != "spurious" else f"{e.system_value} ({e.system_type})"
        if e.kind in ("value", "type", "extent") and e.system_text and e.system_text != e.text:
            ours = f"{ours} [{e.system_text!r}]"
        gold = e.gold_value
        if e.kind in ("type", "missed"):
            gold = f"{e.gold_value} ({e.gold_type})"
        table.add_row(str(e.count), e.kind, e.document, repr(e.text), gold or "", ours or "")
    return table


def error_record(e: ErrorItem) -> dict[str, Any]:
    return {"count": e.count, "kind": e.kind, "document": e.document, "text": e.text,
            "gold_value": e.gold_value, "system_value": e.system_value,
            "gold_type": e.gold_type, "system_type": e.system_type,
            "system_text": e.system_text}


@click.command("eval")
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.option("--errors", "errors", type=click.IntRange(0), default=0,
              help="List Chronicle's N worst errors (missed, spurious, wrong value).")
@click.option("--no-baselines", is_flag=True, help="Score Chronicle only.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Rich table, or the same figures as JSON on stdout.")
@click.option("--model", help="spaCy pipeline module [default: auto].")
@quiet_option
def eval_command(gold_dir: Path, errors: int, no_baselines: bool, fmt: str, model: str | None,
                 quiet: bool) -> None:
    """Score Chronicle's TIMEX3 against the gold .tml files under GOLD_DIR (TempEval-3 style:
    strict and relaxed extents, value and type), beside two baselines on the same documents.

    \b
    Example: chronicle eval ../shared/corpora/te3-platinum --errors 20
    """
    settings = Settings(**({"model": model} if model else {}), quiet=quiet)
    if not gold_dir.exists():
        raise InputError(f"gold folder {gold_dir} does not exist")
    files = find_tml_files(gold_dir)
    if not files:
        raise InputError(f"no .tml files found under {gold_dir}")
    docs = [read_tml(path) for path in files]
    gold = [EvalDocument(d.name, folder_of(p, gold_dir), d.timexes, d.text)
            for p, d in zip(files, docs, strict=True)]
    outputs, seconds = system_outputs(docs, settings, not no_baselines, settings.quiet)
    report = evaluate_systems(gold, outputs)
    worst = report.worst(CHRONICLE, errors) if errors else []
    if fmt == "json":
        payload: dict[str, Any] = {"gold_dir": str(gold_dir), "systems": report.as_dict(),
                                   "seconds": {k: round(v, 2) for k, v in seconds.items()}}
        if errors:
            payload["errors"] = [error_record(e) for e in worst]
        click.echo(json.dumps(payload, indent=2))
        return
    out = Console() if sys.stdout.isatty() else Console(width=160)
    out.print(scores_table(report))
    if worst:
        out.print(errors_table(worst))
    if not settings.quiet:
        timing = ", ".join(f"{name} {value:.1f} s" for name, value in seconds.items())
        out.print(f"[dim]{len(docs)} documents; {timing} (spaCy+dateparser reuses "
                  f"Chronicle's spaCy run)[/dim]")
