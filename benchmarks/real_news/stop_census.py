"""Why each gold itinerary stop of a split is missed or wrong: the class, not only the count the score line gives.

    .venv/bin/python benchmarks/real_news/stop_census.py dev_t dev_u            # counts per split and class
    .venv/bin/python benchmarks/real_news/stop_census.py dev_u --list           # and one line per stop not right
    .venv/bin/python benchmarks/real_news/stop_census.py dev_u --out /tmp/run   # classify a run's output folder
    .venv/bin/python benchmarks/real_news/stop_census.py dev_u --out /tmp/run --rebuild  # the working tree's builder

``--rebuild`` builds the stops again from the run's events table with the code of the working tree
(``dateline.itineraries.itineraries``, the merge's own builder): a change to the itinerary builder alone leaves every
event as it was, so its stops are measured in seconds on a start run's folders instead of a run per split.

Splits named together are one set, run once through the real flow as ``score.py`` runs them (pages of several splits
in one run can link across them), unless ``--out`` gives the output folder of that run. Each gold stop is walked as
``score_gold`` walks it (the traveller's rows by stop index, the first row at or after the last match whose place
fits) and is right, or: its dates are wrong on the stop the walk found (which of arrive/depart, null or another
day); the place is only at a stop before the one the walk stands on (the order is lost); the traveller has no stop
at that place, because no event of theirs names it (none of anyone, or only another traveller's event there) or
their event there gives no step; or the traveller has no itinerary at all (in no event, only in meetings, or in
travel under another name or a bare title). Every pass from the seventeenth on wrote a throwaway script for this;
one copy keeps the classes comparable. Reads gold: never for the splits in ``line_only.json``."""

from __future__ import annotations

import argparse
import collections
import dataclasses
import sys
import tempfile
from pathlib import Path

from dateline.evaluation.events import load_score_gold
from dateline.evaluation.read_splits import refuse_line_only
from dateline.itineraries import itineraries
from dateline.merge import event_from_row

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from score import joined_gold, run_flow  # noqa: E402  (the scorer's own joining of splits' gold, and its run)

sg = load_score_gold()


def _fits(stop: dict, name: str) -> bool:
    return sg.place_ok({"name": stop["place"], "aliases": stop.get("aliases", [])}, {"name": name})


def _places(event: dict) -> list[str]:
    return [(event.get(k) or {}).get("name") or "" for k in ("location", "destination", "origin")]


def _names(event: dict, who: str) -> bool:
    return any(sg.same_person(who, p.get("name")) for p in event.get("participants") or [])


def _missing(stop: dict, who: str, rows: list[dict], events: list[dict]) -> str:
    """The class of a stop the walk finds at no row at or after its position."""
    if not rows:
        theirs = [e for e in events if _names(e, who)]
        if not theirs:
            return "no itinerary: traveller in no event"
        if not any(e["event_type"] == "travel" for e in theirs):
            return "no itinerary: named only in meetings"
        return "no itinerary: in travel under another name or a bare title"
    if any(_fits(stop, str(r.get("place", ""))) for r in rows):
        return "walk: place only at an earlier stop"
    if any(_fits(stop, n) for e in events if _names(e, who) for n in _places(e)):
        return "no stop: their event there gives no step"
    if any(_fits(stop, n) for e in events for n in _places(e)):
        return "no stop: only another traveller's event there"
    return "no stop: no event placed there"


def classify(tables: dict[str, list[dict]], gold: dict) -> list[tuple[str, str, dict, str]]:
    """(class, traveller, gold stop, what the walk found) for every gold stop, in gold order."""
    out = []
    for g in gold.get("itineraries", []):
        who = g["traveler"]
        rows = sorted((r for r in tables["itineraries"] if sg.same_person(who, r.get("traveler"))),
                      key=lambda r: r.get("stop_index") or 0)
        at = 0
        for stop in g["stops"]:
            k = next((i for i in range(at, len(rows)) if _fits(stop, str(rows[i].get("place", "")).lower())), None)
            if k is None:
                out.append((_missing(stop, who, rows, tables["events"]), who, stop, "-"))
                continue
            row, at = rows[k], k + 1
            bad = [x for x in ("arrive", "depart") if stop.get(x) is not None and sg._day(row.get(x)) != stop[x]]
            kind = "dates: " + " + ".join(f"{x} {'null' if row.get(x) is None else 'wrong'}" for x in bad)
            got = f"{row.get('place')} {sg._day(row.get('arrive'))}..{sg._day(row.get('depart'))}"
            out.append(("right" if not bad else kind, who, stop, got))
    return out


def rebuilt(events: list[dict]) -> list[dict]:
    """The stops the working tree's builder makes of an events table's rows (as ``read_tables`` gives them)."""
    return [dataclasses.asdict(s) for s in itineraries([event_from_row(dict(e)) for e in events])]


def _run(splits: list[str], out: Path) -> None:
    run = run_flow([HERE / s / "articles" for s in splits], out)
    if run.returncode != 0:
        sys.exit(run.stdout[-2000:] + run.stderr[-2000:])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("splits", nargs="+", help="read splits, classified as one set")
    ap.add_argument("--list", action="store_true", help="one line per gold stop not right")
    ap.add_argument("--out", type=Path, help="a run's output folder over exactly these splits (no new run)")
    ap.add_argument("--rebuild", action="store_true",
                    help="with --out: the stops the working tree's builder makes of that run's events")
    args = ap.parse_args(argv)
    refuse_line_only(ap, args.splits, HERE)
    if args.rebuild and args.out is None:
        ap.error("--rebuild reads the events of a run: give its folder with --out")
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp) / "out"
        if args.out is None:
            _run(args.splits, out)
        tables = sg.read_tables(out)
        if args.rebuild:
            tables["itineraries"] = rebuilt(tables["events"])
        rows = classify(tables, joined_gold(args.splits))
    counts = collections.Counter(c for c, *_ in rows)
    print(f"{'+'.join(args.splits)}: stops right {counts['right']}/{len(rows)}")
    for c, n in counts.most_common():
        if c != "right":
            print(f"  {n:4} {c}")
    if args.list:
        for c, who, stop, got in rows:
            if c != "right":
                print(f"  [{c}] {who}: gold {stop['place']} {stop.get('arrive')}..{stop.get('depart')} | got {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
