"""Score real-news splits through the real flow, with the shared scorer, and print one line.

    .venv/bin/python benchmarks/real_news/score.py dev_a dev_b   # the development splits, scored together
    .venv/bin/python benchmarks/real_news/score.py dev_a --mentions   # each miss with its failing fields
    .venv/bin/python benchmarks/real_news/score.py dev_a --census     # own events, orphans, misses; error classes
    .venv/bin/python benchmarks/real_news/score.py blind         # only the score line, never which mentions

Several splits are scored as one set (their gold files joined, event ids prefixed by the split). The blind split is
annotated by someone who does not write rules; whoever does reads only its line (the ids of missed mentions are
cut from it, and --mentions is refused). The transfer checks in ``line_only.json`` are scored the same way: a missed
mention's id names a gold event, which is already more than a line."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from dateline.evaluation.read_splits import line_only_splits

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCORER = ROOT.parent / "shared" / "tools" / "score_gold.py"
DATELINE = Path(sys.executable).parent / "dateline"


def joined_gold(splits: list[str]) -> dict:
    """One gold file for several splits: their articles, events (ids prefixed), itineraries and timexes."""
    out: dict = {"about": "joined: " + ", ".join(splits), "articles": [], "events": [], "itineraries": [],
                 "timexes": []}
    for split in splits:
        gold = json.loads((HERE / split / "gold.json").read_text(encoding="utf-8"))
        for key in ("articles", "itineraries", "timexes"):
            out[key] += gold.get(key, [])
        out["events"] += [{**e, "id": f"{split}:{e['id']}"} for e in gold["events"]]
    return out


def run_flow(inputs: list[Path], out: Path) -> subprocess.CompletedProcess[str]:
    """``dateline run`` over ``inputs`` into ``out`` (the real flow, as a user runs it), its output captured."""
    return subprocess.run([str(DATELINE), "run", *map(str, inputs), "--out", str(out)], capture_output=True, text=True)


def scored_line(out: Path, gold: Path) -> str | None:
    """The shared scorer's line for a run's output folder, without the gold's name; None (its errors written to
    stderr) when it printed no line."""
    got = subprocess.run([sys.executable, str(SCORER), str(out), str(gold)], capture_output=True, text=True)
    lines = got.stdout.strip().splitlines()
    if not lines:
        sys.stderr.write(got.stderr)
        return None
    return lines[-1].split(": ", 1)[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("splits", nargs="+", help="folders under benchmarks/real_news with articles/ and gold.json")
    ap.add_argument("--mentions", action="store_true",
                    help="list each miss with its failing fields (not for line-only splits)")
    ap.add_argument("--census", action="store_true",
                    help="count own events, orphans and misses, and the classes of wrong dates and status (not for "
                         "line-only splits)")
    args = ap.parse_args(argv)
    line_only = bool(set(args.splits) & line_only_splits(HERE))
    if (args.mentions or args.census) and line_only:
        ap.error("the blind and transfer splits are scored by their lines only")
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold.json"
        gold.write_text(json.dumps(joined_gold(args.splits)), encoding="utf-8")
        if (args.mentions or args.census) and len(args.splits) != 1:
            ap.error("--mentions and --census take one split")
        out = Path(tmp) / "out"
        run = run_flow([HERE / s / "articles" for s in args.splits], out)
        if run.returncode != 0:
            sys.stderr.write(run.stdout[-2000:] + run.stderr[-2000:])
            return run.returncode
        if args.mentions or args.census:
            # the flow's own output, so the list is of the run the line scores (the scorer breaks equal fits by
            # the order of the rows, which an in-process run does not share)
            return subprocess.call([sys.executable, "-m", "dateline.evaluation.events", "--gold", str(gold),
                                    str(out), "--mentions" if args.mentions else "--census"])
        line = scored_line(out, gold)
    if line is None:
        return 1
    print(f"{'+'.join(args.splits)}: " + (line.split("; missed")[0] if line_only else line))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
