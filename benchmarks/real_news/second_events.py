"""Unmatched emitted events whose sentence quotes a gold mention of their own type: what the event that won that
mention has that this one lacks (the census of issue-40precision).

    .venv/bin/python benchmarks/real_news/second_events.py dev_u dev_n           # counts per split and class
    .venv/bin/python benchmarks/real_news/second_events.py dev_u --list          # and one block per event

``unmatched_events.py`` sorts the precision loss by where the sentence stands; this tool takes its "sentence tells a
gold mention of its type" class and puts each such event beside the winner of every mention its sentence quotes:
the winner told in the same sentence (a second event read from one clause: an extra side, an extra leg), in another
sentence of the page (the gold's event a second time: a merge that kept them apart, with the fields the two
disagree on), or no winner of that type at all. The reader's class comes from these lines. Reads gold: never for
the splits in ``line_only.json``."""

from __future__ import annotations

import collections
import sys
from pathlib import Path

from dateline.evaluation.events import mention_report, quote_in, run_articles, unmatched_events
from dateline.evaluation.read_splits import census_args, gold_articles

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from unmatched_events import _brief  # noqa: E402  (a sibling tool, importable however this one is loaded)


def _differs(e: dict, w: dict) -> list[str]:
    """The fields two events of one type disagree on (the merge tests that could have kept them apart)."""
    out = []
    if {p["name"] for p in e.get("participants") or []} != {p["name"] for p in w.get("participants") or []}:
        out.append("people")
    pe = (e.get("location") or e.get("destination") or {}).get("name")
    pw = (w.get("location") or w.get("destination") or {}).get("name")
    if pe != pw:
        out.append("place")
    if (str(e.get("date_start"))[:10], str(e.get("date_end"))[:10]) != (
            str(w.get("date_start"))[:10], str(w.get("date_end"))[:10]):
        out.append("dates")
    if e.get("status") != w.get("status"):
        out.append("status")
    if e.get("subtype") != w.get("subtype"):
        out.append("subtype")
    return out


def where(e: dict, winners: list[dict]) -> str:
    """Where the winners of the mentions ``e``'s sentence quotes stand against ``e``."""
    if not winners:
        return "no winner"
    if any(w.get("sentence") == e.get("sentence") for w in winners):
        return "winner in the same sentence"
    return "winner in another sentence: differs in " + "+".join(_differs(e, winners[0]) or ["nothing"])


def main(argv: list[str] | None = None) -> int:
    args = census_args(__doc__, "one block per event", HERE, argv)
    from dateline.extractors.pipeline import load_nlp

    nlp = load_nlp()
    total: collections.Counter[str] = collections.Counter()
    listing: list[str] = []
    for split in args.splits:
        arts = list(gold_articles(HERE, [split]))
        tables = run_articles([a.article for a in arts], nlp)
        gold = arts[0].gold if arts else {"events": [], "articles": []}
        rows = mention_report(tables, gold)
        pairs = [(g, m) for g in gold["events"] for m in g["mentions"]]  # mention_report's order
        counts: collections.Counter[str] = collections.Counter()
        for e, name in unmatched_events(tables, rows):
            mine = [(g, m) for g in gold["events"] for m in g["mentions"]
                    if m["file"] == name and g["type"] == e["event_type"] and quote_in(m["quote"], e.get("sentence"))]
            if not mine:
                continue
            keys = {(g["id"], m["quote"]) for g, m in mine}
            won = [r for r, (g, m) in zip(rows, pairs, strict=True)
                   if r["found"] and m["file"] == name and (g["id"], m["quote"]) in keys]
            winners = list({id(r["event"]): r["event"] for r in won}.values())
            h = where(e, winners)
            counts[h] += 1
            sentence = " ".join((e.get("sentence") or "").split())[:260]
            block = [f"{split} {name[:40]} | {h}", f"    emitted {_brief(e)}", f"    {sentence}"]
            for w in winners:
                ws = " ".join((w.get("sentence") or "").split())[:160]
                block.append(f"    winner  {_brief(w)}\n            {ws}")
            for g, _m in mine:
                gp = g.get("location") if g["type"] == "meeting" else g.get("destination")
                block.append(f"    gold {g['id']} {g['participants']} at={(gp or {}).get('name')} "
                             f"{g['date_start']}..{g['date_end']} {g.get('status_by_file', {}).get(name, g['status'])}")
            listing.append("\n".join(block))
        print(f"{split}: {sum(counts.values())} unmatched of their sentence's gold type")
        for h, k in counts.most_common():
            print(f"  {k:4d}  {h}")
        total.update(counts)
    if len(args.splits) > 1:
        print("all: " + "; ".join(f"{h} {k}" for h, k in total.most_common()))
    if args.list:
        print("\n".join(listing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
