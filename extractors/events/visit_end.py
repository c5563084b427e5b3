"""A visit's last day from the story's days there: the last day the story has its travellers at the place they landed.

A report of a visit often gives its end by no length and no departure: it tells the landing ("Ruiz arrived in Lima on
Monday", "she will travel to Lima on Sunday") and then what the traveller did there, day by day ("On Tuesday she met the
president ... On Wednesday she toured the port"). A reader takes the visit to last from the landing to the last day the
story has her there. ``visit_span.visit_last_day`` reads a length or a departure; when the story gives neither, this
module reads the whole article as a story of where each traveller is on each day: the dated steps of the landing's
travellers after the landing, in the order of their days, up to the first one that has them at another place (a landing,
a departure or a meeting elsewhere). The last of those days at the landing's place (or nested with it: a meeting in a
city of the country they landed in, or in the country of the city) is the visit's last day.

Only steps whose own clause gives one day (a day the story guessed is not where the traveller was), that took place or
are planned as the landing is (a called-off step was not there), in the two weeks after the landing (further is another
visit), and none told as earlier than its sentence ('had met'). Not a landing told with days of its own already, nor one
whose visit the story gives no later day there: the visit's end stays unknown.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from spacy.tokens import Token

from ..places import gazetteer
from ..records import Place, on_the_map
from .candidate import Candidate, named_people
from .clauses import past_perfect_clause, told_as_earlier

_OWN_DAYS = frozenset({"own", "governing"})  # a day the step's own clause gives, not the story's guess
WITHIN_DAYS = 14  # a step further from the landing belongs to another visit
STEPS_AWAY = frozenset({"depart", "return"})  # a step that takes the traveller from where they are
_REACHING = frozenset({"arrive", "travel", "visit", "trip"})  # a step that takes the traveller to a place, to stay
_AROUND = frozenset({"before", "after", "since"})  # a phrase that places one event by another's time
_FLIGHTS = frozenset({"fly"})  # a trip told as its flight: the move's day ("will fly to Lima on Tuesday")


def begins_a_stay(c: Candidate) -> bool:
    """A trip told on one day of its own that takes its travellers to a place ("arrived in Lima on Monday", "will
    travel to Lima on Sunday"): the first day of their stay there. Not a departure or a return, one called off, nor
    one leg of a tour (the days of the others are the tour's), nor a move told by another event's time (see
    ``_placed_by_another``) or as its flight ("will fly to Lima on Tuesday": the day of the move, whatever the
    traveller does there next)."""
    return single_move(c, _REACHING) and _one_own_day(c) is not None and not _placed_by_another(c.trigger) \
        and c.trigger.lemma_.lower() not in _FLIGHTS


def single_move(c: Candidate, kinds: frozenset[str]) -> bool:
    """A trip of one of these ``kinds`` that is not called off and is the whole journey, not one leg of a tour (the
    tour's days are the tour's, not this stop's): the moves whose day can begin or end a stay."""
    return c.event_type == "travel" and c.subtype in kinds and c.status != "cancelled" and c.leg == 0 \
        and not c.more_destinations


def one_day(c: Candidate) -> date | None:
    """The one day ``c`` is dated to, whatever gave it; None for a window or no day."""
    return c.date_start if c.date_start is not None and c.date_start == c.date_end else None


def _placed_by_another(t: Token) -> bool:
    """The trip is told in a 'before' / 'after' phrase or clause of another event ("attended the ceremony in A
    before flying to B in the evening", "after landing in B, she met X"): a move the sentence places by what it
    reports, on that event's day, not a stay the story dates."""
    if told_as_earlier(t):
        return True
    return any(a.dep_ in {"prep", "mark"} and a.lower_ in _AROUND for a in t.ancestors) or any(
        a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _AROUND for c in a.children)
        for a in [t, *t.ancestors])


def _one_own_day(c: Candidate) -> date | None:
    """The one day ``c``'s own clause gives it; None for a window, no day, or a day from the story."""
    if c.date_source not in _OWN_DAYS or (day := one_day(c)) is None:
        return None
    return None if past_perfect_clause(c.trigger) else day


def _there(place: Place | None, here: Place) -> bool:
    """``place`` is ``here``, a place inside it, or the place around it (a meeting in the country of the capital they
    landed in): on the map and nested with it."""
    return on_the_map(place) and gazetteer().compatible(place, here)


def _elsewhere(c: Candidate, here: Place) -> bool:
    """Step ``c`` has its travellers away from ``here``: a departure or a return, or an event at a place on the map
    that is not nested with ``here`` (another city, another country)."""
    if c.event_type == "travel" and c.subtype in STEPS_AWAY:
        return True
    return on_the_map(c.place) and not _there(c.place, here)


def last_day_there(landing: Candidate, cands: Sequence[Candidate], known: set[str]) -> date | None:
    """The last day after ``landing`` (a trip that ``begins_a_stay``) that the story has its travellers at the place
    they reached, before it has them anywhere else (see the module docstring); None when it gives no later day there."""
    day, here = _one_own_day(landing), landing.destination
    who = named_people(landing, known)
    if day is None or not on_the_map(here) or not who or not begins_a_stay(landing):
        return None
    steps = sorted(((d, c) for c in cands if c is not landing and c.status == landing.status
                    and who & named_people(c, known) and (d := _one_own_day(c)) is not None
                    and day < d <= day + timedelta(days=WITHIN_DAYS)), key=lambda dc: (dc[0], dc[1].start_char))
    last: date | None = None
    for d, c in steps:
        if _elsewhere(c, here):
            break
        if _there(c.place, here):
            last = d
    return last


__all__ = ["STEPS_AWAY", "WITHIN_DAYS", "begins_a_stay", "last_day_there", "one_day", "single_move"]
