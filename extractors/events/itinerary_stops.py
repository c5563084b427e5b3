"""Itinerary stops: how a traveller's placed, ordered visits become stops (open, widen, close), and the order of
a day's steps (what they did where they leave, leave, arrive, meet there).

Split out of ``itinerary`` (which reads the steps of reports): the incremental store (``dateline.itineraries``)
merges visits with these same rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..places import gazetteer
from ..records import ItineraryStop, Place, on_the_map

_BEFORE_LEAVING, _DEPART, _ARRIVE, _STAY = -1, 0, 1, 2
_STAY_ENDS = 3  # the last day of a visit to a country, told with its first city ('a five-day visit to France')


@dataclass
class _Visit:
    key: date | None
    kind: int
    place: Place
    arrive: date | None = None
    depart: date | None = None
    event_ids: list[str] = field(default_factory=list)
    order: tuple[str, int, int] = ("", 0, 0)  # (article, offset, place in the sentence), to place undated stops
    end: date | None = None  # last day of a planned period-dated step ("next week"); None otherwise
    moved: bool = True  # as a stop: a trip reached or left it (False: known only from meetings there)
    last_seen: date | None = None  # as a stop: the last single day of a meeting there
    earlier: bool = False  # told as before the steps written before it ('Earlier, ...'): first on its day
    by: bool = False  # ``arrive`` is only a day the traveller was there by (a trip whose start is open)


def open_stop(v: _Visit) -> _Visit:
    """A new stop from its first visit."""
    stop = _Visit(v.key, v.kind, v.place, v.arrive, v.depart, list(v.event_ids), moved=False, by=v.by)
    _note(stop, v)
    return stop


def day_visit(v: _Visit) -> bool:
    """A visit told on one day (arrived and left that day, as far as its report tells)."""
    return v.kind == _ARRIVE and v.arrive is not None and v.arrive == v.depart


def absorb(stop: _Visit, v: _Visit) -> None:
    """A visit at the stop's place (or a place in it, or containing it) widens the stop. A day visit to a place
    reached on an earlier day (a tour of a site there) is one more day there, like a meeting: it ends nothing."""
    if _reached_inside_later(stop, v):
        # 'visited Freedonia on Monday ... arrived in Port Vell on Thursday': the stop's days so far say they had
        # left the country before they reached its city; one stay is told twice, and the city's own arrival is
        # the day they got there (the country's day is the trip's announcement or its start from home)
        stop.arrive, stop.depart, stop.by = v.arrive, None, False
    if day_visit(v) and stop.arrive is not None and stop.arrive < v.arrive:  # type: ignore[operator]
        v = _Visit(v.key, _STAY, v.place, v.arrive, None, v.event_ids, v.order, v.end)
    stop.place = _more_specific(stop.place, v.place)
    both = stop.arrive is not None and v.arrive is not None
    if both and stop.by != v.by:
        # a day it was reached on beats a day it was reached by (an open-started trip dated by another clause)
        stop.arrive = stop.arrive if v.by else v.arrive
    else:
        stop.arrive = min((d for d in (stop.arrive, v.arrive) if d), default=None)
    # decided on the arrivals before this visit: a stop with no arrival yet takes the visit's day and its mark
    stop.by = stop.by and v.by if both else (v.by if v.arrive is not None else stop.by)
    stop.depart = max((d for d in (stop.depart, v.depart) if d), default=None)
    stop.event_ids.extend(v.event_ids)
    _note(stop, v)
    if stop.depart is not None and stop.last_seen is not None and stop.last_seen > stop.depart:
        # a day visit ('toured the port on Monday') and a meeting there the next day: still there, not gone
        stop.depart = stop.last_seen


def _reached_inside_later(stop: _Visit, v: _Visit) -> bool:
    """Whether ``v`` reaches a place inside the stop's (a city of the country the stop is at so far) on a day after
    the stop's days end: the stop was known only around that place, and only on days before this arrival."""
    return v.kind == _ARRIVE and v.arrive is not None and not v.by and stop.depart is not None \
        and stop.depart < v.arrive and v.place != stop.place and _more_specific(stop.place, v.place) == v.place


def _note(stop: _Visit, v: _Visit) -> None:
    if v.kind in (_DEPART, _ARRIVE):
        stop.moved = True
    elif v.arrive is not None:
        stop.last_seen = max(stop.last_seen or v.arrive, v.arrive)


# a visit this long after everything known of a stop is another trip; also the longest stay ``_stay`` reads as one
STOP_GAP_DAYS = 31


def _last_day(stop: _Visit) -> date | None:
    """The latest day known of a stop (from what its ``ItineraryStop`` keeps, or its meetings)."""
    return max((d for d in (stop.arrive, stop.depart, stop.last_seen) if d is not None), default=None)


def _long_after(stop: _Visit, day: date | None) -> bool:
    last = _last_day(stop)
    return day is not None and last is not None and (day - last).days > STOP_GAP_DAYS


def continues(stop: _Visit, v: _Visit) -> bool:
    """Whether visit ``v`` widens the open stop: the same place (or one inside the other), and not weeks after all
    that is known of the stop (a state visit to Washington and a summit there the next year are two stops, not
    one stay of a year)."""
    return compatible(stop.place, v.place) and not _long_after(stop, v.key)


def close_stop(stop: _Visit, following: _Visit | None) -> None:
    """A stop's last day, once the visit that starts the next stop (``following``) is known: they left the day
    they reached the next place (unless that is weeks later: another trip, the way back from this one unreported);
    a stop known only from meetings there ('talks in Tunis on Sunday') is left after the last of them, as far as
    anyone can tell; a stop followed by a departure from another place is left by that departure's day (they were
    there by then)."""
    if stop.depart is None and following is not None and following.kind == _ARRIVE and following.arrive is not None \
            and not _long_after(stop, following.arrive):
        stop.depart = following.arrive
    if following is not None and following.arrive is not None and stop.depart is not None \
            and stop.depart > following.arrive:
        # "arrived in Lyon on a five-day visit to France ... in Paris on the 24th": the visit's last day is not the
        # first city's; nobody leaves a place after reaching the next one
        stop.depart = max(following.arrive, stop.arrive) if stop.arrive is not None else following.arrive
    if stop.depart is None and not stop.moved and stop.last_seen is not None:
        stop.depart = stop.last_seen
    if stop.depart is None and following is not None and following.kind == _DEPART and following.key is not None \
            and _last_day(stop) is not None and not _long_after(stop, following.key):
        # they are next known leaving another place on that day: the stop was left by then (as by the day they
        # reach the next place, above)
        stop.depart = following.key
    if stop.depart is None and following is not None and stop.moved and stop.last_seen is not None \
            and (stop.arrive is None or stop.last_seen >= stop.arrive):
        # a stop a trip reached, followed by one whose arrival day nobody told ('talks in Port Vell on Friday' and
        # then a meeting in Carpathia): they stayed at least to the last day they are seen there, and the next place
        # shows they left; that day is the best known last day, as for a stop known only from meetings
        stop.depart = stop.last_seen


@lru_cache(maxsize=65_536)
def _more_specific(a: Place, b: Place) -> Place:
    return gazetteer().more_specific(a, b)  # type: ignore[return-value]


def before_leaving(place: Place, leaving: Sequence[Place], arriving: Sequence[Place]) -> bool:
    """Whether a stay at ``place`` came before the day's moves, given the places left and reached that day. On the
    day someone leaves a place, what they did there came first (a meeting in Cairo on the day of the Cairo-Tunis
    flight); on the day they reach a place, what they did somewhere else came first ('talks in Cairo, then flew to
    Tunis' on one day). A stay where they arrive that day comes after the arrival."""
    if any(compatible(p, place) for p in leaving):
        return True
    return bool(arriving) and not any(compatible(p, place) for p in arriving)


@lru_cache(maxsize=65_536)
def compatible(a: Place, b: Place) -> bool:
    """The gazetteer's answer, once per pair of places (a long history visits the same few places)."""
    return gazetteer().compatible(a, b)


def day_kind(kind: int, place: Place, leaving: Sequence[Place], arriving: Sequence[Place]) -> int:
    """A step's kind in its day's order, given the places left and reached that day: a stay that came before the
    day's moves (``before_leaving``) sorts before them. On a day that reaches several places ('touched down in
    Khartoum and held talks there, then flew on to Addis Ababa for talks'), a stay at one of them sorts with the
    arrivals, in the order the text gives them, so each place's talks follow its own arrival."""
    if kind != _STAY:
        return kind
    if before_leaving(place, leaving, arriving):
        return _BEFORE_LEAVING
    if len(arriving) > 1 and any(compatible(p, place) for p in arriving):
        return _ARRIVE
    return kind


def _stays_before_leaving(visits: list[_Visit]) -> None:
    """Each step's kind in its day's order (``day_kind``)."""
    leaving: dict[date, list[Place]] = {}
    arriving: dict[date, list[Place]] = {}
    for v in visits:
        if v.key is not None and v.kind in (_DEPART, _ARRIVE):
            (leaving if v.kind == _DEPART else arriving).setdefault(v.key, []).append(v.place)
    for v in visits:
        if v.key is not None:
            v.kind = day_kind(v.kind, v.place, leaving.get(v.key, ()), arriving.get(v.key, ()))


def _stops(who: str, visits: list[_Visit]) -> list[ItineraryStop]:
    visits.sort(key=lambda v: (v.key is None, v.key or date.min, not v.earlier, v.kind, v.order))
    merged: list[_Visit] = []
    for v in visits:
        last = merged[-1] if merged else None
        if last is not None and continues(last, v):
            absorb(last, v)
            continue
        if v.kind == _STAY_ENDS:
            continue  # the visit's country was left before this day: nothing to widen
        if last is not None:
            close_stop(last, v)
        merged.append(open_stop(v))
    if merged:
        close_stop(merged[-1], None)
    return [
        ItineraryStop(traveler=who, stop_index=i, place=v.place.name, country_code=v.place.country_code,
                      latitude=v.place.latitude, longitude=v.place.longitude, arrive=v.arrive, depart=v.depart,
                      event_ids=tuple(dict.fromkeys(v.event_ids)))
        for i, v in enumerate(merged)
    ]


def off_map_town(p: Place | None) -> bool:
    """A town, district or mountain the gazetteer lacks ('Kalimbo District', 'Mount Orvel', 'Tembara'), named as a
    trip's destination or origin: a place the traveller went, so a stop, though off the map. Its name is a proper
    name (every word capitalised, not a description such as 'Southeast Asian country' nor a direction such as
    'North'), no venue or facility inside some city (a palace, an airfield: ``off_map_venue``, whose city the stop
    already is), and no part of the world bigger than a country ('Middle East')."""
    from .locate import place_words  # locate and venue_city import modules that import this one
    from .venue_city import off_map_venue

    if p is None or on_the_map(p):
        return False
    words = p.name.replace("\n", " ").split()
    if len(words) > 1 and words[-1] in _AREA_NOUNS:
        words = words[:-1]  # 'the Kalimbo district': a district's name
    if not words or not all(w[:1].isupper() for w in words if w.isalpha() or w[:1].isalpha()):
        return False
    if len(words) == 1 and words[0].lower() in _DIRECTIONS:
        return False
    heads = place_words("venue_heads") | place_words("facility_heads")
    if any(w.lower() in heads for w in words):
        return False  # 'Hotel Miramar', 'Orvel Field': a site in a city, whichever way round it is named
    return not off_map_venue(p) and not gazetteer().world_region(p.name)


_DIRECTIONS = frozenset({"north", "south", "east", "west", "home", "here", "abroad", "overseas"})
_AREA_NOUNS = frozenset({"district", "region", "province", "county", "village", "town", "island", "islands"})
