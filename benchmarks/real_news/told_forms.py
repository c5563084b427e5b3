"""Required gold mentions with no candidate in their sentence, by the form that tells the event: which trigger word
and where it stands, and so which gate of the reader refuses it.

    .venv/bin/python benchmarks/real_news/told_forms.py dev_q dev_t          # form x sets x mentions
    .venv/bin/python benchmarks/real_news/told_forms.py dev_q --list         # and one line per mention

``orphan_causes.py`` says a mention has "no candidate in its sentence"; this says in what words. The forms are
matched on the gold quote (the words the annotator marked), in the order of ``FORMS``: the first that matches wins,
so a quote that tells a trip noun and a meeting noun is counted once. The rules are rough on purpose (a census, not
a reader): they group mentions for reading, and the thirty-third pass read each group by hand. Reads gold: never
for the splits in ``line_only.json``."""

from __future__ import annotations

import collections
import re
from pathlib import Path

from dateline.evaluation.event_path import orphans, trace_event_path, traced_runs
from dateline.evaluation.events import quote_in
from dateline.evaluation.read_splits import census_args

HERE = Path(__file__).resolve().parent
_TRIP = r"\b(visit|visits|trip|tour|journey|stay|mission|leg|stop-?over|pilgrimage|treks?)\b"

# (label, test on the quote); the first that matches is the mention's form
FORMS: tuple[tuple[str, str], ...] = (
    ("F programme line or headline-like fragment",
     r"^\W*\d{1,2}([:.]\d\d)?\s*[ap]\s?\.?\s?m|^\s*--|^\s*\d\.\s"),
    ("C call or talk noun naming its counterpart",
     r"(?=.*\b(call|calls|talk|chat|conversation)\b)(?=.*\b(with|from|on|to)\b)(?!.*\b(during|after) the call\b)"),
    ("P presence: 'be in PLACE', 'be on a visit'",
     r"\b(is|was|are|were|be|been)\b[^.]{0,40}\b(on|in)\b[^.]{0,40}" + _TRIP[:-3] + r")"),
    ("T trip noun told again, no place of its own", _TRIP),
    ("N meeting noun refused",
     r"\b(meeting|meetings|talks|discussions?|summit|conversation|dialogue|exchanges?|consultations|dinner|lunch"
     r"|luncheon|breakfast|session|conference|call|sit-down|gathering|ceremony)\b"),
    ("R reception verb or noun, no named host or guest", r"\b(receiv|welcom|greet|hosted|headed by|given a)"),
    ("M meet or visit verb, object no resolved named person", r"\b(met|meet|visit|visited|visiting|visits|visitng)\b"),
    ("V travel verb refused",
     r"\b(touched down|landed|landing|arrived|flew|flown|flies|board|boarded|jetted|travels?|head to|going to"
     r"|leaves?|return|returns|disembark|embark|lifted off|way to)"),
    ("X a verb the reader does not take",
     r"\b(attend|join|accompan|escort|spend|lead|sit down|exchanged views|hugged|agreed|discussed|saying goodbye"
     r"|speak)"),
)
_OTHER = "O no event word in the quote"
_CASE_SENSITIVE = {"P presence: 'be in PLACE', 'be on a visit'"}


def told_form(quote: str) -> str:
    """The first form of ``FORMS`` whose test matches ``quote`` (lower-cased), or the catch-all."""
    for label, pattern in FORMS:
        if re.search(pattern, quote.lower()):
            return label
        if label in _CASE_SENSITIVE and re.search(r"\b(is|was|are|were|be)\b[^.]{0,30}\bin [A-Z]", quote):
            return label  # "was in Turkey on Monday": a place by its capital
    return _OTHER


def main(argv: list[str] | None = None) -> int:
    args = census_args(__doc__, "one line per mention with no candidate in its sentence", HERE, argv)
    trace = trace_event_path()
    forms: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    lines: list[str] = []
    for ga, rows, _ in traced_runs(HERE, args.splits, trace):
        for _row, g, q in orphans(ga, rows):
            if any(quote_in(q, c.sentence) for cs in (trace.kept, trace.after, trace.before) for c in cs):
                continue  # a candidate was read there (orphan_causes.py says what became of it)
            form = told_form(q)
            forms[form][ga.split] += 1
            if args.list:
                lines.append(f"{ga.split}:{g['id']}@{ga.name[:3]} {g['type']} {form[0]} | {q[:120]}")
    print(f"{', '.join(args.splits)}: required mentions with no candidate in their sentence (each article run alone)")
    for form, per_split in sorted(forms.items(), key=lambda kv: (-len(kv[1]), -sum(kv[1].values()))):
        print(f"  {form:55} {sum(per_split.values()):4} mentions {len(per_split):3} splits")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
