"""The required trip mentions with no candidate in their sentence, classed by the stage of the travel reader that
loses them: a census over ``trigger_gates.py dump`` records, no behaviour change.

    .venv/bin/python benchmarks/real_news/trigger_gates.py dump OUT.json SPLIT ...
    .venv/bin/python benchmarks/real_news/travel_orphans.py OUT.json [--list]

``trigger_gates.py report`` mixes meetings and trips and names the travel reader's gates by line numbers that move
with the code; this keeps trip mentions only and names the gate by the test on that line (``GATES``, counted from the
``def`` of ``trips.travel_candidate`` at main fbd7938). A mention with no lexicon word in its quote is 'no trigger
word'; one whose words only a meeting reader declined says which. ``--list`` prints each mention with the gold's
place and days and whether its quote names that place and a day (the mentions a clause-level event could get fully
right). The thirty-fifth pass wrote it (issue-45orphtrip, RESULTS_events.md). Reads gold: never for the splits in
``line_only.json`` (``trigger_gates.py`` refuses to dump them).
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path
from typing import Any

from trigger_gates import _set

HERE = Path(__file__).resolve().parent
GATES: dict[int, str] = {
    14: "trip noun after 'after/following/since' (background)", 19: "mood (hypothetical, habitual, record, crash)",
    25: "'en route' noun not after 'en'", 149: "place-object verb with a thing object", 195: "object is not moved",
    203: "needs a place object and has none", 209: "no place read", 257: "no traveller read",
    263: "trip noun with no place set aside as a reference", 266: "'expected in P' with no named person",
    268: "needs a person or a place and has neither", 271: "cargo object", 296: "generic statement",
}
_DAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:today|tomorrow|yesterday|tonight)\b"
                  r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b\d{1,2}\b")


def mention_class(a: dict[str, Any], m: dict[str, Any]) -> str:
    """The travel reader's gate that declined the first lexicon word of the quote, or why no gate was asked."""
    lo, hi = m["span"]
    words = [w for w in a["lexical"] if lo <= w["idx"] < hi]
    declined = collections.defaultdict(list)
    for d in a["declined"]:
        declined[d["tok"]].append(d)
    trips = [d for w in words for d in declined.get(w["tok"], ()) if d["reader"] == "travel_candidate"]
    if trips:
        return GATES.get(trips[0]["line"], f"travel_candidate:{trips[0]['line']}")
    other = [d for w in words for d in declined.get(w["tok"], ())]
    if other:
        return f"only a meeting reader declined ('{other[0]['lemma']}')"
    if words:
        return "a lexicon word no reader was asked for ('be' with no marker, a part of speech)"
    return "no trigger word"


def main(argv: list[str]) -> int:
    from dateline.evaluation.read_splits import line_only_splits

    arts = json.loads(Path(argv[0]).read_text())
    refused = {a["split"] for a in arts} & line_only_splits(HERE)
    if refused:
        sys.exit(f"travel_orphans.py reads gold; line-only splits are scored by their line only: {sorted(refused)}")
    golds: dict[str, dict] = {}
    rows: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for a in arts:
        gold = golds.setdefault(a["split"], json.loads((HERE / a["split"] / "gold.json").read_text()))
        events = {e["id"]: e for e in gold["events"]}
        for m in a["mentions"]:
            if m["type"] != "travel" or m["optional"] or not m["nocand"] or m["full"] or m["span"] is None:
                continue
            g = events[m["id"]]
            place = (g.get("destination") or {}).get("name") or ""
            own = bool(place) and place.split(",")[0].split()[-1] in m["quote"] and bool(_DAY.search(m["quote"]))
            line = (f"{_set(a['split'])}:{m['id']} {'own place+day' if own else '-'} {place} "
                    f"{g.get('date_start')}..{g.get('date_end')} | {m['quote'][:120]}")
            rows[mention_class(a, m)].append((_set(a["split"]), line))
    print("| stage that loses the trip mention | mentions | sets | per set |\n|---|---:|---:|---|")
    for cls, rs in sorted(rows.items(), key=lambda kv: -len(kv[1])):
        per = collections.Counter(s for s, _ in rs)
        order = sorted(per.items(), key=lambda x: (len(x[0]), x[0]))
        sets = ", ".join(f"{s.removeprefix('dev_')} {n}" for s, n in order)
        print(f"| {cls} | {len(rs)} | {len(per)} | {sets} |")
    if "--list" in argv:
        for cls, rs in sorted(rows.items(), key=lambda kv: -len(kv[1])):
            print(f"\n## {cls}\n" + "\n".join(line for _, line in rs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
