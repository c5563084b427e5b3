"""What temporal work costs on top of the spaCy model: bare ``nlp.pipe`` vs ``load_nlp()`` + ``resolve_timexes``.

Texts: the 120 MEANTIME articles (as the evaluation reconstructs them) and the 924 RAMS dev windows (sentence tokens
joined by spaces), so the cost is measured on both short and article-length news. Two measurements, each the best
of ``--repeat`` runs after a warm-up (wall and CPU time), in one process on the same texts:

1. end to end: ``spacy.load(model).pipe(texts)`` vs ``load_nlp().pipe(texts)`` followed by ``resolve_timexes``;
2. per component: every pipe of ``load_nlp()`` run over the whole batch in turn, plus ``resolve_timexes``, so the
   temporal share (``dateline_*`` components + resolution) is read directly instead of as a noisy difference.

    python benchmarks/temporal_speed.py [--repeat 3] [--limit N]
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
MEANTIME = SHARED / "meantime_en" / "intra-doc_annotation"
RAMS = SHARED / "rams_dev" / "dev.jsonlines"
#: The temporal work: detection component and resolution. Other ``dateline_*`` components (e.g. paragraphs) are
#: shown but not counted.
TEMPORAL = {"dateline_timex", "resolve_timexes"}
RAMS_ANCHOR = date(2016, 6, 15)  # RAMS windows carry no date; any fixed anchor serves for timing


def load_texts(limit: int | None) -> list[tuple[str, date]]:
    """(text, anchor) pairs: MEANTIME with its DCTs, then RAMS windows with a fixed anchor."""
    from dateline.evaluation.timeml import read_documents

    items = [(d.text, d.dct) for d in read_documents([MEANTIME])] if MEANTIME.is_dir() else []
    if RAMS.exists():
        with RAMS.open(encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                items.append((" ".join(tok for sent in doc["sentences"] for tok in sent), RAMS_ANCHOR))
    return items[:limit] if limit else items


def interleaved(repeat: int, **fns) -> dict[str, tuple[float, float]]:
    """Best (wall, CPU) seconds of each function, runs alternated so machine load drifts hit all of them alike.

    CPU time (``time.process_time``) is reported next to wall time because these machines are shared: another
    process can stretch wall time but hardly this process's own CPU time.
    """
    best: dict[str, tuple[float, float]] = {}
    for _ in range(repeat):
        for name, fn in fns.items():
            gc.collect()  # start every run from the same heap
            w0, c0 = time.perf_counter(), time.process_time()
            fn()
            wall, cpu = time.perf_counter() - w0, time.process_time() - c0
            old = best.get(name, (wall, cpu))
            best[name] = (min(old[0], wall), min(old[1], cpu))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()

    import spacy

    from dateline.extractors.pipeline import DEFAULT_MODEL, load_nlp
    from dateline.extractors.temporal import resolve_timexes

    items = load_texts(args.limit)
    texts = [t for t, _ in items]
    n_chars = sum(map(len, texts))
    bare = spacy.load(DEFAULT_MODEL)
    full = load_nlp()
    print(f"{len(texts)} texts, {n_chars:,} characters; model {DEFAULT_MODEL}; pipes {full.pipe_names}")
    list(bare.pipe(texts[:20]))
    list(full.pipe(texts[:20]))  # warm-up

    def run_bare() -> None:
        for _ in bare.pipe(texts, batch_size=args.batch_size):
            pass

    def run_full() -> None:
        for doc, (_, anchor) in zip(full.pipe(texts, batch_size=args.batch_size), items, strict=True):
            resolve_timexes(doc, anchor)

    e2e = interleaved(args.repeat, bare=run_bare, full=run_full)

    # per component, whole batch at a time
    per_pipe: dict[str, float] = {}
    for _ in range(args.repeat):
        t0 = time.process_time()
        docs = [full.make_doc(t) for t in texts]
        times = {"tokenizer": time.process_time() - t0}
        for name, proc in full.pipeline:
            t0 = time.process_time()
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=args.batch_size))
            else:
                docs = [proc(d) for d in docs]
            times[name] = time.process_time() - t0
        t0 = time.process_time()
        n_timex = sum(len(resolve_timexes(d, a)) for d, (_, a) in zip(docs, items, strict=True))
        times["resolve_timexes"] = time.process_time() - t0
        for k, v in times.items():
            per_pipe[k] = min(per_pipe.get(k, v), v)

    temporal = {k: v for k, v in per_pipe.items() if k in TEMPORAL}
    total = sum(per_pipe.values())
    share = sum(temporal.values()) / total
    print(f"\nend to end (best of {args.repeat}, runs interleaved):")
    print(f"  {'':30s} {'wall s':>8s} {'CPU s':>8s} {'kchar/s (CPU)':>14s}")
    for label, key in (("bare model nlp.pipe", "bare"), ("load_nlp + resolve_timexes", "full")):
        wall, cpu = e2e[key]
        print(f"  {label:30s} {wall:8.2f} {cpu:8.2f} {n_chars / cpu / 1000:14.1f}")
    (wb, cb), (wf, cf) = e2e["bare"], e2e["full"]
    print(f"  {'overhead, share of full':30s} {(wf - wb) / wf:8.1%} {(cf - cb) / cf:8.1%}")
    print(f"\nper component, CPU seconds (best of {args.repeat}, {n_timex} timexes resolved):")
    for k, v in per_pipe.items():
        mark = "  <- temporal" if k in temporal else ("  (dateline, not temporal)" if k.startswith("dateline_") else "")
        print(f"  {k:24s} {v:7.3f} s  {v / total:6.1%}{mark}")
    print(f"  {'total':24s} {total:7.3f} s")
    print(f"\ntemporal share of pipeline time: {share:.1%} (target < 10%)")


if __name__ == "__main__":
    main()
