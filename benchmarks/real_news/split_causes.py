"""Why a multi-article gold event is split across clusters: for each one, every mention's best event and, for each
pair of those events in different clusters, the first check of ``cluster._Facts.compatible`` it fails.

    .venv/bin/python benchmarks/real_news/split_causes.py dev_q dev_r          # counts per cause
    .venv/bin/python benchmarks/real_news/split_causes.py dev_q --list         # and one block per split event
    .venv/bin/python benchmarks/real_news/split_causes.py dev_q --merges --list   # merges instead, by cause

A split event counts as "involves an orphan" when one of its mentions' best event is not its own (the quote is not in
the event's sentence): no cluster rule can make that right, the mention needs an event (``stages.py``). Pair causes:
same article (within-article ``merge``), type, dates disagree, one names nobody, no shared person, other parties,
undated with one shared name, context people weak, subtype, place, different merge units (``blocks``), or
"compatible, not joined" (complete linkage: each cluster takes one mention per article). A last block counts the split
events by what they need (``event_class``, session 20): orphan-bound, within one article, or two own events apart and
why. Runs each split as one corpus in-process, like ``score.py --mentions``. Reads gold: never for the splits in
``line_only.json`` (session 17, helper 27e).

Merges too (``--merges``): each emitted cluster that is the best fit of two or more gold events, and for each gold
event after the first, why: "orphan best fit" (one of its mentions has no event of its own and its best fit is
another event's, in one article), "folded in article" (two gold events of one article became one event, each
mention's quote in its sentence), or, across articles, what the two joined events differ in by gold: day, place,
direction (subtype) or parties ("joined across articles: ...")."""

from __future__ import annotations

import collections
import sys
from datetime import date
from pathlib import Path

from dateline.evaluation.events import quote_in
from dateline.evaluation.read_splits import census_args, gold_articles

HERE = Path(__file__).resolve().parent


def pair_cause(a, b, anchors) -> str:
    """Why ``a`` and ``b`` (pre-cluster events) are in different clusters: the test of ``cluster._Facts`` that keeps
    them apart, or, when none does, the merge units (``blocks``) or the cluster order."""
    from dateline.extractors.events import cluster
    from dateline.extractors.events.blocks import unit_of

    if a.article_id == b.article_id:
        return "same article"
    if (reason := cluster._facts(a).kept_apart_by(cluster._facts(b))) is not None:
        return reason
    ua = unit_of(a.event_type, a.article_id, a.date_start, a.date_end, anchors.get(a.article_id))
    ub = unit_of(b.event_type, b.article_id, b.date_start, b.date_end, anchors.get(b.article_id))
    return "different merge units" if ua != ub else "compatible, not joined"


def _own(rows_of: list[dict], gold_event: dict, pre: dict) -> bool:
    """Every mention's quote is in its best event's sentence."""
    quotes = {m["file"]: m["quote"] for m in gold_event["mentions"]}
    return all(quote_in(quotes[r["file"]], pre[r["event"]["event_id"]].sentence) for r in rows_of)


def _has_own(rows_of: list[dict], gold_event: dict, pre: dict) -> bool:
    """Every mention has an event of its type in its article whose sentence holds its quote (best fit or not)."""
    quotes = {m["file"]: m["quote"] for m in gold_event["mentions"]}
    for r in rows_of:
        art = r["event"]["article_id"]
        if not any(e.article_id == art and e.event_type == gold_event["type"]
                   and quote_in(quotes[r["file"]], e.sentence) for e in pre.values()):
            return False
    return True


def _gold_differs(a: dict, b: dict) -> str:
    """What two gold events differ in: day, place, direction (subtype), parties."""
    out = []
    if (a.get("date_start"), a.get("date_end")) != (b.get("date_start"), b.get("date_end")):
        out.append("day")
    pa_, pb = (a.get("location") if a["type"] == "meeting" else a.get("destination")), \
        (b.get("location") if b["type"] == "meeting" else b.get("destination"))
    if (pa_ or {}).get("name") != (pb or {}).get("name"):
        out.append("place")
    if a.get("subtype") != b.get("subtype"):
        out.append("direction")
    if sorted(a.get("participants") or []) != sorted(b.get("participants") or []):
        out.append("parties")
    return "+".join(out) or "nothing"


def event_class(own_by_article: dict[str, bool], own_pair_causes: list[str]) -> str:
    """What a split event needs, by its mentions: ``own_by_article`` says per article whether one of its mentions'
    best event is its own (the quote in its sentence), ``own_pair_causes`` the pair causes between such events of
    different articles. One article only: a within-article split; fewer than two articles with an own event: the
    orphans need events first (no cluster rule can join them); else the most frequent of those pair causes (the
    first on a tie), the cluster's ground."""
    if len(own_by_article) < 2:
        return "within one article"
    if sum(own_by_article.values()) < 2:
        return "orphan-bound"
    top = collections.Counter(own_pair_causes).most_common(1)
    return "two own events apart: " + (top[0][0] if top else "compatible, not joined")


def merge_rows(split: str, rows: list[dict], gold: dict, pre: dict) -> list[tuple[str, str]]:
    """(cause, text) per merge the scorer counts: per cluster, each gold event after the first that fits it."""
    by_id = {g["id"]: g for g in gold["events"]}
    order: dict[str, list[str]] = collections.defaultdict(list)
    for r in rows:
        if r["found"] and not r["optional"] and r["gold"] not in order[r["cluster_id"]]:
            order[r["cluster_id"]].append(r["gold"])
    out = []
    for cid, gids in order.items():
        first = gids[0]
        for gid in gids[1:]:
            mine = [r for r in rows if r["gold"] == gid and r["cluster_id"] == cid and r["found"]]
            theirs = [r for r in rows if r["gold"] == first and r["cluster_id"] == cid and r["found"]]
            same_event = {r["event"]["event_id"] for r in mine} & {r["event"]["event_id"] for r in theirs}
            if same_event:
                a_own, b_own = _own(mine, by_id[gid], pre), _own(theirs, by_id[first], pre)
                cause = "folded in article" if a_own and b_own else "orphan best fit"
                if cause == "orphan best fit" and _has_own(mine, by_id[gid], pre) \
                        and _has_own(theirs, by_id[first], pre):
                    cause = "own event outscored"
            else:
                cause = "joined across articles: " + _gold_differs(by_id[gid], by_id[first])
            lines = [f"{split}:{cid[:10]} {gid} vs {first}: {cause}"]
            for r in mine + theirs:
                e = pre[r["event"]["event_id"]]
                lines.append(f"  {r['gold']:6} {r['file'][:20]:20} {e.subtype} {e.date_start}..{e.date_end} "
                             f"{[p.name for p in e.participants]} | {' '.join((e.sentence or '').split())[:80]}")
            out.append((cause, "\n".join(lines)))
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    merges = "--merges" in argv  # the shared census command line has no such flag: taken off before it parses
    argv = [a for a in argv if a != "--merges"]
    args = census_args(__doc__, "one block per split event", HERE, argv)
    merge_causes: collections.Counter[str] = collections.Counter()
    from dateline.evaluation.events import event_row, mention_report
    from dateline.extractors.events import cluster_events
    from dateline.extractors.events.blocks import article_anchors
    from dateline.extractors.events.name_variants import one_spelling
    from dateline.extractors.pipeline import load_nlp
    from dateline.extractors.process import process_articles

    nlp = load_nlp()
    causes: collections.Counter[str] = collections.Counter()
    event_classes: collections.Counter[str] = collections.Counter()
    events_seen = orphaned = 0
    for split in args.splits:
        arts, events, published = [], [], {}
        split_articles = list(gold_articles(HERE, [split]))
        gold = split_articles[0].gold if split_articles else None
        # as the batch workers run them: a weakly dated page may borrow a same-story report's year (batch_year)
        for r in process_articles(nlp, [ga.article for ga in split_articles], run_date=date.today()):
            events += r.events
            arts.append({"article_id": r.article.article_id, "file": r.article.origin})
            published[r.article.article_id] = r.article_date.value  # the flow anchors undated articles by it
        pre = {e.event_id: e for e in one_spelling(events)}
        anchors = article_anchors(((e.article_id, e.date_start, e.date_end) for e in pre.values()), published)
        clustered = [event_row(e) for e in cluster_events(events, published)]
        rows = mention_report({"articles": arts, "events": clustered}, gold)
        by_gold: dict[str, list[dict]] = collections.defaultdict(list)
        for r in rows:
            if r["found"] and not r["optional"]:
                by_gold[r["gold"]].append(r)
        if merges:
            for cause, text in merge_rows(split, rows, gold, pre):
                merge_causes[cause] += 1
                if args.list:
                    print(text)
        for gid, rs in by_gold.items():
            if merges or len({r["cluster_id"] for r in rs}) < 2:
                continue
            g = next(x for x in gold["events"] if x["id"] == gid)
            events_seen += 1
            lines: list[str] = []
            own_by_row: list[bool] = []  # per row of rs: its best event is its own (the quote in its sentence)
            own_by_article: dict[str, bool] = {}
            for r in rs:
                e = pre[r["event"]["event_id"]]
                quote = next(m["quote"] for m in g["mentions"] if m["file"] == r["file"])
                own = quote_in(quote, e.sentence)
                own_by_row.append(own)
                own_by_article[r["file"]] = own_by_article.get(r["file"], False) or own
                lines.append(f"  {r['file'][:24]:24} {'own' if own else 'not own'} {e.subtype} "
                             f"{e.date_start}..{e.date_end} | {' '.join((e.sentence or '').split())[:90]}")
            orphaned += not all(own_by_row)
            own_pairs = []
            for i, a in enumerate(rs):
                for j, b in enumerate(rs[i + 1:], i + 1):
                    if a["cluster_id"] != b["cluster_id"]:
                        cause = pair_cause(pre[a["event"]["event_id"]], pre[b["event"]["event_id"]], anchors)
                        causes[cause] += 1
                        lines.append(f"    {a['file'][:12]} x {b['file'][:12]}: {cause}")
                        if a["file"] != b["file"] and own_by_row[i] and own_by_row[j]:
                            own_pairs.append(cause)
            event_classes[event_class(own_by_article, own_pairs)] += 1
            if args.list:
                print(f"{split}:{gid} {g['type']}\n" + "\n".join(lines))
    if merges:
        print(f"{', '.join(args.splits)}: merges by cause:")
        for cause, n in merge_causes.most_common():
            print(f"  {cause:40} {n:4}")
        return 0
    print(f"{', '.join(args.splits)}: {events_seen} split events, {orphaned} involve a mention whose best event is "
          "not its own; causes by pair of clusters:")
    for cause, n in causes.most_common():
        print(f"  {cause:28} {n:4}")
    print("split events by what they need (event_class):")
    for cls, n in event_classes.most_common():
        print(f"  {cls:50} {n:4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
