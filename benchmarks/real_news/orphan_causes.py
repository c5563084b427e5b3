"""Why a gold mention has no event of its own: the filter that dropped it, or the event the merge folded it into.

    .venv/bin/python benchmarks/real_news/orphan_causes.py dev_q dev_p      # counts per type and cause
    .venv/bin/python benchmarks/real_news/orphan_causes.py dev_q --list     # and one block per mention

``stages.py`` says at which stage a mention loses its event; this says why, for the two stages this package decides
after the candidates are read: "dropped by keep" is split by the news filter's test (no named party, a trip that
goes nowhere, a lone meeting word read as a reference, a tour to a region beside its legs), and "merged away" names
the kept candidate that absorbed the mention's own (``merge._absorb``, ``merge._fold_references``), with the fields
each had, so a reader sees which test of ``merge._compatible`` let them through. "Another fits better" is split by
whether the sentence's own event is of the gold's type (an event of another type in the sentence is no event of its
own). The sixteenth pass wrote it for the orphan census (RESULTS_events.md). Reads gold: never for the splits in
``line_only.json``."""

from __future__ import annotations

import collections
from pathlib import Path

from dateline.evaluation.event_path import orphans, trace_event_path, traced_runs
from dateline.evaluation.events import quote_in
from dateline.evaluation.read_splits import census_args, print_counts

HERE = Path(__file__).resolve().parent
_REFERENCE = "(a reference, folded into a meeting told elsewhere)"


def _brief(c) -> str:
    """One line for a candidate: type, subtype, trigger, people, place, days, status, where its days came from."""
    return (f"{c.event_type} {c.subtype} [{c.trigger.text}] {[p.name for p in c.participants]} "
            f"{c.place.name if c.place else None} {c.date_start}..{c.date_end} {c.status} ({c.date_source})")


def drop_cause(c, named: set[str]) -> str:
    """Which test of ``keep.news_events`` a dropped candidate fails (the tests in the order the filter runs them)."""
    from dateline.extractors.events import keep
    from dateline.extractors.events.candidate import stands_unnamed

    if not (any(p.name in named for p in c.participants) or stands_unnamed(c)):
        return "dropped: no named party"
    if c.event_type == "travel" and not (keep._goes_somewhere(c.destination) or keep._goes_somewhere(c.origin)):
        return "dropped: trip goes nowhere"
    if c.event_type == "meeting" and c.subtype in keep._REFERENCE_WORDS and len(c.participants) == 1:
        return "dropped: lone meeting word"
    return "dropped: tour beside its legs"


def main(argv: list[str] | None = None) -> int:
    args = census_args(__doc__, "one block per mention with no event of its own", HERE, argv)
    trace = trace_event_path(_brief)
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    lines: list[str] = []
    for ga, rows, _ in traced_runs(HERE, args.splits, trace):
        for _row, g, q in orphans(ga, rows):
            kept, after, before = ([c for c in cs if quote_in(q, c.sentence)]
                                   for cs in (trace.kept, trace.after, trace.before))
            detail: list[str] = []
            if kept:
                same = [c for c in kept if c.event_type == g["type"]]
                cause = "own event, another fits better" if same else "only an event of another type"
                detail = [_brief(c) for c in kept]
            elif after:
                cause = drop_cause(after[0], trace.named)
                detail = [_brief(c) for c in after]
            elif before:
                cause = "merged away"
                detail = [f"{_brief(o)}\n        into {k or _REFERENCE}" for k, o in trace.folds if o in before]
            else:
                cause = "no candidate in its sentence"
            counts[(g["type"], cause)] += 1
            if args.list:
                lines.append(f"{ga.split}:{g['id']}@{ga.name[:3]} {g['type']} {cause} | {q[:40]}")
                lines.extend(f"    {d}" for d in detail)
    print(f"{', '.join(args.splits)}: required mentions with no event of their own (each article run alone)")
    print_counts(counts, 34)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
