"""Which test of ``meetings.meeting_noun`` refuses the meeting noun of each not-found mention of the 'N meeting noun
refused' row of ``missed_causes.py``.

    .venv/bin/python benchmarks/real_news/noun_gates.py dev_ag dev_t            # test x sets x mentions
    .venv/bin/python benchmarks/real_news/noun_gates.py dev_ag --list           # and one line per mention

``missed_causes.py`` says a mention's sentence had no candidate and its quote tells a meeting noun; this runs each
article alone with a tracer on ``meeting_noun`` and names the line that returned nothing for each meeting-like noun
of the sentence (the tests in the function's order: a compound, the kind-and-topic gate, the named-sides gate, no
named participant, fewer than two participants, a meal or talk with fewer than two named sides), or says that no
noun of the sentence reached it (the word is not in the lexicon, or it is a verb). Line numbers are read from the
function's source, so the labels follow edits of it. Rough on purpose: it groups the mentions for reading by hand.
Reads gold: never for the splits in ``line_only.json``."""

from __future__ import annotations

import collections
import inspect
import sys
from pathlib import Path

from missed_causes import missed_cause
from orphan_causes import _brief

from dateline.evaluation.event_path import orphans, trace_event_path, traced_runs
from dateline.evaluation.events import quote_in
from dateline.evaluation.read_splits import census_args, print_split_counts

HERE = Path(__file__).resolve().parent
_ROW = "gate: N meeting noun refused"
# (label, the start of the source line of meeting_noun that the refusing test sits on); first that matches wins
_TESTS: tuple[tuple[str, str], ...] = (
    ("a compound ('meeting room')", 'return None  # "meeting room"'),
    ("kind, topic, count or named sides ('about the meeting with X', 'in our discussions')",
     "or sides_needed and not"),
    ("a person-object noun without one", "if not any(b.people.people.get(p.name) for p in tgt)"),
    ("no 'with' phrase", 'if "with_participant" in spec.needs and not has_with'),
    ("no named participant, no named kind dated to its month", "if not parts and not (subtype not in"),
    ("fewer than two participants ('participant' need)", 'if "participant" in spec.needs and len(parts) < 2'),
    ("a meal or talk with fewer than two named sides", "return None  # \"a dinner with city leaders\""),
    ("a talk with more than two named sides", "return None  # \"welcomed by A and B\""),
)


def _labels() -> dict[int, str]:
    """The label of the 'return None' line of each refusing test of ``meeting_noun``, found by its source."""
    from dateline.extractors.events import meetings

    lines, first = inspect.getsourcelines(meetings.meeting_noun)
    out: dict[int, str] = {}
    for k, text in enumerate(lines):
        for label, start in _TESTS:
            if start in text:  # the tracer's last line is the test's own 'return None', on it or after it
                out[first + next(j for j in range(k, len(lines)) if "return None" in lines[j])] = label
    return out


class NounTracer:
    """A ``sys.settrace`` hook on ``meeting_noun``: each call's noun, sentence and the line it returned from."""

    def __init__(self) -> None:
        from dateline.extractors.events import meetings

        self.code = meetings.meeting_noun.__code__
        self.calls: list[tuple[str, str, str, int, bool]] = []

    def __call__(self, frame, event, arg):
        if frame.f_code is not self.code:
            return None
        last = [frame.f_lineno]

        def local(fr, ev, a):
            if ev == "line":
                last[0] = fr.f_lineno
            elif ev == "return":
                n = fr.f_locals["n"]
                self.calls.append((n.sent.text, n.text, f"{n.dep_} of '{n.head.text}'", last[0], a is not None))
            return local
        return local


def main(argv: list[str] | None = None) -> int:
    args = census_args(__doc__, "one line per mention", HERE, argv)
    trace, tracer, labels = trace_event_path(_brief), NounTracer(), _labels()
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    lines: list[str] = []
    sys.settrace(tracer)
    try:
        for ga, rows, _ in traced_runs(HERE, args.splits, trace):
            title = getattr(ga.article, "title", "") or ""
            for row, g, q in orphans(ga, rows):
                kept, after, before = ([c for c in cs if quote_in(q, c.sentence)]
                                       for cs in (trace.kept, trace.after, trace.before))
                if row["found"] or missed_cause(q, kept, after, before, trace.named, title) != _ROW:
                    continue
                calls = [c for c in tracer.calls if quote_in(q, c[0]) and not c[4]]
                calls = [c for c in calls if labels.get(c[3]) != _TESTS[0][0]] or calls
                calls.sort(key=lambda c: c[1] not in q)  # the noun of the quote first, then the sentence's others
                test = labels.get(calls[0][3], f"line {calls[0][3]}") if calls else "no meeting noun reached the gate"
                counts[test][ga.split] += 1
                if args.list:
                    lines.append(f"{ga.split}:{g['id']}@{ga.name[:3]} {g['type']} | {q[:110]}")
                    lines.extend(f"    [{c[1]}] {c[2]}: {labels.get(c[3], c[3])}" for c in calls[:2])
            tracer.calls.clear()
    finally:
        sys.settrace(None)
    print(f"{', '.join(args.splits)}: not-found mentions of the row '{_ROW}', by the test that refuses the noun")
    print_split_counts(counts, 85)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
