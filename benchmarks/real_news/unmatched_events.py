"""Emitted events that match no gold mention (the scorer's precision loss), each with its trigger and sentence.

    .venv/bin/python benchmarks/real_news/unmatched_events.py dev_u dev_n          # counts per split and hint
    .venv/bin/python benchmarks/real_news/unmatched_events.py dev_u --list         # and one block per event

The shared scorer counts an emitted event as precise when it is the best fit of some gold mention, optional ones
included. The rest lower precision; reading them says whether the system told something that is no event at all, a
background event the gold leaves out, the gold's event a second time (a merge that failed to join), or the right
event with fields so wrong that another event fits each of its mentions better. The hint printed per event is only
where its sentence stands against the gold (the class is the reader's): a page with no gold event, a sentence
quoting a mention of the same type, of another type, or of none. Reads gold: never for the splits in
``line_only.json``."""

from __future__ import annotations

import collections
from pathlib import Path

from dateline.evaluation.events import mention_report, quote_in, run_articles, unmatched_events
from dateline.evaluation.read_splits import census_args, gold_articles

HERE = Path(__file__).resolve().parent


def hint(e: dict, quotes: list[tuple[str, str]]) -> str:
    """Where an unmatched event's sentence stands against its page's gold: ``quotes`` are (type, quote) pairs."""
    if not quotes:
        return "page with no gold event"
    types = {t for t, q in quotes if quote_in(q, e.get("sentence"))}
    if e["event_type"] in types:
        return "sentence tells a gold mention of its type"
    return "sentence tells a mention of another type" if types else "sentence tells no gold mention"


def _brief(e: dict) -> str:
    place = e.get("location") or e.get("destination") or {}
    who = [p["name"] for p in e.get("participants") or []]
    return (f"{e['event_type']}/{e.get('subtype')} [{e.get('trigger')}] {who} at={place.get('name')} "
            f"{str(e.get('date_start'))[:10]}..{str(e.get('date_end'))[:10]} {e.get('status')}")


def main(argv: list[str] | None = None) -> int:
    args = census_args(__doc__, "one block per unmatched event", HERE, argv)
    from dateline.extractors.pipeline import load_nlp

    nlp = load_nlp()
    total: collections.Counter[tuple[str, str]] = collections.Counter()
    listing: list[str] = []
    for split in args.splits:
        arts = list(gold_articles(HERE, [split]))
        tables = run_articles([a.article for a in arts], nlp)
        gold = arts[0].gold if arts else {"events": [], "articles": []}
        counts: collections.Counter[str] = collections.Counter()
        for e, name in unmatched_events(tables, mention_report(tables, gold)):
            quotes = [(g["type"], m["quote"]) for g in gold["events"] for m in g["mentions"] if m["file"] == name]
            h = hint(e, quotes)
            counts[h] += 1
            sentence = " ".join((e.get("sentence") or "").split())[:300]
            listing.append(f"{split} {name[:40]} | {h}\n    {_brief(e)}\n    {sentence}")
        n, lost = len(tables["events"]), sum(counts.values())
        print(f"{split}: emitted {n}, unmatched {lost} (precision {(n - lost) / n if n else 0:.2f})")
        for h, k in counts.most_common():
            print(f"  {k:4d}  {h}")
        total.update({(split, h): k for h, k in counts.items()})
    if len(args.splits) > 1:
        print("all: " + ", ".join(f"{h} {sum(k for (s, hh), k in total.items() if hh == h)}"
                                   for h in sorted({h for _, h in total})))
    if args.list:
        print("\n".join(listing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
