"""Status-wrong read mentions by gold/ours pair and by the form that told the mention (issue-44status census).

    .venv/bin/python benchmarks/real_news/tries/issue44status/status_forms.py dev_k dev_l ... [--list]

Each status-wrong found, required mention gets one form, the first that fits, read from gold's quote (the mention's
own words) and the run's tables: ``page no own day`` (our page has no day of its own, or not gold's), ``cluster
days`` (our event took its days from its cluster, then the page's day re-weighed it), ``orphan`` is kept as a
separate column (the best-fitting event is told in another sentence), then the quote's own wording: ``negation or
postponement``, ``perfect``, ``reported plan, past tense`` ('said he would', 'was scheduled to'), ``future or
modal``, ``programme item`` (a timetable present, a schedule/agenda/programme noun), ``past simple``, ``noun or
other``. Reads gold: read splits only.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from datetime import date
from pathlib import Path

from dateline.evaluation.events import event_row, mention_report, quote_in
from dateline.extractors.events import build_itineraries, cluster_events  # noqa: F401
from dateline.extractors.pipeline import load_nlp
from dateline.extractors.process import process_articles
from dateline.ingest import Article, read_inputs

HERE = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(HERE))
from score import joined_gold  # noqa: E402
from status_census import FORBIDDEN, status_wrong  # noqa: E402

NEG = re.compile(r"\b(postpon\w*|cancel\w*|call(?:ed|s)? off|scrap\w*|put off|delay\w*|defer\w*|reschedul\w*|"
                 r"not|n't|never|no longer|shelved|abandon\w*|suspend\w*)\b", re.I)
PERFECT = re.compile(r"\b(has|have|had|'s|'ve)\s+(\w+ly\s+)?(\w+ed|met|been|held|made|paid|gone|come|begun|flown|"
                     r"arrived|left|visited|led|seen|spoken|taken)\b", re.I)
REPORTED = re.compile(r"\b(would|was|were)\s+(\w+ly\s+)?(to|due|scheduled|expected|set|slated|supposed|planned|"
                      r"going|likely|invited|meant)\b|\bwould\b|\b(said|announced|told|confirmed|reported)\b.*\b"
                      r"(will|would|plans?|to)\b|\bhad planned\b|\bwas to\b", re.I)
FUTURE = re.compile(r"\b(will|shall|'ll|could|may|might|can|must|should|is to|are to|set to|due to|expected to|"
                    r"scheduled|slated|plans? to|planning|going to|intends?|aims?|hopes?|wants?|would like|to be|"
                    r"to visit|to meet|to travel|upcoming|forthcoming|next|proposed|planned|expected)\b", re.I)
PROGRAMME = re.compile(r"\b(programme|program|schedule|itinerary|agenda|timetable|then|later|tomorrow|"
                       r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
PAST = re.compile(r"\b\w+ed\b|\b(met|held|made|paid|went|came|began|flew|left|saw|spoke|took|gave|led|told|said)\b",
                  re.I)


def form(quote: str) -> str:
    """The form that told a mention, read from gold's quote (the first form that fits)."""
    if NEG.search(quote):
        return "negation or postponement"
    if PERFECT.search(quote):
        return "perfect"
    if REPORTED.search(quote):
        return "reported plan, past tense"
    if FUTURE.search(quote):
        return "future or modal"
    if PROGRAMME.search(quote):
        return "programme item"
    if PAST.search(quote):
        return "past simple"
    return "noun or other"


def run(articles, nlp) -> tuple[dict, dict]:
    """``run_articles``' tables (as status_stages) and each event's status and days before clustering."""
    arts, events, story, own = [], [], {}, {}
    for result in process_articles(nlp, articles, run_date=date.today()):
        a = result.article
        events += result.events
        if result.story_day is not None:
            story[a.article_id] = result.story_day
        own[a.article_id] = result.article_date.value
        arts.append({"article_id": a.article_id, "file": a.origin, "published": result.article_date.value})
    before = {e.event_id: (e.status, e.date_start, e.date_end) for e in events}
    clustered = cluster_events(events, story, own)
    return {"articles": arts, "events": [event_row(e) for e in clustered], "itineraries": [],
            "temporal_expressions": []}, before


def census(splits: list[str], nlp, listing: list[str]) -> collections.Counter:
    """(form, pair, orphan) counts over ``splits`` run as one (dev_a..e together)."""
    gold = joined_gold(splits) if len(splits) > 1 else json.loads((HERE / splits[0] / "gold.json").read_text())
    arts = [a for a in read_inputs([str(HERE / s / "articles") for s in splits]) if isinstance(a, Article)]
    tables, before = run(arts, nlp)
    pubs = {a["file"]: a["published"] for a in gold["articles"]}
    ours = {a["file"]: a["published"] for a in tables["articles"]}
    quotes = {(g["id"], m["file"]): m["quote"] for g in gold["events"] for m in g["mentions"]}
    out: collections.Counter = collections.Counter()
    for r, _g, e, want, _m in status_wrong(mention_report(tables, gold), gold, nlp):
        quote = quotes[(r["gold"], r["file"])]
        our_pub = next((v for f, v in ours.items() if r["file"] in f), None)
        orphan = not quote_in(quote, e.get("sentence"))
        b = before.get(e["event_id"], (None, None, None))
        if our_pub is None:
            f = "page with no day of its own"
        elif str(our_pub)[:10] != str(pubs.get(r["file"]))[:10]:
            f = "page day not gold's"
        elif b[0] != e["status"]:
            f = "cluster days re-weighed"
        else:
            f = form(quote)
        pair = f"{want}/{e.get('status')}"
        out[(f, pair, orphan)] += 1
        listing.append(f"{splits[0]}:{r['gold']}@{r['file'][:3]} {f} | {pair} | {'orphan' if orphan else 'own'} | "
                       f"[{e.get('trigger')}] {' '.join((e.get('sentence') or '').split())[:140]} || "
                       f"{' '.join(quote.split())[:140]}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("splits", nargs="+")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    if bad := FORBIDDEN & set(args.splits):
        raise SystemExit(f"not a read split: {sorted(bad)}")
    nlp = load_nlp()
    groups = [[s] for s in args.splits if s not in {"dev_a", "dev_b", "dev_c", "dev_d", "dev_e"}]
    if any(s in args.splits for s in ("dev_a", "dev_b", "dev_c", "dev_d", "dev_e")):
        groups.insert(0, [s for s in args.splits if s in {"dev_a", "dev_b", "dev_c", "dev_d", "dev_e"}])
    per: dict[str, collections.Counter] = {}
    listing: list[str] = []
    for grp in groups:
        per[grp[0]] = census(grp, nlp, listing)
        print(f"{grp[0]}: {sum(per[grp[0]].values())}", flush=True)
    for col in ("form", "pair"):
        idx = 0 if col == "form" else 1
        keys = collections.Counter()
        for c in per.values():
            for k, n in c.items():
                keys[k[idx]] += n
        print(f"\n{col} | total | sets | own | orphan | " + " | ".join(per))
        for k, _ in keys.most_common():
            row = [sum(n for kk, n in per[s].items() if kk[idx] == k) for s in per]
            own = sum(n for c in per.values() for kk, n in c.items() if kk[idx] == k and not kk[2])
            print(f"{k} | {sum(row)} | {sum(1 for n in row if n)} | {own} | {sum(row) - own} | "
                  + " | ".join(str(n or "") for n in row))
    cross = collections.Counter()
    for c in per.values():
        for k, n in c.items():
            cross[(k[0], k[1])] += n
    print("\nform x pair")
    for (f, p), n in sorted(cross.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"{f} | {p} | {n}")
    if args.list:
        print("\n".join(sorted(listing)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
