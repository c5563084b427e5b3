"""How far two careful annotators agree, measured with the scorer the system is measured by.

    .venv/bin/python benchmarks/real_news/agreement.py dev_k benchmarks/real_news/agreement/dev_k_second.json

A second annotator annotated a split's pages from scratch, without its gold. Each annotation in turn plays the
system: its events become an events table (one row per mention, on the mention's quote, in a cluster of its own
event), its itineraries and timexes their tables, and the shared ``score_gold.py`` scores it against the other. The
two lines bound what any system can reach on that split: a mention two readers do not agree on is not one a system
can be scored right on reliably. Only score lines are printed, so this can run on a transfer split.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dateline.evaluation.events import load_score_gold

HERE = Path(__file__).resolve().parent


def _place(p: dict | None) -> dict | None:
    return None if not p else {"name": p.get("name")}


def as_tables(annotation: dict) -> dict[str, list[dict]]:
    """An annotation as the tables a run writes: what the scorer reads of ``articles``, ``events``, ``itineraries``
    and ``temporal_expressions``."""
    articles = [{"article_id": a["file"], "file": a["file"], "published": a.get("published")}
                for a in annotation["articles"]]
    events = []
    for e in annotation["events"]:
        for m in e["mentions"]:
            events.append({
                "article_id": m["file"], "event_type": e["type"], "cluster_id": e["id"],
                "participants": [{"name": n} for n in e.get("participants", [])],
                "location": _place(e.get("location")), "origin": _place(e.get("origin")),
                "destination": _place(e.get("destination")),
                "date_start": e.get("date_start"), "date_end": e.get("date_end"),
                "status": e.get("status_by_file", {}).get(m["file"], e.get("status")),
                "sentence": m["quote"], "optional": e.get("optional", False),
            })
    stops = [{"traveler": it["traveler"], "stop_index": i, "place": st["place"], "arrive": st.get("arrive"),
              "depart": st.get("depart")}
             for it in annotation.get("itineraries", []) for i, st in enumerate(it["stops"])]
    timexes = [{"article_id": t["file"], "text": t["context"], "value": t["value"]}
               for t in annotation.get("timexes", [])]
    return {"articles": articles, "events": events, "itineraries": stops, "temporal_expressions": timexes}


def agreement(first: dict, second: dict, *, required_only: bool = False) -> tuple[str, str]:
    """Score lines both ways: the second annotation scored against the first, and the first against the second.
    ``required_only`` leaves the playing annotation's optional events out of its table (a system need not emit them,
    and the scored side's optional ones never count as misses)."""
    sg = load_score_gold()
    lines = []
    for name, gold, system in (("second vs first", first, second), ("first vs second", second, first)):
        tables = as_tables(system)
        if required_only:
            tables["events"] = [e for e in tables["events"] if not e["optional"]]
        s = sg.score(tables, gold)
        line = sg.line(name, s)
        lines.append(line.split("; missed")[0])
    return lines[0], lines[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", help="a folder under benchmarks/real_news with gold.json")
    ap.add_argument("second", type=Path, help="the second annotation of its pages, in the same format")
    args = ap.parse_args(argv)
    first = json.loads((HERE / args.split / "gold.json").read_text(encoding="utf-8"))
    second = json.loads(args.second.read_text(encoding="utf-8"))
    for required_only in (False, True):
        print(f"[{'required events only' if required_only else 'every event'} of the annotation scored]")
        for line in agreement(first, second, required_only=required_only):
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
