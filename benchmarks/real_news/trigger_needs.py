"""What a clause-level reading would need to read the required mentions no candidate covers, and what each such
reading would fire: a census over ``trigger_gates.py dump`` records, no behaviour change.

    .venv/bin/python benchmarks/real_news/trigger_needs.py OUT1.json OUT2.json ... [--list]

``trigger_gates.py report`` classes those mentions by the reader's gate that declined their first lexicon word; a gate
is a test, not a cause, and relaxing one fires far more sentences than it has gold (the thirtieth and thirty-first
passes). This classes the declined trigger by what the reading lacks, first that applies (``NEEDS``), the sentence
parsed alone: a travel slot whose object is a venue (a venue head or a FAC entity after 'at'/'in'/'to'), a
capitalised trip noun inside the sentence ('a State Visit'), a sentence cut before its subject (it starts in lower
case), else where the argument the gate asked for is (a person for sides and travellers, a place for the place
gates): in the trigger's own phrase, in another clause of the sentence, or only in another sentence. Each class is
then fired blind on every sentence a gate declined with no candidate, per read set: sentences, those holding gold,
the ratio. The thirty-second pass wrote it (issue-42triggers, RESULTS_events.md). It reads only `dump` records,
which `trigger_gates.py` refuses to make for the splits in `line_only.json`.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path
from typing import Any

from trigger_gates import _gate, _mention_gate, _set

_PLACES = frozenset({"GPE", "LOC", "FAC"})
NEEDS = ("a travel slot's object is a venue ('at the airport', 'to X Castle')", "a capitalised trip noun",
         "the sentence is cut before its subject", "the argument is in the trigger's own phrase, not read",
         "the argument is in another clause of the sentence", "the argument is only in another sentence")


def need(nlp: Any, d: dict, cache: dict) -> str:
    """The ``NEEDS`` class of a declined trigger ``d`` (its sentence parsed alone, once)."""
    from dateline.extractors.events.locate import place_words

    if d["text"] not in cache:
        cache[d["text"]] = nlp(d["text"])
    doc = cache[d["text"]]
    tok = next((t for t in doc if t.idx == d["idx"] - d["sent"][0]), None)
    if tok is None:
        return "(trigger not found in the sentence parsed alone)"
    objs = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"at", "in", "to"}
            for o in p.children if o.dep_ == "pobj"]
    if d["type"] == "travel" and any(o.lower_ in place_words("venue_heads") or o.ent_type_ == "FAC" for o in objs):
        return NEEDS[0]
    if d["type"] == "travel" and tok.text[:1].isupper() and not tok.is_sent_start:
        return NEEDS[1]
    if d["text"][:1].islower():
        return NEEDS[2]
    labels = _PLACES if "place" in _gate(d) else frozenset({"PERSON"})
    inside = {x.i for x in tok.subtree} - {tok.i}
    if any(x.ent_type_ in labels for x in doc if x.i in inside):
        return NEEDS[3]
    return NEEDS[4] if any(x.ent_type_ in labels for x in doc if x.i != tok.i) else NEEDS[5]


def census(paths: list[str]) -> None:
    """Print the needs x sets x mentions table with each class's blind firing, per-set firings, gate x need."""
    from dateline.extractors.pipeline import load_nlp

    nlp, cache = load_nlp(), {}
    arts = [a for p in paths for a in json.loads(Path(p).read_text())]
    rows: dict[str, list] = collections.defaultdict(list)
    by_gate: collections.Counter = collections.Counter()
    fires: dict[str, dict] = collections.defaultdict(lambda: collections.defaultdict(lambda: [0, 0]))
    for a in arts:
        declined = {d["tok"]: d for d in a["declined"]}
        for m in a["mentions"]:
            if m["optional"] or not m["nocand"] or m["full"]:
                continue
            gate = _mention_gate(a, m)
            lo, hi = m["span"] or (0, 0)
            tok = next((w["tok"] for w in a["lexical"] if lo <= w["idx"] < hi and w["tok"] in declined), None)
            n = need(nlp, declined[tok], cache) if tok is not None else f"no gate asked: {gate}"
            rows[n].append((_set(a["split"]), gate, a["name"][:24], m["quote"][:100]))
            by_gate[(gate, n)] += 1
        idx = {w["tok"]: w["idx"] for w in a["lexical"]}
        cand_at = [idx[c[0]] for c in a["cands"] if c[0] in idx]
        seen = set()
        for d in a["declined"]:
            lo, hi = d["sent"]
            if any(lo <= i < hi for i in cand_at) or (n := need(nlp, d, cache), lo) in seen:
                continue
            seen.add((n, lo))
            f = fires[n][_set(a["split"])]
            f[0] += 1
            f[1] += any(q[0] < hi and lo < q[1] for q in a["quotes"])
    print("| what a clause-level reading needs | sets | mentions | sentences fired | with gold | sets with gold |"
          " gold per firing |\n|---|---:|---:|---:|---:|---:|---:|")
    for n in sorted(set(rows) | set(fires), key=lambda k: -len(rows.get(k, []))):
        rs, per = rows.get(n, []), fires.get(n, {})
        fired, gold = sum(v[0] for v in per.values()), sum(v[1] for v in per.values())
        print(f"| {n} | {len({r[0] for r in rs})} | {len(rs)} | {fired} | {gold} | "
              f"{sum(v[1] > 0 for v in per.values())} | {gold / max(fired, 1):.2f} |")
    print("\nPer set, gold / sentences fired:")
    for n, per in fires.items():
        print(f"- {n}: " + ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in sorted(per.items())))
    print("\n| gate | need | mentions |\n|---|---|---:|")
    for (g, n), c in sorted(by_gate.items(), key=lambda kv: -kv[1]):
        print(f"| {g} | {n} | {c} |")
    if "--list" in sys.argv:
        for n, rs in rows.items():
            print(f"\n## {n}")
            for r in sorted(rs):
                print(" | ".join(r))


if __name__ == "__main__":
    census([p for p in sys.argv[1:] if not p.startswith("--")])
