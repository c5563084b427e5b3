"""Why a multi-article gold event is split across clusters: for each one, every mention's best event and, for each
pair of those events in different clusters, the first check of ``cluster._Facts.compatible`` it fails.

    .venv/bin/python benchmarks/real_news/split_causes.py dev_q dev_r          # counts per cause
    .venv/bin/python benchmarks/real_news/split_causes.py dev_q --list         # and one block per split event

A split event counts as "involves an orphan" when one of its mentions' best event is not its own (the quote is not in
the event's sentence): no cluster rule can make that right, the mention needs an event (``stages.py``). Pair causes:
same article (within-article ``merge``), type, dates disagree, one names nobody, no shared person, other parties,
undated with one shared name, context people weak, subtype, place, different merge units (``blocks``), or
"compatible, not joined" (complete linkage: each cluster takes one mention per article). Runs each split as one
corpus in-process, like ``score.py --mentions``. Reads gold: never for the splits in ``line_only.json``
(session 17, helper 27e)."""

from __future__ import annotations

import collections
from datetime import date
from pathlib import Path

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


def main(argv: list[str] | None = None) -> int:
    args = census_args(__doc__, "one block per split event", HERE, argv)
    from dateline.evaluation.events import event_row, mention_report
    from dateline.extractors.events import cluster_events
    from dateline.extractors.events.blocks import article_anchors
    from dateline.extractors.events.name_variants import one_spelling
    from dateline.extractors.pipeline import load_nlp
    from dateline.extractors.process import process_articles

    nlp = load_nlp()
    causes: collections.Counter[str] = collections.Counter()
    events_seen = orphaned = 0
    for split in args.splits:
        arts, events = [], []
        split_articles = list(gold_articles(HERE, [split]))
        gold = split_articles[0].gold if split_articles else None
        # as the batch workers run them: a weakly dated page may borrow a same-story report's year (batch_year)
        for r in process_articles(nlp, [ga.article for ga in split_articles], run_date=date.today()):
            events += r.events
            arts.append({"article_id": r.article.article_id, "file": r.article.origin})
        pre = {e.event_id: e for e in one_spelling(events)}
        anchors = article_anchors((e.article_id, e.date_start, e.date_end) for e in pre.values())
        rows = mention_report({"articles": arts, "events": [event_row(e) for e in cluster_events(events)]}, gold)
        by_gold: dict[str, list[dict]] = collections.defaultdict(list)
        for r in rows:
            if r["found"] and not r["optional"]:
                by_gold[r["gold"]].append(r)
        for gid, rs in by_gold.items():
            if len({r["cluster_id"] for r in rs}) < 2:
                continue
            g = next(x for x in gold["events"] if x["id"] == gid)
            events_seen += 1
            lines, orphan = [], False
            for r in rs:
                e = pre[r["event"]["event_id"]]
                quote = next(m["quote"] for m in g["mentions"] if m["file"] == r["file"])
                own = quote[:40] in (e.sentence or "")
                orphan |= not own
                lines.append(f"  {r['file'][:24]:24} {'own' if own else 'not own'} {e.subtype} "
                             f"{e.date_start}..{e.date_end} | {' '.join((e.sentence or '').split())[:90]}")
            orphaned += orphan
            for i, a in enumerate(rs):
                for b in rs[i + 1:]:
                    if a["cluster_id"] != b["cluster_id"]:
                        cause = pair_cause(pre[a["event"]["event_id"]], pre[b["event"]["event_id"]], anchors)
                        causes[cause] += 1
                        lines.append(f"    {a['file'][:12]} x {b['file'][:12]}: {cause}")
            if args.list:
                print(f"{split}:{gid} {g['type']}\n" + "\n".join(lines))
    print(f"{', '.join(args.splits)}: {events_seen} split events, {orphaned} involve a mention whose best event is "
          "not its own; causes by pair of clusters:")
    for cause, n in causes.most_common():
        print(f"  {cause:28} {n:4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
