"""A departure told only by where it leaves from, beside the trip it begins: a step of that trip, not a trip of its own.

"Weber left Lindora on Friday" in a story that also tells "Weber arrived in Vantaro on Friday" (or "Weber returned home
on Friday", "Weber left for Vantaro on Friday") is no trip of its own: the reader knows where Weber went from the other
telling, and the departure is that trip's first step. ``scene.head_for_the_next_stop`` gives a departure a destination
when the story tells the arrival after it, on a later day; a departure still without one after that has its trip told
on the same day, before it in the text, or on no day at all. Such a departure is folded into the trip its travellers
begin on its day from the place it leaves (undated: a landing on no day), lending that trip its origin when it has
none (the itinerary keeps the step out of the place); it stays its own event otherwise.

Not a departure from the place the trip reaches (a visit's end, which a story may tell as an event of its own: "will
depart from A on the 24th" beside the landing in A), nor one told with another status than the trip, nor one in the
very sentence of a trip noun ("left A, wrapping up a two-day visit to B": the clause reads as the departure told with
what it ends); a landing coordinated with it is its trip ("leave A and arrive in B"). Not a departure or trip called
off, nor one of several legs. (The visit-end lending below is left from a first version that folded a visit's end
into the visit; with the day test it fires only on a trip that begins that day and has no last day.)
"""

from __future__ import annotations

from datetime import date

from ..places import gazetteer
from .candidate import TRIP_MOVES, Candidate, named_people

_REACHING = frozenset({"arrive", "travel", "visit", "trip", "return", "depart"})  # steps that say where they go
_TIES = frozenset({"arrive", "travel"})  # a move told in a departure's own sentence ("leave A and arrive in B")


def fold_origin_departures(cands: list[Candidate], known: set[str]) -> list[Candidate]:
    """``cands`` without the departures told only by their origin whose trip the story tells (see the module): each
    one's count joins that trip's; its day ends a visit that has a first day and no last."""
    out: list[Candidate] = []
    for c in cands:
        trip = _its_trip(c, cands, known) if _origin_only(c) else None
        if trip is None:
            out.append(c)
            continue
        day = _day(c)
        if day is not None and trip.subtype not in TRIP_MOVES and trip.date_start is not None \
                and trip.date_end is None and trip.date_start <= day:
            trip.date_end = day  # the visit lasts to the day its traveller left
        if trip.subtype != "return" and trip.origin is None and not _leaves_it(c, trip):
            trip.origin = c.origin  # the trip left from there: the itinerary's step out of the place stays
        trip.merged += c.merged
    return out


def _origin_only(c: Candidate) -> bool:
    return c.event_type == "travel" and c.subtype == "depart" and c.destination is None \
        and c.status != "cancelled" and c.leg == 0 and not c.more_destinations


def _day(c: Candidate) -> date | None:
    return c.date_start if c.date_start is not None and c.date_start == c.date_end else None


def _its_trip(dep: Candidate, cands: list[Candidate], known: set[str]) -> Candidate | None:
    """The placed trip of the departure's travellers on its day with its status, the nearest in the text; for an
    undated departure, the nearest undated placed trip of theirs."""
    who = named_people(dep, known)
    if not who:
        return None
    day = _day(dep)
    if day is None and (dep.date_start is not None or dep.date_end is not None):
        return None  # a window, not a day: no step of one trip
    fits = [t for t in cands if t is not dep and t.event_type == "travel" and t.subtype in _REACHING
            and t.destination is not None and t.status == dep.status and who <= named_people(t, known)
            and (t.sentence != dep.sentence or t.subtype in _TIES) and _on_its_days(day, t, _leaves_it(dep, t))
            and (_leaves_it(dep, t) or _from_there(dep, t))]
    return min(fits, key=lambda t: abs(t.start_char - dep.start_char)) if fits else None


def _leaves_it(dep: Candidate, trip: Candidate) -> bool:
    """The departure leaves the place the trip reaches: the end of the visit there, not the start of the trip."""
    return dep.origin is not None and gazetteer().compatible(dep.origin, trip.destination)


def _from_there(dep: Candidate, trip: Candidate) -> bool:
    """The trip a departure begins leaves from no other place than the one it leaves (a return reaches home, and
    its own departure is read from it, so it takes no origin)."""
    if trip.origin is not None:
        return dep.origin is None or gazetteer().compatible(dep.origin, trip.origin)
    return True


def _on_its_days(day: date | None, trip: Candidate, leaving: bool) -> bool:
    """An undated departure fits an undated landing; a dated one, a trip that begins on its day from there. Not the
    day before a landing: the itinerary keeps that step apart."""
    if day is None or trip.date_start is None:
        # with no day to tie them, only a landing elsewhere is surely the journey's other end; an undated 'heading
        # back to B' beside 'left A' may be the departure itself told twice, which the story keeps as its own step
        return day is None and trip.date_start is None and trip.date_end is None and trip.subtype == "arrive"
    # the trip it begins starts that day (not a visit told by its month); a departure from the place a dated trip
    # reaches is that visit's end, which the story may tell as an event of its own ("will depart from A on the
    # 24th", "left A at 4 p.m. on Friday" beside the landing in A): it folds only into the trip home it begins
    return not leaving and day == trip.date_start
