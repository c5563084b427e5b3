"""Itineraries: per traveller, the ordered places of their trips with arrive/depart dates.

Built from clustered events, one representative per cluster (so three articles about one flight give one leg), from
travel events (origin = a stop left on the travel date, destination = a stop reached) and from meetings the traveller
attends at a known place on one known day (they were there on that day: a stop first known from a meeting arrives
on its day). Only people who travel get an itinerary: named in a travel event, or at a dated meeting in a country
that is not their own (an envoy's talks abroad are a trip even when no flight is reported); cancelled events are
ignored, planned and occurred ones both count (an itinerary is a schedule).

On one day the order is: what they did at the place they leave (or anywhere but where they arrive), leave, arrive
at the new place, meet there. An arrival/departure day is only taken from a single-day date ("early next month" says
when, not which day), from the start of a trip dated only by its start, or from the one day a trip whose start
is left open ends on (there by then: a day another report says the stop was reached on wins over it). A stop no
trip reached or left, known only from meetings, runs from the first of their days to the last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from ..places import gazetteer
from ..records import Event, ItineraryStop, Place, on_the_map
from .cluster import is_person
from .dates import is_period_value
from .itinerary_narrative import _date_undated, told_at, told_earlier
from .itinerary_stops import (
    _ARRIVE,
    _DEPART,
    _STAY,
    _STAY_ENDS,
    STOP_GAP_DAYS,
    _stays_before_leaving,
    _stops,
    _Visit,
    off_map_town,
)
from .itinerary_travellers import _called_off_trips, _canonical_travellers, _representatives, traveller_names


def _day(start: date | None, end: date | None) -> date | None:
    return start if start is not None and start == end else None


_STAYS = frozenset({"visit", "trip", "tour"})


def _stay(e: Event) -> tuple[date, date] | None:
    """A visit dated by its days ('a visit to Japan from July 12 to 14', 'arrived on Monday on a three-day visit'):
    there from the first day to the last.
    Not a visit dated by a period ('this week', 'in March'), which says when, not which days."""
    if (e.subtype in _STAYS or e.subtype == "arrive") and e.date_start is not None and e.date_end is not None \
            and e.date_start < e.date_end \
            and (e.date_end - e.date_start).days <= STOP_GAP_DAYS and e.date_start.day != 1 \
            and not is_period_value(e.date_value):
        return e.date_start, e.date_end
    return None


@dataclass(frozen=True, slots=True)
class Step:
    """One step a report gives its people: leave ``place`` (depart), reach it (arrive) or be there (stay), on the
    day ``key`` (``end`` closes a planned step dated by a period), with the arrive/depart days it fixes;
    ``place_at`` is where the place is written in the sentence, to order a list of places one verb governs."""

    kind: int
    place: Place
    arrive: date | None
    depart: date | None
    key: date | None
    end: date | None
    place_at: int
    earlier: bool = False  # undated, in a sentence that steps back ('Earlier, ...'): first on the day it is given
    by: bool = False  # ``arrive`` is only the day the traveller was there by (``_arrived_by``)


# a trip told on one day is a journey begun ('began a trip to the US on Tuesday'), not a day there
_DAY_VISITS = ("visit", "tour")
# words before a visit that make its day the day it began ('began a three-day visit on Monday', 'arrived on Monday
# for a state visit'), not a visit that day
_BEGUN = frozenset({"start", "starts", "started", "starting", "begin", "begins", "began", "beginning", "begun",
                    "kick", "kicks", "kicked", "kicking", "arrive", "arrives", "arrived", "arriving", "land", "lands",
                    "landed", "landing", "reach", "reaches", "reached", "reaching"})


def _day_visit(e: Event, day: date | None) -> tuple[date, date] | None:
    """A visit told on one day ('will tour the plant on Wednesday', 'during a visit to Oman on Sunday'): there that
    day and gone by its end, as far as the story tells; a later day placed there (a meeting) widens the stop
    (``absorb``). Not an arrival, nor a visit said to begin that day ('arrived on Monday for a state visit'), which
    says when a stay began, not that it ended; nor a leg a verb of sequence tells ('start her visit in Lyon on May
    3, move to Nice on May 4'), which lasts until the next leg is reached."""
    trigger = e.trigger.lower()
    if day is None or e.subtype not in _DAY_VISITS or not trigger.startswith(_DAY_VISITS):
        return None
    at = e.sentence.lower().find(trigger)
    before = e.sentence[:at].lower().replace(",", " ").split() if at >= 0 else []
    return None if _BEGUN.intersection(before) else (day, day)


@lru_cache(maxsize=65_536)
def _country_of(place: Place) -> Place | None:
    """The country a place lies in, as a place on the map (None when unknown)."""
    country = gazetteer().country(place.country_code) if place.country_code else None
    return country.to_place() if country is not None else None


def _arrival_day(e: Event, day: date | None) -> date | None:
    """The day a trip reaches its destination: its one day, or the first day of a trip dated only by its start
    ('will visit Japan from Monday'); never the start of a period ('in March'). A trip whose start the report left
    open and whose end is the one day the story is on ('flew from Lima to Quito', dated by the story's
    Monday): the traveller is there by that day, and the story tells no earlier one, so the stop is reached that
    day (left open, its arrival is null and the stop before it is never left)."""
    if day is not None or is_period_value(e.date_value):
        return day
    if _arrived_by(e, day):
        return e.date_end
    if e.date_end is not None or e.date_start is None:
        return day
    return e.date_start


def _arrived_by(e: Event, day: date | None) -> bool:
    """Whether the arrival day ``_arrival_day`` gives is only the day the traveller was there by (a trip with its
    start left open): a stop that another report says was reached on a given day keeps that day."""
    return day is None and e.date_start is None and e.date_end is not None and _one_day(e.date_value)


_ONE_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _one_day(value: str | None) -> bool:
    """A TIMEX3 value naming a day (with or without a time of day), not a week, month or year."""
    return bool(value and _ONE_DAY.match(value))


def _place_at(e: Event, place: Place) -> int:
    """Where the sentence names ``place``, or its country when the report's place was refined from another report
    ('visiting Portugal, France and Norway' with France made Paris by a report from there); 0 when it names
    neither."""
    if not e.sentence:
        return 0
    at = e.sentence.find(place.name)
    if at < 0 and place.country_code:
        country = gazetteer().country(place.country_code)
        at = e.sentence.find(country.name) if country else -1
    return max(at, 0)


def report_steps(e: Event) -> list[Step]:
    """The steps of one report (a cluster's representative): a trip leaves its origin and reaches its
    destination; a meeting held somewhere on one known day puts its people there, arriving on that day (a stop
    first known from a meeting is dated by it). A meeting dated only by a span ('this year', 'in March', 'during
    the three-day visit') says when, not which day: it cannot be ordered against the days of the trips (it would
    split the stop it falls in), and the news tells such meetings mostly as recalled or hoped for; it gives no
    step."""
    day = _day(e.date_start, e.date_end)
    key = e.date_start or e.date_end
    # a planned step dated by a period ("returning next week") may be narrated after steps inside it
    end = e.date_end if day is None and e.date_start is not None and e.status == "planned" else None
    out = []
    if recalled_trip(e):
        return out
    if e.event_type == "travel":
        if e.origin is not None and (on_the_map(e.origin) or off_map_town(e.origin)):
            out.append(Step(_DEPART, e.origin, None, day, key, end, _place_at(e, e.origin)))
        if e.destination is not None and (on_the_map(e.destination) or off_map_town(e.destination)):
            spanned = _stay(e)
            arrive, depart = spanned or _day_visit(e, day) or (_arrival_day(e, day), None)
            country = _country_of(e.destination) if spanned is not None else None
            if country is not None:
                # 'arrived in Lyon on a five-day visit to France': the last day is when France was left, from
                # Lyon or from a city reached after it
                out.append(Step(_STAY_ENDS, country, None, depart, depart, None, _place_at(e, e.destination)))
                depart = None
            by = spanned is None and _day_visit(e, day) is None and _arrived_by(e, day)
            out.append(Step(_ARRIVE, e.destination, arrive, depart, key, end, _place_at(e, e.destination), by=by))
            if e.subtype == "return" and e.origin is None:
                # 'before returning to Rome': the journey it ends began there. An undated departure that reaches
                # nowhere else, dated as ``_date_undated`` dates those (a step there before it, or the article's
                # first day)
                out.append(Step(_DEPART, e.destination, None, None, None, None, _place_at(e, e.destination)))
    elif e.location is not None and on_the_map(e.location) and key is not None and day is not None:
        out.append(Step(_STAY, e.location, day, None, key, end, _place_at(e, e.location)))
    if told_earlier(e.sentence):
        out = [replace(st, earlier=True) if st.key is None else st for st in out]
    return out


_YEAR = re.compile(r"^\d{4}$")


def recalled_trip(e: Event) -> bool:
    """A trip told as done and dated only by its year ('last visited Cairo in 2015', 'her last visit to Lima was
    in 2019'): news tells the trip it reports by its days, so a trip known only by a past year is one the story
    recalls, not a step of the journey it follows; as a stop it sorts before that journey and takes the place of
    its first stop when the place is the same. A trip dated by its month ('visited Amman last March') stays
    a stop: the news corpora's itineraries keep those."""
    return e.event_type == "travel" and e.status == "occurred" and e.date_start is not None \
        and e.date_start != e.date_end and bool(_YEAR.match(e.date_value or ""))


def build_itineraries(events: Sequence[Event]) -> list[ItineraryStop]:
    reps = _representatives(events)
    called_off = _called_off_trips(events)
    canon = _canonical_travellers([*reps, *called_off])
    # a traveller is anyone the story sends somewhere, even on a trip later called off: the meetings they still
    # hold elsewhere are their stops ("cancelled Berlin, then met Lavrov in Sochi")
    travellers = sorted({canon.get(n, n) for e in [*reps, *called_off] for n in traveller_names(e)})
    out: list[ItineraryStop] = []
    for who in travellers:
        visits: list[_Visit] = []
        for e in reps:
            if not any(is_person(p) and canon.get(p.name) == who for p in e.participants):
                continue
            at = told_at(e.sentence, e.trigger, e.start_char)
            for st in report_steps(e):
                visits.append(_Visit(st.key, st.kind, st.place, arrive=st.arrive, depart=st.depart,
                                     event_ids=[e.event_id], order=(e.article_id, at, st.place_at),
                                     end=st.end, earlier=st.earlier, by=st.by))
        _date_undated(visits)
        _stays_before_leaving(visits)
        out.extend(_stops(who, visits))
    return out

