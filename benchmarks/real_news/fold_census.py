"""Every fold of the within-article merge, with whether the gold keeps the two sentences' events apart.

    .venv/bin/python benchmarks/real_news/fold_census.py dev_q dev_p          # counts per verdict and sign
    .venv/bin/python benchmarks/real_news/fold_census.py dev_q --list   # and one block per fold

``orphan_causes.py`` starts from the gold mentions that lost their event; this starts from the merge: each candidate
``merge._absorb`` folded into a kept one, each side's sentence matched to the gold events of its type quoted in it.
"apart": both sentences quote gold events and none is shared; "same": they share one; "?": either quotes none (most
folds: a sentence the gold does not quote). Each fold is also tagged with the signs a merge condition could read (the
pair's shared anchors, a status or people difference). The nineteenth pass (29x) wrote it: the folds that join
different gold events are mostly mentions with no day or place of their own, which kept apart are undated extra events
(RESULTS_events.md). Reads gold: never for the splits in ``line_only.json``."""

from __future__ import annotations

import collections
import copy
from pathlib import Path

from dateline.evaluation.event_path import trace_event_path, traced_runs
from dateline.evaluation.events import quote_in
from dateline.evaluation.read_splits import GoldArticle, census_args

HERE = Path(__file__).resolve().parent


def _gold_in(ga: GoldArticle, sentence: str, event_type: str) -> set[str]:
    """The gold events of ``event_type`` a mention of this article quotes inside ``sentence``."""
    return {e["id"] for e in ga.gold["events"] if e["type"] == event_type
            for m in e["mentions"] if m["file"] == ga.name and quote_in(m["quote"], sentence)}


def _signs(k, o) -> list[str]:
    """What a merge condition could read in the pair: shared anchors, and where the two differ."""
    def dated(c) -> bool:
        return c.date_start is not None or c.date_end is not None

    def place(c):
        return c.location or c.destination

    out = ["same sentence" if k.sentence == o.sentence else "two sentences",
           f"dated {int(dated(k))}{int(dated(o))}", f"placed {int(place(k) is not None)}{int(place(o) is not None)}"]
    if {k.status, o.status} in ({"occurred", "planned"}, {"occurred", "cancelled"}):
        out.append(f"{k.status}/{o.status}")
    pk, po = {p.name for p in k.participants}, {p.name for p in o.participants}
    if k.event_type == "meeting" and pk & po and pk - po and po - pk:
        out.append("each names a party the other lacks")
    return out


def _brief(c) -> str:
    return (f"{c.event_type} {c.subtype} [{c.trigger.text}] {[p.name for p in c.participants]} "
            f"{c.place.name if c.place else None} {c.date_start}..{c.date_end} {c.status} ({c.date_source}) | "
            f"{c.sentence[:80]!r}")


def main(argv: list[str] | None = None) -> int:
    args = census_args(__doc__, "one block per fold", HERE, argv)
    trace = trace_event_path(copy.copy)  # the kept candidate as it was before the fold took the other's fields
    verdicts: collections.Counter[str] = collections.Counter()
    by_sign: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    lines: list[str] = []
    for ga, _, _ in traced_runs(HERE, args.splits, trace):
        for k, o in trace.folds:
            if k is None:
                verdicts["reference fold"] += 1
                continue
            gk, go = _gold_in(ga, k.sentence, k.event_type), _gold_in(ga, o.sentence, o.event_type)
            v = "?" if not (gk and go) else ("same" if gk & go else "apart")
            verdicts[v] += 1
            signs = _signs(k, o)
            for s in signs:
                by_sign[s][v] += 1
            if args.list:
                lines += [f"{ga.split}:{ga.name[:30]} {v} kept {sorted(gk)} folded {sorted(go)} {signs}",
                          f"    kept   {_brief(k)}", f"    folded {_brief(o)}"]
    print(f"{', '.join(args.splits)}: folds {sum(verdicts.values())} ({dict(verdicts)})")
    for s, c in sorted(by_sign.items(), key=lambda kv: -kv[1]["apart"]):
        print(f"  {s:36s} apart {c['apart']:3d}  same {c['same']:3d}  ? {c['?']:3d}")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
