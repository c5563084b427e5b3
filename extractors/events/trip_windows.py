"""The days of each trip the story tells, read once per article and given to every mention of that trip.

A story fixes a trip's days once or twice ("arrived on Sunday on a three-day visit", "a four-day visit beginning
14 January", "began a three-day state visit on Tuesday", "ended his visit on Friday") and then names the trip again
without them: "during the visit", "wrapped up his visit", "said he was happy to visit the country". Read alone,
such a mention takes the story's running day, or no day; a reader takes the trip's days, since it is the same trip.
So, once every sentence is read, this module gathers for each traveller and destination the window the story
states for their trip (``trip_windows``):
- a stay told with a first and a last day of its own ("from May 3 to 5", "a two-day visit beginning May 3");
- failing that, the days its steps fix: the arrival's day to the departure's day, or the arrival's day and the
  length a mention of the trip gives ("arrived on Sunday ... the three-day visit"), or the day it ended and that
  length;
and gives it to each mention of a stay there by one of those travellers that has no day of its own in its clause
(``fill_trip_windows``). A mention with its own day keeps it; a stay somewhere else, a trip told as an earlier or
a next one ("his last visit", "his next trip"), or a plan beside a window already past (or the other way round)
is another trip and keeps its days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..places import gazetteer
from ..records import Place
from .candidate import Candidate, named_people
from .clauses import span_days
from .dates import is_period_value

_STAYS = frozenset({"visit", "trip", "travel"})  # subtypes that name a stay, as opposed to one step of it
# the mentions that take a trip's window: a visit or a trip; "will fly to X", "will travel to X" tell a movement,
# dated by the day it is made
_TAKERS = frozenset({"visit", "trip"})
_OWN_DAY = frozenset({"own", "governing"})
_LONGEST = 31  # a stay longer than a month is a posting, not a trip
_SLACK = 2  # a day the story's context gave may lie this far past the window (a report of the days after)
# words that make a trip noun another trip than the one the story tells
_OTHER_TRIP = frozenset({"last", "previous", "earlier", "next", "former", "past", "future", "upcoming"})


@dataclass(frozen=True)
class TripWindow:
    """The first and last day of a trip of ``travellers`` to ``place``, as the article states them."""

    travellers: frozenset[str]
    place: Place
    start: date
    end: date
    cancelled: bool  # the trip the window was read from was called off (a trip that took place is another)
    occurred: bool  # ... or took place (a trip called off is another)


def _days(first: date | None, last: date | None) -> tuple[date, date] | None:
    if first is None or last is None or not first <= last or (last - first).days > _LONGEST:
        return None
    return first, last


def _stated(c: Candidate) -> tuple[date, date] | None:
    """A stay's own first and last day ("from May 3 to 5", "a three-day visit beginning May 3"); not a month or a
    week it falls in."""
    if c.subtype not in _STAYS or c.date_source not in _OWN_DAY or is_period_value(c.date_value):
        return None
    if c.date_start is None or c.date_end is None or c.date_start == c.date_end:
        return None
    return _days(c.date_start, c.date_end)


def _step_day(c: Candidate) -> date | None:
    """The one day a step's own clause gives it."""
    if c.date_source not in _OWN_DAY or c.date_start is None or c.date_start != c.date_end:
        return None
    return c.date_start


def trip_windows(cands: list[Candidate], known: set[str]) -> list[TripWindow]:
    """The windows the story states for its trips (see the module docstring), one per traveller and place."""
    gz = gazetteer()
    trips = [c for c in cands if c.event_type == "travel" and c.leg == 0 and named_people(c, known)]
    out: list[TripWindow] = []

    def add(c: Candidate, days: tuple[date, date] | None) -> None:
        if days is None or c.destination is None and c.origin is None:
            return
        place = c.destination if c.subtype != "depart" else c.origin
        who = frozenset(named_people(c, known))
        if place is not None and not any(w.travellers & who and gz.compatible(w.place, place) for w in out):
            out.append(TripWindow(who, place, *days, c.status == "cancelled", c.status == "occurred"))

    for c in trips:  # a stay with days of its own comes first
        add(c, _stated(c))
    for c in trips:  # then the days its steps fix
        if c.subtype != "arrive" or (first := _step_day(c)) is None:
            continue
        who = named_people(c, known)
        same = [k for k in trips if named_people(k, known) & who and k is not c]
        leaving = [d for k in same if k.subtype == "depart" and k.origin is not None
                   and gz.compatible(k.origin, c.destination) and (d := _step_day(k)) is not None and d > first]
        ended = [k.date_end for k in same if k.subtype in _STAYS and k.date_source in _OWN_DAY and k.date_start is None
                 and k.date_end is not None and k.date_end > first and gz.compatible(k.destination, c.destination)]
        lengths = {n for k in same if k.subtype in _STAYS and gz.compatible(k.destination, c.destination)
                   and (n := span_days(k.trigger))}
        lengths |= {n for n in [span_days(c.trigger)] if n}
        if leaving or ended:
            add(c, _days(first, min(leaving + ended)))
        elif len(lengths) == 1:
            add(c, _days(first, first + timedelta(days=lengths.pop() - 1)))
    for c in trips:  # "ended his three-day visit on Friday" with no arrival told: the length back from its end
        if c.subtype in _STAYS and c.date_source in _OWN_DAY and c.date_start is None and c.date_end is not None \
                and (n := span_days(c.trigger)):
            add(c, _days(c.date_end - timedelta(days=n - 1), c.date_end))
    return out


def _other_trip(c: Candidate) -> bool:
    """'his last visit', 'her next trip': told as another trip than the story's."""
    t = c.trigger
    return any(k.lower_ in _OTHER_TRIP for k in t.children if k.dep_ in {"amod", "advmod"})


def _window_for(c: Candidate, windows: list[TripWindow], known: set[str],
                article_date: date | None) -> TripWindow | None:
    """The one window of a trip ``c`` names (same traveller, a compatible place, the same side of the report's
    day), or None when there is none or several disagree."""
    gz = gazetteer()
    who = named_people(c, known)
    # a stop inside the trip's place ("will visit Agra" on a trip to India) is one leg of it, not the trip
    fits = [w for w in windows if w.travellers & who and gz.compatible(w.place, c.destination)
            and (w.place.name == c.destination.name or gz.more_specific(w.place, c.destination) is w.place)
            and not (w.cancelled and c.status == "occurred" or c.status == "cancelled" and w.occurred)]
    if article_date is not None:
        if c.status == "planned":
            fits = [w for w in fits if w.end >= article_date]  # a plan is no trip already over
        elif c.status == "occurred":
            fits = [w for w in fits if w.start <= article_date]  # nor is what took place a trip still ahead
    same = [w for w in fits if c.destination is not None and w.place.name == c.destination.name]
    fits = same or fits
    if len({(w.start, w.end) for w in fits}) != 1:
        return None
    w = fits[0]
    # a day the story's context gave that lies outside the window tells another time than this trip
    day = c.date_end or c.date_start
    if day is not None and not w.start - timedelta(days=_SLACK) <= day <= w.end + timedelta(days=_SLACK):
        return None
    return w


def fill_trip_windows(cands: list[Candidate], known: set[str], article_date: date | None) -> None:
    """Give each mention of a stay with no day of its own in its clause the window of the trip it names (see the
    module docstring)."""
    windows = trip_windows(cands, known)
    # "will visit Agra, Jaipur and Mumbai": a sentence of several stops tells legs, none of them the whole trip
    legged = {c.trigger.i for c in cands if c.leg != 0}
    for c in cands:
        if c.event_type != "travel" or c.subtype not in _TAKERS or c.date_source in _OWN_DAY \
                or c.trigger.i in legged or _other_trip(c) or not named_people(c, known) or c.destination is None:
            continue
        if (w := _window_for(c, windows, known, article_date)) is not None:
            # the window is the story's, not the clause's: the mention ranks as one dated by its context
            c.date_start, c.date_end, c.date_value, c.date_source = w.start, w.end, None, "context"
