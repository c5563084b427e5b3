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

import collections
from pathlib import Path

from dateline.evaluation.event_path import trace_event_path, traced_runs
from dateline.evaluation.events import quote_in
from dateline.evaluation.read_splits import census_args, print_counts

HERE = Path(__file__).resolve().parent


def stage_of(quote: str, row: dict, before_merge: list[str], after_merge: list[str], kept: list[str]) -> str:
    """The stage of one gold mention (``row``: its ``mention_report`` row; the lists: the sentences of the article's
    candidates before the merge, after it, and after the news filter). A mention is found in a sentence by the
    first 40 characters of its quote, as the scorer's tie-break does."""
    own = row["found"] and quote_in(quote, row["event"].get("sentence"))
    if row["found"] and all(row["checks"].values()):
        return "fully right"
    if own:
        return "own event: " + ", ".join(k for k, ok in row["checks"].items() if not ok)
    if any(quote_in(quote, s) for s in kept):
        return "own event, another fits better"
    if any(quote_in(quote, s) for s in after_merge):
        return "dropped by keep"
    if any(quote_in(quote, s) for s in before_merge):
        return "merged away"
    return "no candidate"


def main(argv: list[str] | None = None) -> int:
    args = census_args(__doc__, "one line per mention not fully right", HERE, argv)
    trace = trace_event_path()
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    lines = []
    for ga, rows, _ in traced_runs(HERE, args.splits, trace):
        for row in rows:
            if row["optional"]:
                continue
            g = ga.by_id[row["gold"]]
            quotes = [m["quote"] for m in g["mentions"] if m["file"] == ga.name]
            stage = stage_of(quotes[0], row, *([c.sentence or "" for c in cs]
                                               for cs in (trace.before, trace.after, trace.kept)))
            counts[(g["type"], stage)] += 1
            if args.list and stage != "fully right":
                lines.append(f"{ga.split}:{g['id']}@{ga.name[:3]} {g['type']} {stage} | {quotes[0][:100]}")
    total = sum(counts.values())
    print(f"{', '.join(args.splits)}: {total} required mentions (each article run alone)")
    print_counts(counts, 34)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
