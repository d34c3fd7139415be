"""How much time `chronicle_timex` adds to the trained spaCy pipeline on the same texts.

Usage: python bench/bench_tagger.py [--corpus DIR] [--repeat N] [--batch-size N]

Texts: the `.tml`/`.txt` files under --corpus, else `$CHRONICLE_CORPORA/tbaq`, else
`../shared/corpora/tbaq` (from the current directory), else the bundled seed articles.
One pipeline is loaded; each repeat times it without the tagger (`select_pipes`) and with it,
alternating which goes first, in one process. Reported: the tagger share = (with - without) /
without (target <= 0.30) as the median over the paired runs and from the best run of each,
docs/s, and the tagger's own time measured by calling the component alone on processed docs.
Times are this process's CPU seconds (`time.process_time`), which other load on the machine
disturbs far less than wall time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Sequence
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path

from chronicle.commands.tagging import collect_sources, load_tagger
from chronicle.errors import ChronicleError
from chronicle.settings import Settings
from chronicle.timeml import TmlDocument

TARGET_SHARE = 0.30
TAGGER = "chronicle_timex"
#: CPU time of this process: the machine is shared, and wall time mostly measures the others.
CLOCK = time.process_time


def default_corpus() -> Path | None:
    """tbaq from $CHRONICLE_CORPORA or ../shared/corpora, if present."""
    roots = [Path(os.environ["CHRONICLE_CORPORA"])] if os.environ.get("CHRONICLE_CORPORA") else []
    roots.append(Path("..") / "shared" / "corpora")
    for root in roots:
        if (root / "tbaq").is_dir():
            return root / "tbaq"
    return None


def run_once(nlp, docs: Sequence[TmlDocument], batch_size: int, with_tagger: bool) -> float:
    """Seconds for tokenising and running the pipeline (with or without the tagger) on `docs`."""

    def made():
        for doc in docs:
            spacy_doc = nlp.make_doc(doc.text)
            spacy_doc._.dct = doc.dct
            yield spacy_doc

    with ExitStack() as stack:
        if not with_tagger:
            stack.enter_context(nlp.select_pipes(disable=[TAGGER]))
        started = CLOCK()
        for _ in nlp.pipe(made(), batch_size=batch_size):
            pass
        return CLOCK() - started


def component_time(nlp, docs: Sequence[TmlDocument], batch_size: int) -> float:
    """Seconds spent in the tagger alone, called on docs the rest of the pipeline processed."""
    tagger = nlp.get_pipe(TAGGER)
    with nlp.select_pipes(disable=[TAGGER]):
        processed = []
        for doc in docs:
            spacy_doc = nlp.make_doc(doc.text)
            spacy_doc._.dct = doc.dct
            processed.append(spacy_doc)
        processed = list(nlp.pipe(processed, batch_size=batch_size))
    started = CLOCK()
    for doc in processed:
        tagger(doc)
    return CLOCK() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="folder of .tml or seed-format .txt files")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each (default 3)")
    parser.add_argument("--batch-size", type=int, default=64, help="nlp.pipe batch size")
    parser.add_argument("--model", default="auto", help="spaCy pipeline module")
    args = parser.parse_args(argv)
    with ExitStack() as stack:
        corpus = args.corpus or default_corpus()
        if corpus is None:
            corpus = stack.enter_context(as_file(files("chronicle.seeds") / "articles"))
        try:
            docs = [source.doc for source in collect_sources([corpus])]
            nlp = load_tagger(Settings(model=args.model), timeml=False)
        except ChronicleError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            return 1
    words = sum(len(doc.text.split()) for doc in docs)
    print(f"corpus: {corpus} ({len(docs)} docs, {words:,} words); pipeline: "
          f"{nlp.meta.get('name', '?')} {', '.join(nlp.pipe_names)}")
    warm = docs[: min(len(docs), 20)]
    run_once(nlp, warm, args.batch_size, True)
    run_once(nlp, warm, args.batch_size, False)
    without: list[float] = []
    with_: list[float] = []
    for repeat in range(max(1, args.repeat)):
        order = (False, True) if repeat % 2 == 0 else (True, False)
        for with_tagger in order:
            seconds = run_once(nlp, docs, args.batch_size, with_tagger)
            (with_ if with_tagger else without).append(seconds)
        print(f"run {repeat + 1}: without tagger {without[-1]:.2f} s, with {with_[-1]:.2f} s")
    paired = statistics.median((w - wo) / wo for w, wo in zip(with_, without, strict=True))
    base, full = min(without), min(with_)
    own = component_time(nlp, docs, args.batch_size)
    print(f"spaCy pipeline alone : {base:7.2f} s  {len(docs) / base:7.1f} docs/CPU-s (best run)")
    print(f"with chronicle_timex : {full:7.2f} s  {len(docs) / full:7.1f} docs/CPU-s (best run)")
    print(f"tagger share (with - without) / without: median of paired runs {paired:.3f}, "
          f"best runs {(full - base) / base:.3f} "
          f"(target <= {TARGET_SHARE:.2f}: {'ok' if paired <= TARGET_SHARE else 'OVER'})")
    print(f"tagger alone on processed docs: {own:.2f} s = {own / base:.3f} of the pipeline time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
