"""Where a small run's time goes beyond spaCy (issue 12: the fixed cost of ``dateline run``).

Not a test: wall times on a shared machine. Runs, one after the other, in child processes:

- bare spaCy: import, ``spacy.load`` of the run's model and ``nlp.pipe`` over the same texts (what any spaCy tool
  pays, the floor);
- ``dateline run`` on the same input into a fresh store, its wall time split at the flow's log lines into phases
  (imports and input checks, Prefect's ephemeral server start, flow run creation, the batches including the workers'
  model load, merge, report, flow end, exit), with CPU seconds per process role.

    python benchmarks/fixed_cost.py benchmarks/dev_news/articles        # the eight dev_news articles
    python benchmarks/fixed_cost.py --wire 224                         # 224 synthetic wire articles
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import throughput  # noqa: E402  (sibling scripts, not a package)
import two_day  # noqa: E402
import wire_copy  # noqa: E402


def bare_spacy_child(inputs: list[str]) -> None:
    """Child process: import spaCy, load the model, pipe the input's article texts (read by dateline's reader
    before the clock starts, so both sides see the same texts)."""
    import time

    from dateline.ingest import Article, read_inputs

    texts = [a.text for a in read_inputs(inputs) if isinstance(a, Article)]
    t0 = time.perf_counter()
    import spacy

    nlp = spacy.load(throughput.MODEL)
    t1 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    t2 = time.perf_counter()
    print(json.dumps({"docs": len(texts), "import_load_s": round(t1 - t0, 2), "pipe_s": round(t2 - t1, 2),
                      "total_s": round(t2 - t0, 2)}))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_bare"]:
        bare_spacy_child(argv[1:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", help="input files or folders (default: --wire articles)")
    parser.add_argument("--wire", type=int, default=224, help="synthetic wire articles when no input is given")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/dateline-fixed-cost"))
    parser.add_argument("--snapshot", type=Path, action="append", default=[],
                        help="also run this importable copy of the package (PYTHONPATH; e.g. an older commit laid out "
                        "as dateline/{,extractors,flows,schemas}), alternating with the checkout")
    ns = parser.parse_args(argv)
    ns.workdir.mkdir(parents=True, exist_ok=True)
    throughput.CHILD_ENV["PREFECT_HOME"] = str(ns.workdir / "prefect-home")
    throughput.CHILD_CWD = str(ns.workdir)  # not the checkout, which would shadow a snapshot
    inputs = [str(Path(i).resolve()) for i in ns.inputs]
    if not inputs:
        corpus = ns.workdir / f"wire-{ns.wire}.jsonl"
        wire_copy.write(corpus, ns.wire)
        inputs = [str(corpus)]
    warm = ns.workdir / "warmup.jsonl"  # migrate the Prefect database once, so the runs below are comparable
    wire_copy.write(warm, 3, first=10**6)
    two_day.run_day([str(warm)], ns.workdir / "warmup-store", date(2026, 11, 23), 1, 200)
    for _ in range(ns.repeat):
        load = os.getloadavg()[0]
        wall, _sampler, lines = throughput.run_child([throughput.PYTHON, __file__, "_bare", *inputs])
        bare = json.loads(lines[-1][1])
        print(json.dumps({"what": "bare spaCy", "wall_s": round(wall, 1), **bare, "load_before": round(load, 2),
                          "load_after": round(os.getloadavg()[0], 2)}), flush=True)
        for code in [None, *ns.snapshot]:
            if code is None:
                throughput.CHILD_ENV.pop("PYTHONPATH", None)
            else:
                throughput.CHILD_ENV["PYTHONPATH"] = str(code.resolve())
            store = ns.workdir / "store"
            shutil.rmtree(store, ignore_errors=True)
            result = two_day.run_day(inputs, store, date(2026, 11, 23), 1, 200)
            result.pop("log")
            print(json.dumps({"what": f"dateline run ({code or 'checkout'})", **result}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
