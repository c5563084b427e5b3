"""Join the two ends of a range of days into one ``Timex`` whose calendar range covers both, for callers that date
an event by one expression (``extractors/events/dates.py``).

The resolver keeps TimeML's reading: each end of "from December 21 (Mon.) to 24 (Thu.)", "Dec. 21 to Dec. 24",
"Nov. 30 to Dec. 2" or "on Tuesday (22 December) and Wednesday (23 December)" is its own TIMEX3. An event dated by
the range needs one start and one end; the parse often hangs the second end elsewhere (on the reporting verb), and
picking the last-written day keeps only the second end. This joins two day-level DATE timexes that stand next to
each other with nothing but a range word between them ('to', 'through', 'until', a dash; 'and' only for days in a
row, since 'on May 3 and May 10' names two occasions, not a span). The joined ``Timex`` keeps the first end's text
and extent, so the parse attaches it where the first end stands. Nothing here is wired into the event code yet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..records import Timex

# the words that join the two ends of a range, and the weekday gloss that may follow the first end ('December 21
# (Mon.) to 24'); shared with range_productions, which tags the ends; 'from'/'between' belong before the first end
RANGE_WORDS = "-|–|—|to|through|thru|until|till"
WEEKDAY_GLOSS = r"(?:\(\s*[A-Za-z]{2,9}\.?\s*\)\s*)?"
SPAN_WORDS = re.compile(rf"\s*{WEEKDAY_GLOSS},?\s*(?:{RANGE_WORDS})\s*(?:the\s+)?", re.IGNORECASE)
# 'and' only as a bare link: 'December 3, and on December 4 it rested' tells two things on two days
AND_WORDS = re.compile(rf"\s*{WEEKDAY_GLOSS}\s+and\s+(?:the\s+)?", re.IGNORECASE)
MAX_SPAN_DAYS = 31  # a longer stretch between two dated days is two dates, not one event's days


def is_single_day(tx: Timex) -> bool:
    return tx.type == "DATE" and tx.start_date is not None and tx.start_date == tx.end_date


def linked(first: Timex, second: Timex, text: str) -> bool:
    """``second`` ends the range ``first`` starts: both single days, in order, joined only by a range word."""
    if not (is_single_day(first) and is_single_day(second)) or first.end_char > second.start_char:
        return False
    days = (second.start_date - first.start_date).days
    if SPAN_WORDS.fullmatch(text, first.end_char, second.start_char):
        return 0 < days <= MAX_SPAN_DAYS
    return days == 1 and AND_WORDS.fullmatch(text, first.end_char, second.start_char) is not None


def day_range_pairs(timexes: Sequence[Timex], text: str) -> list[tuple[Timex, Timex]]:
    """The linked (first end, second end) pairs among ``timexes``, in text order; a day ends at most one range."""
    ordered = sorted(timexes, key=lambda t: t.start_char)
    pairs: list[tuple[Timex, Timex]] = []
    i = 0
    while i + 1 < len(ordered):
        if linked(ordered[i], ordered[i + 1], text):
            pairs.append((ordered[i], ordered[i + 1]))
            i += 2
        else:
            i += 1
    return pairs


def joined(first: Timex, second: Timex) -> Timex:
    """One ``Timex`` for the range: the first end's value, extent and start, the second end's last day."""
    return replace(first, end_date=second.end_date)


def join_day_ranges(timexes: Sequence[Timex], text: str) -> list[Timex]:
    """``timexes`` in text order, each linked pair replaced by :func:`joined` (the first end's extent, so a caller
    attaching it through the parse finds the first end where it stands)."""
    pairs = day_range_pairs(timexes, text)
    seconds = {second.start_char for _, second in pairs}
    firsts = {first.start_char: joined(first, second) for first, second in pairs}
    ordered = sorted(timexes, key=lambda t: t.start_char)
    return [firsts.get(t.start_char, t) for t in ordered if t.start_char not in seconds]
