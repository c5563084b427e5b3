"""Where each gold mention of a split loses its event: the stage of the event path, not the field.

    .venv/bin/python benchmarks/real_news/stages.py dev_k dev_l          # counts per type and stage
    .venv/bin/python benchmarks/real_news/stages.py dev_k --list         # and one line per mention not fully right

A mention is fully right, or its sentence gave no candidate at all ("no candidate"), or its candidate was folded
into another event of the article ("merged away", ``merge.merge_mentions``), or dropped by the news filter ("dropped
by keep", ``keep.news_events``), or it has an event of its own that another event fits better ("own event, another
fits better"), or its own event is the best fit with some fields wrong ("own event: <fields>"). The twelfth pass
found that over half the mentions not fully right on the development splits never reach an event of their own, so
their best fit is another mention's event and the clusters count them as merged; counting stages says which part of
the path a change must touch. Reads gold: never for the splits in `line_only.json` (blind, the transfer checks)."""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
_LINE_ONLY = frozenset(json.loads((HERE / "line_only.json").read_text(encoding="utf-8"))["splits"])


def stage_of(quote: str, row: dict, before_merge: list[str], after_merge: list[str], kept: list[str]) -> str:
    """The stage of one gold mention (``row``: its ``mention_report`` row; the lists: the sentences of the article's
    candidates before the merge, after it, and after the news filter). A mention is found in a sentence by the
    first 40 characters of its quote, as the scorer's tie-break does."""
    q = quote[:40]
    own = row["found"] and q in (row["event"].get("sentence") or "")
    if row["found"] and all(row["checks"].values()):
        return "fully right"
    if own:
        return "own event: " + ", ".join(k for k, ok in row["checks"].items() if not ok)
    if any(q in s for s in kept):
        return "own event, another fits better"
    if any(q in s for s in after_merge):
        return "dropped by keep"
    if any(q in s for s in before_merge):
        return "merged away"
    return "no candidate"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("splits", nargs="+")
    ap.add_argument("--list", action="store_true", help="one line per mention not fully right")
    args = ap.parse_args(argv)
    if set(args.splits) & _LINE_ONLY:
        ap.error("the blind and transfer splits are scored by their lines only (benchmarks/real_news/score.py)")

    import dateline.extractors.events.assemble as assemble
    from dateline.evaluation.events import mention_report, run_articles
    from dateline.extractors.pipeline import load_nlp
    from dateline.ingest import Article, read_inputs

    seen: dict[str, list[str]] = {}
    merge, keep = assemble.merge_mentions, assemble.news_events

    def traced_merge(cands, named):  # the candidates as the merge sees them, then what it returns
        seen["before_merge"] = [c.sentence or "" for c in cands]
        out = merge(cands, named)
        seen["after_merge"] = [c.sentence or "" for c in out]
        return out

    def traced_keep(merged, *rest):
        out = keep(merged, *rest)
        seen["kept"] = [c.sentence or "" for c in out]
        return out

    assemble.merge_mentions, assemble.news_events = traced_merge, traced_keep
    nlp = load_nlp()
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    lines = []
    for split in args.splits:
        folder = HERE / split
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        by_id = {g["id"]: g for g in gold["events"]}
        for art in (a for a in read_inputs([str(folder / "articles")]) if isinstance(a, Article)):
            seen.clear()
            name = Path(art.origin).name
            for row in mention_report(run_articles([art], nlp), gold):
                if row["optional"] or row["file"] != name:
                    continue
                g = by_id[row["gold"]]
                quotes = [m["quote"] for m in g["mentions"] if m["file"] == name]
                stage = stage_of(quotes[0], row, seen.get("before_merge", []), seen.get("after_merge", []),
                                 seen.get("kept", []))
                counts[(g["type"], stage)] += 1
                if args.list and stage != "fully right":
                    lines.append(f"{split}:{g['id']}@{name[:3]} {g['type']} {stage} | {quotes[0][:100]}")
    total = sum(counts.values())
    print(f"{', '.join(args.splits)}: {total} required mentions (each article run alone)")
    for (etype, stage), n in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"  {etype:8} {stage:34} {n:4}")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
