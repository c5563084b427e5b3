"""Required gold mentions the run does not find at all, by why no event came out of their sentence.

    .venv/bin/python benchmarks/real_news/missed_causes.py dev_ai dev_t          # cause x sets x mentions
    .venv/bin/python benchmarks/real_news/missed_causes.py dev_ai --list         # and one line per mention

``orphan_causes.py`` covers every mention with no event of its own (found on another sentence's event or not);
this keeps the ones ``mention_report`` calls not found (each article run alone) and sorts them into the classes the
thirty-fourth pass's recall brief names: the trigger word missing from the lexicon, a gate refusing the clause, the
participants not found, merged into (or outscored by) another event, a headline-like line. With no candidate in the
sentence, ``told_forms.told_form`` on the gold quote tells a missing word (no event word, a verb the reader does not
take) from a refused one (a trip, meeting, reception, meet or travel word is there). Rough on purpose: it groups the
mentions for reading by hand. Reads gold: never for the splits in ``line_only.json``."""

from __future__ import annotations

import collections
from pathlib import Path

from orphan_causes import _brief, drop_cause
from told_forms import told_form

from dateline.evaluation.event_path import orphans, trace_event_path, traced_runs
from dateline.evaluation.events import quote_in
from dateline.evaluation.read_splits import census_args, print_split_counts

HERE = Path(__file__).resolve().parent
_MISSING = {"O", "X"}  # told_forms' letters for a quote with no trigger word the reader knows


def missed_cause(q: str, kept: list, after: list, before: list, named: set[str], title: str) -> str:
    """The brief's class of one not-found mention, from the candidates its sentence had at each stage."""
    if title and quote_in(q, title):
        return "headline-like line"
    if kept:
        return "another event of its sentence"
    if after:
        cause = drop_cause(after[0], named)
        return "participants not found" if cause == "dropped: no named party" else f"gate: {cause[9:]}"
    if before:
        return "merged into another event"
    form = told_form(q)
    if form[0] == "F":
        return "headline-like line"
    return f"lexicon: {form}" if form[0] in _MISSING else f"gate: {form}"


def main(argv: list[str] | None = None) -> int:
    args = census_args(__doc__, "one line per mention not found", HERE, argv)
    trace = trace_event_path(_brief)
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    lines: list[str] = []
    for ga, rows, _ in traced_runs(HERE, args.splits, trace):
        title = getattr(ga.article, "title", "") or ""
        for row, g, q in orphans(ga, rows):
            if row["found"]:
                continue
            kept, after, before = ([c for c in cs if quote_in(q, c.sentence)]
                                   for cs in (trace.kept, trace.after, trace.before))
            cause = missed_cause(q, kept, after, before, trace.named, title)
            counts[cause][ga.split] += 1
            if args.list:
                lines.append(f"{ga.split}:{g['id']}@{ga.name[:3]} {g['type']} {cause} | {q[:150]}")
                lines.extend(f"    {_brief(c)}" for c in (kept or after)[:2])
    print(f"{', '.join(args.splits)}: required mentions not found (each article run alone)")
    print_split_counts(counts, 62)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
