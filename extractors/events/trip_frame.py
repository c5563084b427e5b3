"""The trip as a frame of the whole story: how many days a traveller's trip lasts, told in a sentence that makes no
event of its own, joined to the day the story gives its start.

A story often gives a trip's length apart from its start: "Ana Ruiz arrived in Lima on Monday. ... Her three-day
visit ...", "Ruiz will visit Peru on May 3. ... She will be in the country for four days", "Ruiz is on a two-day
trip". The length names no place and often no day, so no sentence reader makes a stay of it, and the timeline
(``timeline.date_from_stays``) never gives the trip's other steps its window. A reader does: the trip lasts from the
day it starts to that day plus its length. So, as each sentence is read, ``TripLengths`` notes the lengths told of a
traveller's trip (a trip noun with an 'N-day' modifier, 'for N days' on a presence verb); once every sentence is read,
``framed_stays`` makes a stay of each traveller's one told length and the one start day the story dates for them (a
dated arrival, or a trip with one day of its own, at a place on the map): from that day for the told length.

No frame when a traveller's lengths differ (two trips, or a trip and a leg of it), when their dated starts are at two
places that are not one trip (a tour), or when the start is told as earlier than its sentence ('had arrived').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from spacy.tokens import Span, Token

from ..places import gazetteer
from ..records import Place
from .candidate import Candidate
from .clauses import governing_verb, indefinite_past, past_perfect_clause, span_days, told_as_earlier, trigger_anchors
from .dates import is_period_value
from .participants import Resolver
from .timeline import Stay, mapped
from .triggers import lexicon

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_TRIP_NOUNS = frozenset({"visit", "trip", "tour", "journey", "stay", "sojourn"})
_PRESENCE = frozenset({"be", "stay", "remain", "spend"})  # "will be in the capital for three days"
_OWN_DAYS = frozenset({"own", "governing"})
_STARTS = frozenset({"arrive", "visit", "trip"})  # steps whose one own day is the trip's first day (not "fly home")
_ENDS = frozenset({"depart"})  # a departure from the trip's place: its last day
_LONGEST = 14  # days: a longer 'trip' is a tour or a posting, not one stay


def _count(t: Token) -> int | None:
    """The number of days ``t`` ('day'/'days') counts: its number word or digit ('three-day', '4-day')."""
    for c in t.children:
        if c.dep_ == "nummod":
            w = c.lower_
            n = _NUMBERS.get(w) or (int(w) if re.fullmatch(r"\d{1,2}", w) else None)
            if n is not None and 2 <= n <= _LONGEST:
                return n
    return None


def _length_of_trip_noun(t: Token) -> int | None:
    """'a three-day visit', 'her 4-day trip', 'a week-long tour': the trip noun ``t`` with a length modifier."""
    if t.lemma_.lower() not in _TRIP_NOUNS or t.pos_ not in {"NOUN", "PROPN"}:
        return None
    n = span_days(t)
    return n if n is not None and 2 <= n <= _LONGEST else None


def _length_of_presence(v: Token) -> int | None:
    """'will be in the capital for three days', 'stayed for two days': a presence verb's 'for N days'."""
    if v.lemma_.lower() not in _PRESENCE:
        return None
    for pp in v.children:
        if pp.dep_ == "prep" and pp.lower_ == "for":
            for o in pp.children:
                if o.dep_ == "pobj" and o.lemma_.lower() == "day" and (n := _count(o)) is not None:
                    return n
    return None


class TripLengths:
    """The lengths the story tells of each traveller's trip, read sentence by sentence (pronouns resolve against the
    story so far: "He will be in the capital for three days")."""

    def __init__(self, person: Callable[[str], str | None]) -> None:
        self._person = person
        self.lengths: dict[str, set[int]] = {}

    def read(self, res: Resolver, sent: Span) -> None:
        for t in sent:
            if (n := _length_of_trip_noun(t)) is not None:
                owners = [c for c in t.children if c.dep_ == "poss"]
                if owners:
                    who = [p for o in owners for p in res.resolve(o)]
                else:
                    verb, how = governing_verb(t)
                    who = res.subject_of(verb) if verb is not None and how != "nsubj" else []
                self._note(who, n)
            elif (n := _length_of_presence(t)) is not None:
                self._note(res.subject_of(t), n)

    def _note(self, who: Sequence, n: int) -> None:
        for p in who:
            if (name := self._person(p.name)) is not None:
                self.lengths.setdefault(name, set()).add(n)


def _one_own_day(c: Candidate) -> date | None:
    if c.event_type != "travel" or c.date_source not in _OWN_DAYS or c.date_start is None \
            or c.date_start != c.date_end or is_period_value(c.date_value) or c.status == "cancelled" \
            or past_perfect_clause(c.trigger):
        return None
    return c.date_start


def _anchor(c: Candidate, n: int) -> tuple[date, Place] | None:
    """The first day of the trip ``c`` tells by one day of its own, and where the trip is: a dated arrival or a
    visit/trip on one day starts it there; a dated departure from a place on the map (not to a place within it)
    ends it there, the trip's first day ``n - 1`` days before ("left Lima on Friday at the end of a three-day
    visit")."""
    if (day := _one_own_day(c)) is None:
        return None
    if c.subtype in _STARTS and mapped(c.destination):
        return day, c.destination
    if c.subtype in _ENDS and mapped(c.origin) and not (
            mapped(c.destination) and gazetteer().compatible(c.origin, c.destination)):
        return day - timedelta(days=n - 1), c.origin
    return None


def framed_stays(cands: Sequence[Candidate], lengths: TripLengths, person: Callable[[str], str | None]) -> list[Stay]:
    """One stay per traveller with one told length and one dated start (see the module docstring)."""
    gz = gazetteer()
    out: list[Stay] = []
    for who, ns in lengths.lengths.items():
        if len(ns) != 1:
            continue
        n = next(iter(ns))
        starts = [a for c in cands if any(person(p.name) == who for p in c.participants)
                  and (a := _anchor(c, n)) is not None]
        days = {d for d, _ in starts}
        if len(days) != 1 or any(not gz.compatible(a, b) for _, a in starts for _, b in starts):
            continue
        first = days.pop()
        place = min((p for _, p in starts), key=lambda p: 1 if gz.more_specific(p, starts[0][1]) is p else 0)
        out.append(Stay(who, place, first, first + timedelta(days=n - 1), False))
    return out


# --- the trip's place for a meeting told during it -----------------------------------------------------------------

_ELSEWHERE = frozenset({"after", "before", "since", "until", "till"})  # "talks after the trip": not within it


def place_within_stays(cands: Sequence[Candidate], stays: Sequence[Stay], person: Callable[[str], str | None]) -> None:
    """A meeting no clause or scene places, of a traveller the story has on a dated stay, is held where the stay is:
    on a day within the stay ("met the president on Tuesday", the stay Monday to Wednesday in Lima), or, with no day
    at all and told as planned, during the one stay the story gives that traveller (its window is then the
    stay's, by ``timeline.date_from_stays``). Not a phone or video call (held nowhere), not one told as earlier or
    recalled ('had met', 'after talks'), and not when the stays it could fall in are at two places."""
    if not stays:
        return
    gz = gazetteer()
    remote = lexicon().remote_subtypes
    for c in cands:
        if c.event_type != "meeting" or c.location is not None or c.subtype in remote or c.status == "cancelled":
            continue
        anchors = trigger_anchors(c.trigger)
        if past_perfect_clause(c.trigger) or told_as_earlier(c.trigger) or indefinite_past(anchors) or any(
                k.dep_ in {"prep", "mark"} and k.lower_ in _ELSEWHERE for a in anchors for k in a.children):
            continue
        who = {w for p in c.participants if (w := person(p.name)) is not None}
        mine = [s for s in stays if s.person in who and not s.called_off]
        if c.date_start is not None and c.date_end is not None:
            mine = [s for s in mine if s.first <= c.date_start and c.date_end <= s.last]
        elif c.date_start is None and c.date_end is None and c.status == "planned":
            mine = mine if len({(s.first, s.last) for s in mine}) == 1 else []
        else:
            continue
        if not mine or any(not gz.compatible(a.place, b.place) for a in mine for b in mine):
            continue
        c.location = min((s.place for s in mine), key=lambda p: 0 if gz.more_specific(p, mine[0].place) is p else 1)
