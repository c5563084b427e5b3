"""Why one emitted event stands for two gold events: a census of the gold mentions whose best event another gold event
of the article shares.

    .venv/bin/python benchmarks/real_news/shared_events.py dev_o                 # counts per type and mechanism
    .venv/bin/python benchmarks/real_news/shared_events.py dev_o --list          # and one block per mention

The scorer matches each gold mention to its best-fitting emitted event of the same type in its file, many to one; the
fourteenth pass found over half the mentions not fully right among those whose best event another gold event shares.
``stages.py`` says where a mention loses its event; this says, for the shared ones, why we emitted one event where a
reader lists two (session 14, helper 22s):

- "no candidate": the mention's sentence made no candidate of its type (a trigger or clause the builders do not read);
- "merged away": its candidate was folded into another by ``merge.merge_mentions``, with what let them join: one
  sentence; one side undated (any day fits it); one side unplaced; or both dated and placed alike; or "the talks"
  folded into the meeting it points back at (``merge._fold_references``);
- "dropped by keep": its candidate survived the merge and was dropped by the news filter (``keep.news_events``);
- "own event, another fits better": its candidate is an event, but another event fits its gold better;
- "own event, shared": its own event is the one shared; the other gold event is the one without an event of its own.

A mention counts once per file it is quoted in (optional gold events left out), fully right ones apart. Reads gold:
only for the development splits (dev_a..e, dev_k..o), never for the transfer or blind splits."""

from __future__ import annotations

import collections
from pathlib import Path

from dateline.evaluation.event_path import EventPathTrace, trace_event_path, traced_runs
from dateline.evaluation.events import quote_in
from dateline.evaluation.read_splits import census_args, print_counts

HERE = Path(__file__).resolve().parent


def join_evidence(keep, other) -> str:
    """What let ``merge._compatible`` join two candidates, from the fields it reads (not which line returned)."""
    if keep.sentence == other.sentence:
        return "one sentence"
    undated = [c for c in (keep, other) if c.date_start is None and c.date_end is None]
    if undated:
        return "one side undated"
    if keep.place is None or other.place is None:
        return "one side unplaced"
    return "dated and placed alike"


def mechanism(quote: str, etype: str, row: dict, trace: EventPathTrace, final: list[dict]) -> str:
    if quote_in(quote, row["event"].get("sentence")):
        return "own event, shared"
    before = [c for c in trace.before if c.event_type == etype and quote_in(quote, c.sentence)]
    if not before:
        return "no candidate"
    joins = [join_evidence(k, o) for k, o in trace.folds if k is not None and o.event_type == etype
             and quote_in(quote, o.sentence)]
    if joins:
        return "merged away: " + joins[0]
    if any(e["event_type"] == etype and quote_in(quote, e.get("sentence")) for e in final):
        return "own event, another fits better"
    if not any(c.event_type == etype and quote_in(quote, c.sentence) for c in trace.after):
        return "merged away: folded as a reference"  # merge._fold_references
    return "dropped by keep"


def main(argv: list[str] | None = None) -> int:
    args = census_args(__doc__, "one block per shared mention not fully right", HERE, argv)
    trace = trace_event_path(_Snapshot.of)
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    lines: list[str] = []
    for ga, rows, tables in traced_runs(HERE, args.splits, trace):
        owners: dict[str, set[str]] = collections.defaultdict(set)
        for r in rows:
            if r["found"]:
                owners[r["event"]["event_id"]].add(r["gold"])
        for r in rows:
            if r["optional"] or not r["found"]:
                continue
            others = owners[r["event"]["event_id"]] - {r["gold"]}
            if not others:
                continue
            g = ga.by_id[r["gold"]]
            quote = next(m["quote"] for m in g["mentions"] if m["file"] == ga.name)
            right = all(r["checks"].values())
            stage = "fully right" if right else mechanism(quote, g["type"], r, trace, tables["events"])
            counts[(g["type"], stage)] += 1
            if args.list and not right:
                e = r["event"]
                lines.append(f"{ga.split}:{g['id']}@{ga.name[:3]} {g['type']} [{stage}] shares with "
                             f"{', '.join(sorted(others))} | {quote[:90]}\n    best: {e['subtype']} "
                             f"[{e['trigger']}] {e['date_start']}..{e['date_end']} {e['status']} | "
                             f"{(e.get('sentence') or '')[:100]}")
    total = sum(counts.values())
    print(f"{', '.join(args.splits)}: {total} required mentions whose best event another gold event shares")
    print_counts(counts, 40)
    print("\n".join(lines))
    return 0


class _Snapshot:
    """The fields ``join_evidence`` reads, copied before ``_absorb`` changes the kept candidate."""

    def __init__(self, event_type: str, sentence: str, date_start, date_end, place) -> None:
        self.event_type, self.sentence = event_type, sentence
        self.date_start, self.date_end, self.place = date_start, date_end, place

    @classmethod
    def of(cls, c) -> _Snapshot:
        return cls(c.event_type, c.sentence, c.date_start, c.date_end, c.place)


if __name__ == "__main__":
    raise SystemExit(main())
