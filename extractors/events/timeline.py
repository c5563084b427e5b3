"""The story's timeline: each traveller's current day as the narrative moves (``TravellerDays``), and the days each
traveller spends where, read over the whole article before the merge (``date_from_stays``).

A story dates a trip once and tells the rest of it without days: "Ana Ruiz will be in Lima on May 3-5 ... She will
meet the president and visit the port", "The visit to Peru ... During her stay she will also meet ...", or, told the
other way round, "Ruiz will travel to Lima to meet the president. ... She will be in Lima from May 3 to 5." A reader
dates every step of the trip it can place from the trip's days, wherever in the article they are written. The
sentence-level readers cannot: they see one sentence, and the story model (``scene.StoryScene``) sees only what was
told before. So, once every sentence is read, the timeline collects each traveller's dated stays (a trip or an
arrival with its days of its own, at a place on the map) and gives an event with no day at all the window of the one
stay of its travellers at its place.

An event stays undated when the story gives no such stay, when its travellers' stays at that place are not one trip
(two windows apart), when it is told as earlier than its sentence ('had met', 'after talks in Rome'), as an indefinite
past ('has visited Lima twice'), or when a called-off event would take the days of a trip that happened (or the other
way round).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Token

from ..places import gazetteer
from ..records import Place, on_the_map
from .candidate import Candidate
from .clauses import goes_to_attend, indefinite_past, past_perfect_clause, told_as_earlier, trigger_anchors
from .dates import is_period_value
from .visit_span import visit_last_day

_OWN_DAYS = frozenset({"own", "governing"})  # days the trip's own clause gives: not a context guess
_LONGEST_STAY = 31  # days: longer windows are periods ('this year'), not a stay
_STEPS_OFF = frozenset({"depart"})  # a departure tells where a traveller leaves, not where they stay
_FIRST_DAY_ONLY = frozenset({"arrive", "return"})  # a step that reaches a place: the first day there
_LANDINGS = frozenset({"arrive"})  # a step that begins a visit there (a return ends a trip)
_ANOTHER_TIME = frozenset({"after", "before", "since", "until", "till"})  # "talks after the trip": not within it
_REACHING = frozenset({"arrive", "land", "reach", "come"})  # a step that reaches a place


class TravellerDays:
    """Each traveller's current day as the narrative is read: the day of their last step that happened and that its
    own clause dated. A story moves several travellers on their own days ("Weber arrived in Lima on Monday. On
    Tuesday, Lopez met the press. ... Upon his arrival, Weber posted photos": Monday), so an event with no day takes
    its travellers' day rather than the last day written anywhere."""

    def __init__(self, person: Callable[[str], str | None]) -> None:
        self._person = person
        self._days: dict[str, date] = {}

    def note(self, cands: Sequence[Candidate]) -> None:
        """Move the travellers of the sentence's dated steps (``cands``) to their day."""
        for c in cands:
            if c.date_source in _OWN_DAYS and c.date_start is not None and c.date_start == c.date_end \
                    and c.status == "occurred" and not past_perfect_clause(c.trigger):
                for p in c.participants:
                    if (who := self._person(p.name)) is not None:
                        self._days[who] = c.date_start

    def current(self, names: list[str]) -> date | None:
        """The current day of ``names``' travellers; None when the story dated none of their steps, or two of them
        are on different days."""
        days = {self._days[w] for n in names if (w := self._person(n)) is not None and w in self._days}
        return days.pop() if len(days) == 1 else None


def arrives_anew(anchors: Sequence[Token], when: Sequence[Token]) -> bool:
    """Whether the event hangs on an arrival its sentence tells with no day ("as X arrived for his meeting with Y",
    "when X arrived at the palace, he met Y"): the traveller reaches the event's place in this sentence, a step of
    its own, so the day of their last dated step (an earlier landing) is not the event's. ``anchors``: the event's
    trigger and the verbs it hangs on (the trigger itself is not counted); ``when``: the time clauses on them. Both
    carry no day here (the caller asks only for an event still undated)."""
    return any(v.pos_ in {"VERB", "AUX"} and v.lemma_.lower() in _REACHING for v in [*anchors[1:], *when])


@dataclass(frozen=True)
class Stay:
    """One traveller at one place from ``first`` to ``last`` (both known), as a trip's own clause tells it."""

    person: str
    place: Place
    first: date
    last: date
    called_off: bool


def stays_of(cands: Sequence[Candidate], person: Callable[[str], str | None],
             known: set[str] = frozenset()) -> list[Stay]:
    """The dated stays the article's trips tell: each traveller (``person`` maps a participant's name to the story
    person, None for a group) at the trip's destination for the days its own clause gives. Not a departure, a
    past perfect ('had visited'), a week or a month ('this week': when, not which days), nor a window longer than a
    month. A landing on one day is the first day of the visit it begins: its stay runs to the last day the story
    gives that visit ("will arrive in Lima on Tuesday heading a delegation on a three day visit", a departure told
    later: ``visit_span.visit_last_day``, which reads the names ``known``), and is no stay when the story gives
    none."""
    out: list[Stay] = []
    for c in cands:
        if c.event_type != "travel" or c.subtype in _STEPS_OFF or c.date_source not in _OWN_DAYS \
                or not on_the_map(c.destination) or c.date_start is None or c.date_end is None \
                or is_period_value(c.date_value) or past_perfect_clause(c.trigger):
            continue
        if not 0 <= (c.date_end - c.date_start).days <= _LONGEST_STAY:
            continue
        last = c.date_end
        if c.date_start == c.date_end and c.subtype in _FIRST_DAY_ONLY:
            # "will arrive in Lima on Sunday": the stay's first day, not its days; its last is the visit's
            last = visit_last_day(c, cands, known) if c.subtype in _LANDINGS else None
            if last is None or last == c.date_start:
                continue
        if c.date_source != "own" and c.trigger.pos_ not in {"VERB", "AUX"}:
            continue  # "left on Sunday for a visit to Lima": the day of the verb it hangs on, not the visit's
        for p in c.participants:
            if (who := person(p.name)) is not None:
                out.append(Stay(who, c.destination, c.date_start, last, c.status == "cancelled"))
    return out


def one_window(spans: Sequence[tuple[date, date]]) -> tuple[date, date] | None:
    """The days of ``spans`` when they are one trip (the windows overlap or follow each other day by day): from the
    first first day to the last last day. None when two of them are apart."""
    ordered = sorted(set(spans))
    first, last = ordered[0]
    for a, b in ordered[1:]:
        if (a - last).days > 1:
            return None
        last = max(last, b)
    return first, last


def stay_for(c: Candidate, stays: Sequence[Stay], person: Callable[[str], str | None]) -> tuple[date, date] | None:
    """The window of the one trip of ``c``'s travellers at ``c``'s place, from ``stays``: the stays at that place or
    within it (a trip to Peru lasts from the first day in Lima to the last in Cusco); for a meeting in a city, failing
    those, the stay in the country around it (a trip to Lima, one stop of a tour of Peru, does not last the tour)."""
    place = c.place
    if not on_the_map(place):
        return None
    who = {w for p in c.participants if (w := person(p.name)) is not None}
    gz = gazetteer()
    mine = [s for s in stays if s.person in who and s.called_off == (c.status == "cancelled")
            and gz.compatible(s.place, place)]
    inside = [s for s in mine if gz.more_specific(s.place, place) is s.place]  # at the place or within it
    if c.event_type == "travel" or inside:
        mine = inside  # a trip to Lima on a tour of Peru is one stop of it, not the whole tour's days
    return one_window([(s.first, s.last) for s in mine]) if mine else None


def date_from_stays(cands: list[Candidate], person: Callable[[str], str | None],
                    known: set[str] = frozenset()) -> None:
    """Give each event with no day of its own, nor any the story gave it, the window of its travellers' stay at its
    place (see the module docstring). Read over the whole article, before the merge."""
    stays = stays_of(cands, person, known)
    if not stays:
        return
    for c in cands:
        if c.date_start is not None or c.date_end is not None or c.date_source != "none":
            continue
        anchors = trigger_anchors(c.trigger)
        if past_perfect_clause(c.trigger) or told_as_earlier(c.trigger) or indefinite_past(anchors) or any(
                goes_to_attend(a) for a in anchors) or any(
                k.dep_ in {"prep", "mark"} and k.lower_ in _ANOTHER_TIME for a in anchors for k in a.children):
            continue
        if (window := stay_for(c, stays, person)) is not None:
            c.date_start, c.date_end = window
            c.date_value, c.date_source = None, "context"
