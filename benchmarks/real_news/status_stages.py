"""Status-wrong mentions by the stage that decided them: clause reading, the event's days, the page's day, a
cross-page fill, or another mention's event (a merge or a missing candidate).

    .venv/bin/python benchmarks/real_news/status_stages.py dev_o dev_n            # table: class x split
    .venv/bin/python benchmarks/real_news/status_stages.py dev_o --list           # and one line per mention
    .venv/bin/python benchmarks/real_news/status_stages.py dev_o --dump /tmp/x    # and pickle each split's tables

Extends ``status_census.py`` (which says what decided our status) and the twenty-eighth pass's own/orphan join
(issue-38status: the best-fitting event is the mention's own when its sentence holds the quote's first 40
characters). Each status-wrong found mention falls in the first class that fits: ``orphan`` (another mention's event
fits best, by gold/ours pair), ``page day`` (our article date is not gold's, so every day-against-page test is off),
``cross-page`` (the cluster's reconciliation changed the event's days after its status was set), ``clause`` (the
clause's wording decided, ``status.modality`` told a status), ``days, dates wrong`` and ``days, dates right``
(nothing in the clause told, the event's days against the page's day decided). Reads gold: read splits only.
"""

from __future__ import annotations

import argparse
import collections
import json
import pickle
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path

from dateline.evaluation.events import event_row, mention_report, quote_in
from dateline.extractors.events import build_itineraries, cluster_events
from dateline.extractors.pipeline import load_nlp
from dateline.extractors.process import process_articles
from dateline.ingest import Article, read_inputs

sys.path.insert(0, str(Path(__file__).resolve().parent))
from status_census import FORBIDDEN, TOLD, day_side, status_wrong  # noqa: E402  (the census this one extends)


def run(articles, nlp) -> tuple[dict, dict]:
    """``run_articles``' tables, plus each event's days before the cluster reconciled them (by event id)."""
    arts, events, txs, story = [], [], [], {}
    for result in process_articles(nlp, articles, run_date=date.today()):
        a = result.article
        events += result.events
        if result.story_day is not None:
            story[a.article_id] = result.story_day
        arts.append({"article_id": a.article_id, "file": a.origin, "published": result.article_date.value})
        txs += [{"article_id": a.article_id, "text": t.text, "value": t.value} for t in result.timexes]
    before = {e.event_id: (e.date_start, e.date_end) for e in events}
    own = {a["article_id"]: a["published"] for a in arts}  # as the flow: held events weighed by the page's own day
    clustered = cluster_events(events, story, own)
    stops = build_itineraries(clustered)
    return ({"articles": arts, "events": [event_row(e) for e in clustered],
             "itineraries": [asdict(s) for s in stops], "temporal_expressions": txs}, before)


def classify(r: dict, g: dict, quote: str, pub_ours: str | None, pub_gold: str | None, before: tuple,
             m: str | None) -> str:
    """The stage class of one status-wrong mention (see the module docstring)."""
    e = r["event"]
    if not quote_in(quote, e.get("sentence")):
        return "orphan"
    if str(pub_ours)[:10] != str(pub_gold)[:10]:
        return "page day"
    if (str(before[0]), str(before[1])) != (str(e.get("date_start")), str(e.get("date_end"))):
        return "cross-page"
    if m in TOLD:
        return "clause"
    return "days, dates " + ("right" if r["checks"]["dates"] else "wrong")


def census(split: str, nlp, listing: list[str], dump: Path | None) -> collections.Counter:
    d = Path("benchmarks/real_news") / split
    gold = json.loads((d / "gold.json").read_text(encoding="utf-8"))
    pubs = {a["file"]: a["published"] for a in gold["articles"]}
    arts = [a for a in read_inputs([str(d / "articles")]) if isinstance(a, Article)]
    tables, before = run(arts, nlp)
    if dump is not None:
        dump.mkdir(parents=True, exist_ok=True)
        (dump / f"{split}.pkl").write_bytes(pickle.dumps(tables))
    ours = {a["file"]: a["published"] for a in tables["articles"]}
    quotes = {(g["id"], mm["file"]): mm["quote"] for g in gold["events"] for mm in g["mentions"]}
    out: collections.Counter = collections.Counter()
    for r, g, e, want, m in status_wrong(mention_report(tables, gold), gold, nlp):
        sentence = e.get("sentence") or ""
        our_pub = next((v for f, v in ours.items() if r["file"] in f), None)
        cls = classify(r, g, quotes[(r["gold"], r["file"])], our_pub, pubs.get(r["file"]),
                       before.get(e["event_id"], (None, None)), m)
        pair = f"{want}/{e.get('status')}"
        out[(cls, pair)] += 1
        pub = pubs.get(r["file"])
        listing.append(f"{split}:{r['gold']}@{r['file'][:3]} {cls} | {pair} | modality {m} | gold day "
                       f"{day_side(g['date_start'], pub)} ours {day_side(str(e.get('date_start'))[:10], pub)} "
                       f"[{e.get('trigger')}] "
                       f"{' '.join(sentence.split())[:150]} || {' '.join(quotes[(r['gold'], r['file'])].split())[:90]}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("splits", nargs="+")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--dump", type=Path)
    args = ap.parse_args(argv)
    if bad := FORBIDDEN & set(args.splits):
        raise SystemExit(f"not a read split: {sorted(bad)}")
    nlp = load_nlp()
    per: dict[str, collections.Counter] = {}
    listing: list[str] = []
    for split in args.splits:
        per[split] = census(split, nlp, listing, args.dump)
        print(f"{split}: {sum(per[split].values())}", flush=True)
    keys = sorted({k for c in per.values() for k in c}, key=lambda k: -sum(c[k] for c in per.values()))
    print("class | pair | total | sets | " + " | ".join(per))
    for k in keys:
        row = [per[s][k] for s in per]
        print(f"{k[0]} | {k[1]} | {sum(row)} | {sum(1 for n in row if n)} | " + " | ".join(str(n or "") for n in row))
    if args.list:
        print("\n".join(sorted(listing)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
