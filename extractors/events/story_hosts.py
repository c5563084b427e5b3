"""Where a meeting its own report places nowhere was held, read from the story's trips: the counterpart's home, when
another report of the story sends the visitor there.

"Prime Minister Ruiz and his Kestonian counterpart Tom Vale held talks on Monday" (a summit report) tells no place and
no trip; the departure report of the same story ("Ruiz left for Kestonia on Saturday") does. ``host_country`` reads
one article, before the merge, so it cannot see that trip; the cross-article clustering works per event type, so the
meeting never meets it either. Once a month's reports are clustered (the partition ``story_stays`` lends in, for the
same reason), a meeting still placed nowhere takes the country of its counterpart when the trips of its other sides
in that month go to that one country (and, where both have days, hold the meeting's day), the others of it or of none,
and no side of that country has a trip out of it (the counterpart may be the visitor). The place is the one city
those trips name when every one of them is dated and holds the meeting's day, else the country.

It declines for a meeting whose own report tells a trip of its visitor (``host_country`` read that report and its
sentences: a meeting told as earlier, or a sentence that says who the visitor is, stays where it declined), for a
call or a meeting called off, for trips into two countries, and for a third country's people in the meeting (a summit
elsewhere). Only the events table is lent to, as ``story_stays``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from ..records import Event, Place
from .host_country import country_place, one_city
from .triggers import lexicon

_HOME = frozenset({"return"})  # a traveller going home visits no one there
_SETS_OFF = frozenset({"depart", "arrive"})  # the day the stay begins: the talks may follow it
_LONGEST_STAY = 31  # days after a departure or an arrival the traveller may still be there


def side_names(e: Event) -> frozenset[str]:
    """The names of ``e``'s participants."""
    return frozenset(p.name for p in e.participants if p.name)


def _trip(e: Event) -> bool:
    return e.event_type == "travel" and e.status != "cancelled" and e.subtype not in _HOME \
        and e.destination is not None and e.destination.country_code is not None


def _open_meeting(e: Event, remote: frozenset[str]) -> bool:
    return e.event_type == "meeting" and e.location is None and e.status != "cancelled" \
        and e.subtype not in remote and len(e.participants) >= 2


def _span(e: Event) -> tuple[date | None, date | None]:
    return e.date_start or e.date_end, e.date_end or e.date_start


def _may_hold(trip: Event, day: date | None) -> bool:
    """The trip's days, where both it and the meeting have them, hold the meeting's day (a departure or an arrival:
    the day a stay begins, so the talks may follow it by up to a month)."""
    first, last = _span(trip)
    if trip.subtype in _SETS_OFF and first is not None and first == last:
        last = first + timedelta(days=_LONGEST_STAY)
    return day is None or first is None or last is None or first <= day <= last


def _holds(trip: Event, day: date | None) -> bool:
    first, last = _span(trip)
    return day is not None and first is not None and last is not None and first <= day <= last


def host_place(meeting: Event, trips: Sequence[Event]) -> Place | None:
    """Where ``meeting`` was held by the story's ``trips`` (see the module docstring); None when the story does not
    say, or when ``meeting``'s own report tells a trip of its visitor."""
    day = meeting.date_start or meeting.date_end
    found: dict[str, list[Event]] = {}
    visitors: set[str] = set()
    for p in meeting.participants:
        for t in trips:
            cc = t.destination.country_code  # type: ignore[union-attr]
            if p.name in side_names(t) and cc != p.country_code and _may_hold(t, day):
                if t.article_id == meeting.article_id:
                    return None  # its own report tells the trip: ``host_country`` read it
                found.setdefault(cc, []).append(t)  # type: ignore[arg-type]
                visitors.add(p.name)
    if len(found) != 1 or len(visitors) == len(meeting.participants):
        return None
    (cc, into), = found.items()
    codes = {p.country_code for p in meeting.participants if p.name not in visitors}
    own = {p.country_code for p in meeting.participants if p.name in visitors}
    if cc not in codes or {c for c in codes if c} - own - {cc}:
        return None  # no counterpart of that country, or a third country's people (a summit elsewhere)
    hosts = {p.name for p in meeting.participants if p.country_code == cc}
    if any(t.destination.country_code != cc and hosts & side_names(t) for t in trips):  # type: ignore[union-attr]
        return None  # the counterpart travels: they may be the visitor
    # the one city the trips into the country name, when each holds the meeting's day
    return one_city([t.destination if _holds(t, day) else None for t in into]) or country_place(cc)


def _told_placed(meeting: Event, placed: Sequence[Event]) -> bool:
    """Its own report places a meeting of the same sides on a day that may be its day: another mention of the same
    talks, which the report's reading placed (lending this one a place would make two rows of one meeting)."""
    sides, day = side_names(meeting), meeting.date_start or meeting.date_end
    return any(m.article_id == meeting.article_id and len(side_names(m) & sides) >= 2
               and (day is None or (m.date_start or m.date_end) in (None, day)) for m in placed)


def lend_story_hosts(events: Sequence[Event]) -> list[Event]:
    """``events`` (one month's clustered reports) with each meeting placed nowhere given its counterpart's home where
    the story sends its visitor (module docstring); every other event as it was."""
    trips = [e for e in events if _trip(e)]
    if not trips:
        return list(events)
    remote = lexicon().remote_subtypes
    placed = [e for e in events if e.event_type == "meeting" and e.location is not None]
    out = []
    for e in events:
        if _open_meeting(e, remote) and not _told_placed(e, placed) and (place := host_place(e, trips)) is not None:
            e = replace(e, location=place)
        out.append(e)
    return out


__all__ = ["host_place", "lend_story_hosts", "side_names"]
