"""Mention candidates: the mutable record a trigger grows into before it becomes an ``Event``, and the small
compatibility rules that both within-article merging and cross-article clustering use (subtypes, dates)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the merge imports this module in the flow process, which never loads spaCy
    from spacy.tokens import Token

from ..records import Participant, Place

GENERIC_MEETING = {"meeting", "talks", "conference", "call", "debate", "interview"}
# subtypes that name the same kind of event in different words
SAME_KIND = [{"visit", "courtesy call"}]


@dataclass
class Candidate:
    """An event mention while it is being built: mutable because context (scene, sequence dates, the trip a meeting
    sits in) is filled in after the trigger is read. Frozen ``Event`` records come out of ``assemble._to_event``."""

    event_type: str
    subtype: str
    trigger: Token
    participants: list[Participant] = field(default_factory=list)
    location: Place | None = None
    origin: Place | None = None
    destination: Place | None = None
    date_start: date | None = None
    date_end: date | None = None
    date_value: str | None = None
    date_source: str = "none"  # own | governing | sequence | context | none
    status: str = "unknown"
    explicit_place: bool = False
    start_char: int = 0
    end_char: int = 0
    sentence: str = ""
    merged: int = 1
    leg: int = 0  # the n-th destination of "will travel to Manila and Tokyo" (0 for the first or only one)
    more_destinations: list[Place] = field(default_factory=list)  # the other destinations, split off as legs
    told_days: int | None = None  # the length a reference joined to this trip tells ("during his three-day trip")

    @property
    def place(self) -> Place | None:
        """Where the event is: a trip's destination, a meeting's location."""
        return self.destination if self.event_type == "travel" else self.location

    @property
    def confidence(self) -> float:
        c = 0.35 + 0.15 * bool(self.participants) + 0.15 * bool(self.location or self.destination)
        c += 0.15 * (self.date_source in {"own", "governing"}) + 0.05 * (self.date_source == "context")
        c += 0.1 * (self.status != "unknown") + 0.05 * min(self.merged - 1, 1)
        return round(min(c, 0.99), 2)


def merge_people(*groups: Sequence[Participant]) -> list[Participant]:
    """The participants of several groups, once each; a name with no letter in it (':' from a programme line's
    punctuation) is nobody."""
    out: dict[str, Participant] = {}
    for g in groups:
        for p in g:
            if not any(ch.isalpha() for ch in p.name):
                continue
            if p.name not in out or (out[p.name].role is None and p.role):
                out[p.name] = p
    return list(out.values())


def named_people(c: Candidate, known: set[str]) -> set[str]:
    """The names of ``c``'s parties that the article names (not groups, not unresolved titles)."""
    return {p.name for p in c.participants if p.name in known}


def best_fit(hosts: list[Candidate], c: Candidate, known: set[str]) -> Candidate:
    """The event of ``hosts`` that ``c`` joins: the one sharing most of its named people, then the nearest in the
    text."""
    pc = named_people(c, known)
    return max(hosts, key=lambda k: (len(named_people(k, known) & pc), -abs(k.start_char - c.start_char)))


def named_place(p: Place | None) -> bool:
    """A named place, on the map or not ("Harbourton"); not a described one ("the border", "the province") nor an
    unresolved "here"."""
    return p is not None and (p.country_code is not None or p.name[:1].isupper())


def stands_unnamed(c: Candidate) -> bool:
    """Whether an event none of whose parties the article names ("foreign ministers", "the two men", "our
    respective teams") is still one event a reader can pin down: the text gives it a place and a date, or it is a
    named kind of gathering ("a summit", "a video conference") reported as held on a known date. Without either,
    such a mention is talk about meetings in general ("a meeting with local leaders is on the cards")."""
    # dated by the text, not by the report: "a Chinese head of state's first visit in ten years", "world leaders
    # have come to Washington" name no one and tell no day of their own
    dated = (c.date_start is not None or c.date_end is not None) and c.date_source != "context"
    placed = named_place(c.location or c.destination)
    held = c.status == "occurred" and c.event_type == "meeting" and c.subtype not in GENERIC_MEETING
    return dated and (placed or held)


def subtypes_compatible(a: str | None, b: str | None, event_type: str) -> bool:
    if event_type == "travel" or not a or not b:
        return True
    ga = a in GENERIC_MEETING
    gb = b in GENERIC_MEETING
    same_kind = any(a in k and b in k for k in SAME_KIND)
    return ga or gb or same_kind or a == b or a.endswith(b) or b.endswith(a)


def dates_compatible(a0: date | None, a1: date | None, b0: date | None, b1: date | None) -> bool:
    if (a0 is None and a1 is None) or (b0 is None and b1 is None):
        return True
    lo_a, hi_a = a0 or date.min, a1 or date.max
    lo_b, hi_b = b0 or date.min, b1 or date.max
    return lo_a <= hi_b and lo_b <= hi_a


TRIP_MOVES = frozenset({"arrive", "travel", "depart"})  # the moves of a trip, one day each (not a stay)
EVE_STEPS = frozenset({"arrive", "travel"})  # a move to the place: it may land the evening before the visit begins
VISITS = frozenset({"visit", "trip"})  # a stay of one or more days that begins the day after the landing


def eve_of(step: str | None, s0: date | None, s1: date | None, visit: str | None, v0: date | None,
           v1: date | None) -> bool:
    """An arrival (or a move to the place) on the one day before a visit begins is the start of that visit, not
    another trip: news tells a state visit by the day its programme opens ("began a three-day visit on Tuesday",
    "will visit from the 20th") and the landing by its own day ("arrived on Monday evening"). Only a single-day
    step against the first day of a visit of several days: a one-day slack for every trip links a visit to the next
    leg's arrival, and a one-day "visit" (to a building, a site) is a stop of a trip whose landing the day before
    was that trip's."""
    return (step in EVE_STEPS and visit in VISITS and s0 is not None and s0 == s1 and v0 is not None
            and v1 is not None and v1 > v0 and (v0 - s0).days == 1)
