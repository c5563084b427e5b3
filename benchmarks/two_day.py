"""Two scheduled runs into one store (issue 12): does the next day's run cost what its new articles cost?

Not a test: minutes of wall time, machine-dependent. Day 1 runs the real command, ``dateline run``, on N synthetic
wire articles (``benchmarks/wire_copy.py``: a meeting and a planned trip each, Zipf-distributed made-up people)
into a fresh store; day 2 runs it again into the same store with a tenth more articles, published on the following
days. Target: day 2's wall time at most a quarter of day 1's. Both runs go through the same child-process
sampler as ``throughput.py`` (CPU per process role), and the flow's log lines are timed as they arrive, so each run's
wall time is split into phases: start-up (to the first batch submitted), batches, merge, report and exit.

    python benchmarks/two_day.py --n 2000 --workdir /tmp/two_day
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import throughput  # noqa: E402  (sibling scripts, not a package)
import wire_copy  # noqa: E402

# (phase, regex of the log line that ends it: its first occurrence after the previous phase, but the last for the
# batches); a phase whose marker is missing is folded into the next one
PHASES = (("start-up", r"Beginning flow run"),  # imports, Prefect's server, the flow run (and now the model load)
          ("to first batch", r"batch 1 submitted"),
          ("batches", r"process_batch-.*Finished"),
          ("merge", r"merge_events-.*Finished"),
          ("report", r"report written"),
          ("flow end", r"Flow run .*Finished in state"),
          ("exit", None))


def phases(lines: list[tuple[float, str]], wall: float) -> dict[str, float]:
    """Split the wall time at the log lines that end each phase; the last phase ends when the process exits."""
    out: dict[str, float] = {}
    last = 0.0
    for name, marker in PHASES:
        times = [t for t, text in lines if marker is None or re.search(marker, text)]
        times = [t for t in times if t >= last] if marker else [wall]
        if not times:
            continue
        at = max(times) if name == "batches" else min(times)
        out[name] = round(at - last, 1)
        last = at
    return out


def run_day(inputs: list[str], store: Path, run_date: date, workers: int, batch_size: int) -> dict:
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "COLUMNS": "200",
           "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "240"}
    cmd = [throughput.DATELINE, "run", *inputs, "--out", str(store), "--workers", str(workers), "--batch-size",
           str(batch_size), "--run-date", run_date.isoformat()]
    load_before = os.getloadavg()[0]
    wall, sampler, lines = throughput.run_child(cmd, env)
    summary = {m.group(1): int(m.group(2)) for _, text in lines if (m := re.search(r"│\s*(\w+)\s*│\s*(\d+)\s*│", text))}
    return {"wall_s": round(wall, 1), "phases_s": phases(lines, wall), "cpu_by_role": sampler.cpu_by_role(),
            "load_before": load_before, "load_after": round(os.getloadavg()[0], 2), "summary": summary,
            "log": [f"{t:6.1f} {text}" for t, text in lines if " | " in text or "│" in text][-40:]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="day 1 articles (day 2 adds a tenth more)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/dateline-two-day"))
    parser.add_argument("--verbose", action="store_true", help="print the runs' timed log lines")
    ns = parser.parse_args(argv)
    ns.workdir.mkdir(parents=True, exist_ok=True)
    throughput.CHILD_ENV["PREFECT_HOME"] = str(ns.workdir / "prefect-home")
    day1_days = max(1, ns.n // 100)
    day1, day2 = ns.workdir / f"wire-{ns.n}.jsonl", ns.workdir / f"wire-{ns.n}-day2.jsonl"
    wire_copy.write(day1, ns.n)
    second_start = wire_copy.START + timedelta(days=day1_days)
    wire_copy.write(day2, ns.n // 10, first=ns.n, first_day=second_start, days=max(1, ns.n // 1000))
    store = ns.workdir / "store"
    shutil.rmtree(store, ignore_errors=True)
    warm = ns.workdir / "warmup.jsonl"  # migrate the Prefect database once, as throughput.py does
    wire_copy.write(warm, 3, first=10**6)
    run_day([str(warm)], ns.workdir / "warmup-store", second_start, ns.workers, ns.batch_size)
    shutil.rmtree(ns.workdir / "warmup-store", ignore_errors=True)
    results = []
    for label, corpus, run_date in (("day 1", day1, second_start), ("day 2", day2, second_start + timedelta(days=7))):
        result = {"run": label, "articles": sum(1 for _ in corpus.open()), **run_day([str(corpus)], store, run_date,
                                                                                     ns.workers, ns.batch_size)}
        log = result.pop("log")
        if ns.verbose:
            print("\n".join(log))
        print(json.dumps(result), flush=True)
        results.append(result)
    ratio = results[1]["wall_s"] / results[0]["wall_s"]
    print(f"day 2 / day 1 wall time: {ratio:.2f} (target <= 0.25)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
