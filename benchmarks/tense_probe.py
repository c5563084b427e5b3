"""Tense probe: does a system resolve a relative date the way a careful reader does, given tense and modality?

Each line of ``tense_probe.jsonl`` is one short news-style sentence (written for this probe), its document creation
date (DCT), the target expression and the TIMEX3 value a careful reader gives it ("will arrive Thursday" said on
Wednesday 2021-03-17 is 2021-03-18; "met on Tuesday" is 2021-03-16; "visited in November" said in March is the
previous November). Every system sees one sentence with its DCT; the prediction overlapping the target (largest
overlap) is compared with the gold value, at the day level (a time part is dropped; case-insensitive). No prediction
overlapping the target counts as wrong.

Systems:

* ``dateline``: ``load_nlp()`` + ``resolve_timexes(doc, dct)``.
* ``heideltime``: HeidelTime 2.2.1, English news mode, the DCT given (``dateline.evaluation.heideltime``, one JVM).
* ``dateparser``: ``DateDataParser`` on the target string alone, ``RELATIVE_BASE`` = DCT, default settings; the
  value at the period dateparser reports (day, week, month, year).
* ``dateparser_future``: the same with ``PREFER_DATES_FROM="future"``.
* ``duckling`` (with ``--duckling-python``): Duckling 1.8.0 (``pip install duckling==1.8.0`` in a separate venv;
  it brings JPype1) on the sentence, reference time = DCT noon; run in that interpreter as a subprocess
  (``--duckling-worker``). Its value at its grain; a weekend interval (Friday evening to Monday) is read as
  ``YYYY-Www-WE``.

Usage::

    .venv/bin/python benchmarks/tense_probe.py [--systems dateline,heideltime,dateparser,dateparser_future]
        [--duckling-python /tmp/duckvenv/bin/python] [--cache /tmp/ht_cache] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

PROBE = Path(__file__).with_name("tense_probe.jsonl")
CATEGORIES = ("future weekday", "past weekday", "future month", "past month", "other")
DEFAULT_SYSTEMS = "dateline,heideltime,dateparser,dateparser_future"


def load_probe(path: Path = PROBE) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for r in rows:
        start = r["text"].find(r["target"])
        if start < 0:
            raise ValueError(f"{r['id']}: target {r['target']!r} not in text")
        r["span"] = (start, start + len(r["target"]))
    return rows


def norm(value: str | None) -> str:
    return (value or "").split("T")[0].strip().upper()


def pick(preds: list[tuple[int, int, str]], span: tuple[int, int]) -> str | None:
    """Value of the prediction ``(start, end, value)`` overlapping ``span`` most; None when nothing overlaps."""
    best, best_overlap = None, 0
    for s, e, v in preds:
        overlap = min(e, span[1]) - max(s, span[0])
        if overlap > best_overlap:
            best, best_overlap = v, overlap
    return best


# ---------------------------------------------------------------- systems: each returns one value (or None) per row

def run_dateline(rows: list[dict]) -> list[str | None]:
    from dateline.extractors.pipeline import load_nlp
    from dateline.extractors.temporal import resolve_timexes

    nlp = load_nlp()
    out = []
    for r in rows:
        doc = nlp(r["text"])
        preds = [(t.start_char, t.end_char, t.value or "") for t in resolve_timexes(doc, date.fromisoformat(r["dct"]))]
        out.append(pick(preds, r["span"]))
    return out


def run_heideltime_rows(rows: list[dict], cache: Path | None) -> list[str | None]:
    from dateline.evaluation.heideltime import run_heideltime
    from dateline.evaluation.timeml import DocInput

    inputs = [DocInput(r["id"], r["text"], date.fromisoformat(r["dct"])) for r in rows]
    preds = run_heideltime(inputs, cache_dir=cache)
    return [pick([(p.start, p.end, p.value) for p in ps], r["span"]) for ps, r in zip(preds, rows, strict=True)]


def run_dateparser(rows: list[dict], future: bool) -> list[str | None]:
    from dateparser.date import DateDataParser

    from dateline.evaluation.baselines import value_at_period

    out = []
    for r in rows:
        d = date.fromisoformat(r["dct"])
        settings = {"RELATIVE_BASE": datetime(d.year, d.month, d.day)}
        if future:
            settings["PREFER_DATES_FROM"] = "future"
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(r["target"])
        out.append(None if data.date_obj is None else value_at_period(data.date_obj, data.period))
    return out


def _duckling_value(v: dict) -> str:
    """A TIMEX3-style value for one Duckling time value (``type`` value or interval)."""
    if v.get("type") == "interval":
        lo, hi = v.get("from"), v.get("to")
        if lo and hi:
            a = datetime.fromisoformat(lo["value"][:19])
            b = datetime.fromisoformat(hi["value"][:19])
            if a.weekday() in (4, 5) and b - a <= timedelta(days=3) and b.weekday() in (0, 6):
                year, week, _ = (a + timedelta(days=1)).isocalendar()
                return f"{year:04d}-W{week:02d}-WE"
        v = lo or hi or {}
    if "value" not in v:
        return ""
    dt = datetime.fromisoformat(v["value"][:19])
    grain = v.get("grain", "day")
    if grain == "year":
        return f"{dt.year:04d}"
    if grain in ("month", "quarter"):
        return f"{dt.year:04d}-{dt.month:02d}"
    if grain == "week":
        year, week, _ = dt.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return dt.date().isoformat()


def duckling_worker() -> None:
    """Runs inside the Duckling venv: JSON rows on stdin, one list of (start, end, value) per row on stdout."""
    import glob
    import os

    import duckling
    import jpype

    jars = glob.glob(os.path.join(os.path.dirname(duckling.__file__), "jars", "*.jar"))
    jpype.startJVM(classpath=jars, convertStrings=True)
    d = duckling.Duckling(jvm_started=True)
    d.load(languages=["en"])
    out = []
    for r in json.load(sys.stdin):
        ents = d.parse(r["text"], reference_time=f"{r['dct']}T12:00:00", dim_filter="time")
        out.append([(e["start"], e["end"], _duckling_value(e["value"])) for e in ents])
    json.dump(out, sys.stdout)


def run_duckling(rows: list[dict], python: str) -> list[str | None]:
    payload = json.dumps([{"text": r["text"], "dct": r["dct"]} for r in rows])
    res = subprocess.run([python, str(Path(__file__).resolve()), "--duckling-worker"], input=payload,
                         capture_output=True, text=True, check=True, timeout=900)
    preds = json.loads(res.stdout)
    return [pick([tuple(p) for p in ps], r["span"]) for ps, r in zip(preds, rows, strict=True)]


# ---------------------------------------------------------------- scoring and report

def score(rows: list[dict], values: dict[str, list[str | None]]) -> dict:
    summary: dict[str, dict[str, list[int]]] = {}
    for system, vals in values.items():
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for r, v in zip(rows, vals, strict=True):
            ok = int(v is not None and norm(v) == norm(r["gold"]))
            for key in ("all", r["category"]):
                counts[key][0] += ok
                counts[key][1] += 1
        summary[system] = dict(counts)
    return summary


def render(rows: list[dict], values: dict[str, list[str | None]], summary: dict) -> str:
    systems = list(values)
    lines = ["| system | all | " + " | ".join(CATEGORIES) + " |", "|---|" + "---:|" * (len(CATEGORIES) + 1)]
    for s in systems:
        c = summary[s]
        cells = [f"{c[k][0]}/{c[k][1]}" for k in ("all", *CATEGORIES) if k in c]
        acc = c["all"][0] / c["all"][1]
        cells[0] = f"**{acc:.3f}** ({cells[0]})"
        lines.append(f"| {s} | " + " | ".join(cells) + " |")
    lines += ["", "| id | DCT | sentence (target) | gold | " + " | ".join(systems) + " |",
              "|---|---|---|---|" + "---|" * len(systems)]
    for i, r in enumerate(rows):
        dct = date.fromisoformat(r["dct"])
        sent = r["text"].replace(r["target"], f"**{r['target']}**", 1)
        cells = []
        for s in systems:
            v = values[s][i]
            mark = "" if v is not None and norm(v) == norm(r["gold"]) else " ✗"
            cells.append(f"{v or '—'}{mark}")
        lines.append(f"| {r['id']} | {r['dct']} {dct.strftime('%a')} | {sent} | {r['gold']} | " + " | ".join(cells)
                     + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--probe", type=Path, default=PROBE)
    ap.add_argument("--systems", default=DEFAULT_SYSTEMS)
    ap.add_argument("--duckling-python", help="interpreter with duckling==1.8.0 installed; adds 'duckling'")
    ap.add_argument("--cache", type=Path, help="HeidelTime output cache directory")
    ap.add_argument("--json", type=Path, help="write every value and score here")
    ap.add_argument("--duckling-worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.duckling_worker:
        duckling_worker()
        return 0
    rows = load_probe(args.probe)
    values: dict[str, list[str | None]] = {}
    seconds: dict[str, float] = {}
    systems = [s for s in args.systems.split(",") if s]
    if args.duckling_python and "duckling" not in systems:
        systems.append("duckling")
    for s in systems:
        t0 = time.perf_counter()
        if s == "dateline":
            values[s] = run_dateline(rows)
        elif s == "heideltime":
            values[s] = run_heideltime_rows(rows, args.cache)
        elif s in ("dateparser", "dateparser_future"):
            values[s] = run_dateparser(rows, future=s.endswith("future"))
        elif s == "duckling":
            if not args.duckling_python:
                ap.error("duckling needs --duckling-python")
            values[s] = run_duckling(rows, args.duckling_python)
        else:
            ap.error(f"unknown system {s!r}")
        seconds[s] = round(time.perf_counter() - t0, 1)
    summary = score(rows, values)
    print(render(rows, values, summary))
    print("\nseconds:", seconds)
    if args.json:
        args.json.write_text(json.dumps({
            "summary": {s: {k: {"correct": c, "total": n} for k, (c, n) in v.items()} for s, v in summary.items()},
            "seconds": seconds,
            "rows": [{k: r[k] for k in ("id", "dct", "category", "text", "target", "gold")}
                     | {"values": {s: values[s][i] for s in values}} for i, r in enumerate(rows)],
        }, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
