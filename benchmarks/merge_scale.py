"""Scale of the cross-article merge: synthetic staged mentions at 10k, 100k and 1M, full and incremental merges.

Not a unit test: 1M takes minutes and its numbers depend on the machine. Each measurement runs in a child process of
its own so its peak RSS (``ru_maxrss``) is the merge's alone, not the generator's.

The generator is shaped like a news stream (as in issue 12): 3,000 people with Zipf-distributed frequency (made-up
two-token names, a tenth of mentions giving the surname only), ten cities, dates spread uniformly over n/200 days,
about three mentions per article: a meeting of 2-3 people at a city on one day, a trip of one of them (to the city,
from another, the day before) and, for 30% of articles, an undated follow-up ("the talks") naming the same people.
Popular people therefore meet many others in the same weeks: big name-token blocks, as with a head of state.

    python benchmarks/merge_scale.py --sizes 10000 100000            # full merges
    python benchmarks/merge_scale.py --sizes 1000000                 # once, late, on a shared machine
    python benchmarks/merge_scale.py --sizes 100000 --add 5000       # plus an incremental run adding 5,000 mentions
    python benchmarks/merge_scale.py --sizes 100000 --dask 2         # merge units as tasks of 2 Dask processes
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

CITIES = [("Lisbon", "PT", 38.72, -9.14), ("Nairobi", "KE", -1.29, 36.82), ("Hanoi", "VN", 21.03, 105.85),
          ("Lima", "PE", -12.05, -77.04), ("Oslo", "NO", 59.91, 10.75), ("Accra", "GH", 5.6, -0.19),
          ("Quito", "EC", -0.18, -78.47), ("Riga", "LV", 56.95, 24.11), ("Doha", "QA", 25.29, 51.53),
          ("Manila", "PH", 14.6, 120.98)]
SYLLABLES = ["ka", "lo", "mi", "ren", "sa", "tu", "vi", "zor", "bel", "dan", "fe", "gor", "hal", "jin", "kor", "lum",
             "mar", "nel", "pa", "qui", "ros", "sel", "tam", "ul", "vor", "wen", "yas", "zel"]
N_PEOPLE = 3_000
START = date(2015, 1, 1)


def people(rng: random.Random) -> list[str]:
    """Distinct made-up 'Given Family' names whose tokens are unlikely to collide (no corpus names)."""
    seen: set[str] = set()
    out = []
    while len(out) < N_PEOPLE:
        given = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
        family = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
        if given in seen or family in seen:
            continue
        seen.update((given, family))
        out.append(f"{given} {family}")
    return out


def generate(n: int, seed: int = 12, first_article: int = 0, first_day: date = START) -> list:
    """``n`` event mentions (``Event`` records) dated over n/200 days from ``first_day``, deterministic for a seed and
    starting article number."""
    from dateline.extractors.records import Event, Participant, Place

    rng = random.Random(seed)
    names = people(rng)
    weights = [1 / (k + 1) for k in range(N_PEOPLE)]
    cum = list(itertools.accumulate(weights))
    places = [Place(*c) for c in CITIES]
    days = max(1, n // 200)
    rng = random.Random(seed * 1_000_003 + first_article)
    events: list[Event] = []
    art_no = first_article
    while len(events) < n:
        art = f"art_{art_no:09d}"
        art_no += 1
        who = sorted(set(rng.choices(names, cum_weights=cum, k=rng.choice((2, 2, 3)))))
        if len(who) < 2:
            continue
        day = first_day + timedelta(days=rng.randrange(days))
        city, home = rng.sample(places, 2)

        def person(name: str) -> Participant:
            shown = name.split()[1] if rng.random() < 0.1 else name
            return Participant(shown, mention=shown)

        def ev(i: int, kind: str, sub: str, parts, art: str = art, **kw) -> Event:
            return Event(f"evt_{art}_{i}", art, kind, sub, tuple(parts), status="occurred", trigger=sub,
                         sentence=f"synthetic {sub}", start_char=100 * i, end_char=100 * i + 10, confidence=0.8, **kw)

        events.append(ev(0, "meeting", "talks", [person(p) for p in who], location=city, date_start=day,
                         date_end=day))
        events.append(ev(1, "travel", "arrive", [person(who[0])], origin=home, destination=city,
                         date_start=day - timedelta(days=1), date_end=day - timedelta(days=1)))
        if rng.random() < 0.3:
            events.append(ev(2, "meeting", "talks", [person(p) for p in who]))
    return events[:n]


def stage(root: Path, n: int, seed: int, first_article: int = 0, part: str = "b_synthetic",
          first_day: date = START) -> int:
    """Write ``n`` generated mentions as staged batch parts of a store at ``root``; return the next article number."""
    from dateline.store import STAGING_EVENTS, OutputStore
    from dateline.tables import events_table

    store = OutputStore(str(root))
    events = generate(n, seed, first_article, first_day)
    chunk = 50_000
    for i in range(0, len(events), chunk):
        store.write(f"{STAGING_EVENTS}/part-{part}{i // chunk:05d}.parquet", events_table(events[i:i + chunk]))
    return int(events[-1].article_id.split("_")[1]) + 1


def measure_merge(root: str, mode: str, dask_workers: int = 0) -> dict:
    """In this (child) process: one merge of the store at ``root`` as a run does it (``full``: every staged mention
    again, as ``dateline merge --full``; ``incremental``: the parts no earlier merge took), timed, with this
    process's peak RSS."""
    if dask_workers:
        from distributed import Client, LocalCluster

        with LocalCluster(n_workers=dask_workers, processes=True, threads_per_worker=1,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            client.run(lambda: __import__("dateline.merge_units"))  # workers import before the clock starts
            out = _timed(root, mode, client.get_executor())
            workers = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
        return {**out, "dask_workers": dask_workers, "worker_peak_rss_mb": sorted(workers.values())}
    return _timed(root, mode, None)


def _timed(root: str, mode: str, executor) -> dict:
    from dateline.incremental import merge_store
    from dateline.store import OutputStore

    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu0 = usage.ru_utime + usage.ru_stime
    t0 = time.perf_counter()
    counts = merge_store(OutputStore(root), full=mode == "full", executor=executor)
    wall = time.perf_counter() - t0
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"mode": mode, "wall_s": round(wall, 1), "cpu_s": round(usage.ru_utime + usage.ru_stime - cpu0, 1),
            "peak_rss_mb": usage.ru_maxrss // 1024, "load": round(os.getloadavg()[0], 1), **counts}


def child(root: Path, mode: str, dask_workers: int = 0) -> dict:
    out = subprocess.run([sys.executable, __file__, "_child", str(root), mode, str(dask_workers)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_child"]:
        print(json.dumps(measure_merge(argv[1], argv[2], int(argv[3]))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--add", type=int, default=0, help="then stage this many new mentions and merge incrementally")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--dask", type=int, default=0, metavar="N",
                        help="cluster the merge units on a local Dask cluster of N worker processes")
    parser.add_argument("--workdir", type=Path, default=None, help="keep the stores here (default: a temp folder)")
    ns = parser.parse_args(argv)
    work = ns.workdir or Path(tempfile.mkdtemp(prefix="merge-scale-"))
    try:
        for n in ns.sizes:
            root = work / f"store-{n}"
            shutil.rmtree(root, ignore_errors=True)
            t0 = time.perf_counter()
            next_article = stage(root, n, ns.seed)
            gen_s = time.perf_counter() - t0
            result = {"mentions": n, "generate_s": round(gen_s, 1), **child(root, "full", ns.dask)}
            print(json.dumps(result), flush=True)
            if ns.add:
                # the next day's news: later article numbers, dated from the day after the store's last day on
                stage(root, ns.add, ns.seed, first_article=next_article, part="b_added",
                      first_day=START + timedelta(days=max(1, n // 200)))
                print(json.dumps({"mentions": n, "added": ns.add, **child(root, "incremental", ns.dask)}), flush=True)
    finally:
        if ns.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
