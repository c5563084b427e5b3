"""A range told for a trip to several places is the whole trip's: each place's own days inside it are its leg's.

"Her May 8-11 visit to A and B" is one clause with two legs (``legs.later_legs``): the first leg takes the range,
the later ones no day, since the clause does not say which of the days are B's. When the story tells a leg's own
days inside the range ("she was to be in A from May 8-9"), the in-article merge folds that telling into the first
leg, which keeps the whole range. A reader splits the range over the legs instead: a leg told with days of its own
takes them, the first leg begins the range and the last one ends it, and a leg with no days of its own runs from the
day after the leg before it ends to the day before the leg after it begins (the range's last day for the last leg).
A leg whose two ends the story does not give that way keeps what it had. When the story tells no leg's own days
inside the range ("will be visiting A, B and C on June 7 and 8"), every later leg takes the range, as the first one
does: the range is all the story says of when (the thirty-second pass; they were left undated before).

Only a range the clause gives as days of its own (not a month or a week: "visited A and B in February"), over legs
of which none has a day of its own yet, and days of a leg told by a trip of the same travellers to that leg's place,
once, inside the range and not the whole of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from ..places import gazetteer
from .candidate import Candidate, named_people
from .dates import is_period_value

Window = tuple[date, date]
_STEPS = frozenset({"arrive", "depart", "return"})  # one day of a trip, not a stay's days


def _tour_range(legs: list[Candidate]) -> Window | None:
    """The range the first leg holds for the whole tour, when no later leg has a day of its own."""
    first = legs[0]
    s, e = first.date_start, first.date_end
    if s is None or e is None or not s < e or first.date_source != "own" or is_period_value(first.date_value):
        return None
    if any(c.date_start is not None or c.date_end is not None for c in legs[1:]):
        return None
    return s, e


def _own_window(leg: Candidate, tour: Window, cands: Sequence[Candidate], known: set[str]) -> Window | None:
    """The days another telling gives a trip of ``leg``'s travellers to ``leg``'s place inside the tour's range
    ("she was to be in A from May 8-9"); None when none does, or several different ones."""
    gz = gazetteer()
    who = named_people(leg, known)
    found = {(o.date_start, o.date_end) for o in cands
             if o.trigger.i != leg.trigger.i and o.event_type == "travel" and o.subtype not in _STEPS
             and o.leg == 0 and not o.more_destinations and o.date_source == "own"
             and o.destination is not None and gz.compatible(o.destination, leg.destination)
             and who and who & named_people(o, known)
             and o.date_start is not None and o.date_end is not None
             and tour[0] <= o.date_start <= o.date_end <= tour[1] and (o.date_start, o.date_end) != tour}
    return next(iter(found)) if len(found) == 1 else None  # type: ignore[return-value]


def windows_of_legs(tour: Window, own: list[Window | None]) -> list[Window | None]:
    """Each leg's window from the tour's range and the legs' own days (see the module docstring); None for a leg
    whose start or end is not given that way, and for every leg when the own days are out of order."""
    told = [w for w in own if w is not None]
    if any(a[1] >= b[0] for a, b in zip(told, told[1:], strict=False)):
        return [None] * len(own)
    last = len(own) - 1
    out: list[Window | None] = []
    for k, w in enumerate(own):
        if w is not None:
            out.append(w)
            continue
        before = own[k - 1] if k > 0 else None
        after = own[k + 1] if k < last else None
        start = tour[0] if k == 0 else before[1] + timedelta(days=1) if before is not None else None
        end = tour[1] if k == last else after[0] - timedelta(days=1) if after is not None else None
        out.append((start, end) if start is not None and end is not None and start <= end else None)
    return out


def split_range_over_legs(merged: Sequence[Candidate], cands: Sequence[Candidate], known: set[str]) -> None:
    """Give the legs of each tour told with one range the days the story tells inside it (see the module
    docstring). ``merged`` are the article's events after the in-article merge, ``cands`` every mention before it
    (the tellings the merge folded into the first leg among them)."""
    tours: dict[int, list[Candidate]] = {}
    for c in merged:
        if c.event_type == "travel" and c.leg >= 0:
            tours.setdefault(c.trigger.i, []).append(c)
    for legs in tours.values():
        legs.sort(key=lambda c: c.leg)
        places = [legs[0].destination, *legs[0].more_destinations]
        if len(legs) < 2 or [c.leg for c in legs] != list(range(len(legs))) \
                or [c.destination for c in legs] != places:
            continue  # not the legs of one clause's places (the sides of a meeting count legs too)
        if (tour := _tour_range(legs)) is None:
            continue
        own = [_own_window(c, tour, cands, known) for c in legs]
        if not any(own):
            _share_the_range(legs, tour)
            continue
        for c, w in zip(legs, windows_of_legs(tour, own), strict=True):
            if w is not None:
                c.date_start, c.date_end, c.date_value = w[0], w[1], None
                c.date_source = "own"


def _share_the_range(legs: list[Candidate], tour: Window) -> None:
    """A tour whose story tells no leg's own days inside its range ("will be visiting A, B and C on June 7 and 8"):
    every leg happens inside the range, and the range is all the story says of when, so each later leg takes it,
    as the first one does (an undated leg of a dated tour was scored as a leg with no day at all)."""
    for c in legs[1:]:
        c.date_start, c.date_end, c.date_value = tour[0], tour[1], None
        c.date_source = "own"


__all__ = ["split_range_over_legs", "windows_of_legs"]
