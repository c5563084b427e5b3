"""Score real-news splits through the real flow, with the shared scorer, and print one line.

    .venv/bin/python benchmarks/real_news/score.py dev_a dev_b   # the development splits, scored together
    .venv/bin/python benchmarks/real_news/score.py dev_a --mentions   # each miss with its failing fields
    .venv/bin/python benchmarks/real_news/score.py dev_a --census     # own events, orphans, misses; error classes
    .venv/bin/python benchmarks/real_news/score.py blind         # only the score line, never which mentions

Several splits are scored as one set (their gold files joined, event ids prefixed by the split). The blind split is
annotated by someone who does not write rules; whoever does reads only its line (the ids of missed mentions are
cut from it, and --mentions is refused)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCORER = ROOT.parent / "shared" / "tools" / "score_gold.py"


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("splits", nargs="+", help="folders under benchmarks/real_news with articles/ and gold.json")
    ap.add_argument("--mentions", action="store_true", help="list each miss with its failing fields (not for blind)")
    ap.add_argument("--census", action="store_true",
                    help="count own events, orphans and misses, and the classes of wrong dates and status (not for "
                         "blind)")
    args = ap.parse_args(argv)
    blind = "blind" in args.splits
    if (args.mentions or args.census) and blind:
        ap.error("the blind split is scored by its line only")
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold.json"
        gold.write_text(json.dumps(joined_gold(args.splits)), encoding="utf-8")
        if (args.mentions or args.census) and len(args.splits) != 1:
            ap.error("--mentions and --census take one split")
        out = Path(tmp) / "out"
        run = subprocess.run([str(Path(sys.executable).parent / "dateline"), "run",
                              *[str(HERE / s / "articles") for s in args.splits], "--out", str(out)],
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.stderr.write(run.stdout[-2000:] + run.stderr[-2000:])
            return run.returncode
        if args.mentions or args.census:
            # the flow's own output, so the list is of the run the line scores (the scorer breaks equal fits by
            # the order of the rows, which an in-process run does not share)
            return subprocess.call([sys.executable, "-m", "dateline.evaluation.events", "--gold", str(gold),
                                    str(out), "--mentions" if args.mentions else "--census"])
        got = subprocess.run([sys.executable, str(SCORER), str(out), str(gold)], capture_output=True, text=True)
    lines = got.stdout.strip().splitlines()
    if not lines:
        sys.stderr.write(got.stderr)
        return 1
    line = lines[-1].split(": ", 1)[1]
    print(f"{'+'.join(args.splits)}: " + (line.split("; missed")[0] if blind else line))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
