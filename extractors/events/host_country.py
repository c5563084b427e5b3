"""Where a meeting the story places nowhere was held, read from who is abroad: the counterpart's home, when the
story sends the meeting's visitor there.

"Ana Ruiz travelled to Kestonia on Monday. ... Ruiz held talks with Kestonian President Tom Vale on Tuesday." The
talks have no place of their own, and the scene (``scene.StoryScene``: the stays, the dateline, the host's event)
placed them nowhere; a reader places them in Kestonia: the president is at home, and the story has sent Ruiz there.
So, once the story is merged, a meeting still placed nowhere takes the home of a counterpart (the country a
participant's title or nationality gives, ``Participant.country_code``) when another of its participants, who is
not of that country, has a trip in the same article into it whose days do not exclude the meeting's day. The place is
the one city of that country the visitor's trips name, when each of them holds the meeting's day, else the country
itself (a planned leg to another city of it says nothing of where the talks were). Two
such homes (each side visiting the other) place nothing; nor is a call, a meeting called off, or one told as earlier
(its sentence's own place was read where it was told) placed this way.

After the merge, as ``presence_places`` learned (eighteenth pass): a place lent before it keeps two mentions of one
meeting apart. Forty-second pass, issue-42place: the census class "no place, the counterpart's home in its sentence"
(``benchmarks/real_news/place_relation_census.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..places import gazetteer
from ..records import Place
from .candidate import Candidate
from .clauses import told_as_earlier
from .triggers import lexicon

_COARSE_KINDS = frozenset({"country", "state"})  # a trip's place that names no city of the country


def place_by_host_country(events: list[Candidate], person: Callable[[str], str | None]) -> None:
    """Place each meeting of ``events`` that has no place in its counterpart's home (module docstring). ``person``
    maps a participant's name to the story person (None for a group). In place, after the merge."""
    trips = [c for c in events if c.event_type == "travel" and c.status != "cancelled" and c.destination is not None
             and c.destination.country_code is not None]
    if not trips:
        return
    remote = lexicon().remote_subtypes
    for m in events:
        if m.event_type != "meeting" or m.location is not None or m.subtype in remote or m.status == "cancelled" \
                or told_as_earlier(m.trigger):
            continue
        homes = {p.country_code for p in m.participants if p.country_code}
        day = m.date_start or m.date_end
        found: dict[str, list[Place | None]] = {}
        for p in m.participants:
            who = person(p.name)
            if who is None:
                continue
            for t in trips:
                cc = t.destination.country_code
                if cc in homes and cc != p.country_code and who in _people(t, person) and _may_hold(t, day):
                    found.setdefault(cc, []).append(t.destination if _holds(t, day) else None)
        if len(found) == 1:
            (cc, places), = found.items()
            m.location = _one_city(places) or _country(cc)


def _people(c: Candidate, person: Callable[[str], str | None]) -> set[str]:
    return {who for p in c.participants if (who := person(p.name)) is not None}


def _may_hold(trip: Candidate, day: date | None) -> bool:
    """The trip's days, where both it and the meeting have them, hold the meeting's day."""
    first, last = trip.date_start or trip.date_end, trip.date_end or trip.date_start
    return day is None or first is None or first <= day <= last


def _holds(trip: Candidate, day: date | None) -> bool:
    """The trip's known days hold the meeting's known day: the visitor is in the trip's city that day."""
    first, last = trip.date_start or trip.date_end, trip.date_end or trip.date_start
    return day is not None and first is not None and first <= day <= last


def _one_city(places: list[Place | None]) -> Place | None:
    """The one city (or venue) the trips into the country name that day; None for none or two, or when a trip
    into the country is not known to hold the day (a planned leg: the visitor may be elsewhere in the country)."""
    gz = gazetteer()
    if any(p is None for p in places):
        return None
    cities = {p.name: p for p in places if p is not None and ((info := gz.info(p)) is None
                                                                 or info.kind not in _COARSE_KINDS)}
    return next(iter(cities.values())) if len(cities) == 1 else None


def _country(cc: str) -> Place | None:
    info = gazetteer().country(cc)
    return info.to_place() if info is not None else None
