"""Itinerary narrative: the day of a step its report leaves undated, from the order the article tells its steps in
(a schedule is narrated in order; a departure that reaches nowhere is dated by what placed the traveller there).

Split out of ``itinerary``; the incremental store (``dateline.itineraries``) re-dates a traveller's visits with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from ..records import Place
from .itinerary_stops import _ARRIVE, _DEPART, _STAY_ENDS, STOP_GAP_DAYS, _more_specific, _Visit, compatible

# openers by which a sentence steps back from the point its story has reached ("Earlier, she had reached A"):
# what it tells happened before the steps already told
_BACKWARD_OPENERS = ("earlier", "before that", "before this", "prior to that", "prior to this", "previously")
_OPENER = re.compile(r"^\W*(" + "|".join(re.escape(o) for o in _BACKWARD_OPENERS) + r")\b", re.IGNORECASE)


def told_earlier(sentence: str) -> bool:
    """Whether a sentence opens by stepping back in time ('Earlier, ...', 'Before that, ...'). An undated step it
    tells is dated by the narrative like any other (no later than the last day told before it), but on that day it
    comes before the steps already told: it is the story going back, not on."""
    return bool(_OPENER.match(sentence or ""))


# words opening a phrase whose step the sentence tells as after its main clause's ('Before returning to A, she
# stopped in B') or before it ('reached A following a visit to B'): the order of the story, not of the words
_COMES_LATER = ("before", "ahead of", "prior to")
_CAME_FIRST = ("after", "following")
_PHRASE_WORDS = 3  # at most this many words between the opener and the step's trigger ('following his state visit')


def _phrase_side(sentence: str, trigger: str) -> int:
    """+1 when the step whose trigger is ``trigger`` is told in a 'before' phrase of its sentence (it comes after the
    rest of the sentence), -1 in an 'after'/'following' phrase (it came first), 0 otherwise or when the trigger is
    written more than once (which one is the step's cannot be told)."""
    low, trig = sentence.lower(), trigger.lower()
    if not trig or low.count(trig) != 1:
        return 0
    head = low[:low.find(trig)]
    for side, openers in ((1, _COMES_LATER), (-1, _CAME_FIRST)):
        for o in openers:
            m = re.search(r"\b" + o + r"\b([^,;:.()]*)$", head)
            if m is not None and len(m.group(1).split()) <= _PHRASE_WORDS:
                return side
    return 0


def told_at(sentence: str, trigger: str, start_char: int) -> int:
    """Where the story tells a step, for ordering it among the steps of its day: its trigger's offset, or just past
    its sentence for a step of a 'before' phrase, or just before it for one of an 'after' phrase ('Before returning
    to A on Friday, she stopped in B': B, then A, on that day). Steps of other sentences keep their order to it."""
    side = _phrase_side(sentence, trigger)
    if side == 0:
        return start_char
    at = sentence.lower().find(trigger.lower())
    return start_char - at + len(sentence) if side > 0 else start_char - at - 1


def _date_undated(visits: list[_Visit]) -> None:
    """An undated step ("will then travel to X") sorts after the last dated step written before it in the same
    article, which is how news narrates a schedule; so does a step dated only by a period that contains that
    step's day ("... Algiers on Tuesday, then Mauritania, before returning to Beijing next week").

    Not a departure that reaches nowhere in its report ("before leaving Oslo, she said ..."): the step before it
    may be somewhere else, and its day would put Oslo between two days of that other stop. It is dated only by
    what places the traveller at its place (``_departure_day``), once every other step has its day (so the day of
    the return that implies it is known however steps at one place in the text are ordered). Works article by
    article, except that a return's journey begins on its first day whichever article tells it (a preview tells
    the return, an arrival report the first day)."""
    by_text = sorted(visits, key=lambda v: v.order)
    own_day = [v for v in by_text if v.key is not None]  # dated by their reports, not by the narrative below
    arriving: dict[str, list[_Visit]] = {}
    for v in by_text:
        if v.kind == _ARRIVE:
            for i in v.event_ids:
                arriving.setdefault(i, []).append(v)
    days: dict[str, list[date]] = {}  # per article, the days of its steps (not periods)
    for v in by_text:
        if v.key is not None and v.end is None and v.kind != _STAY_ENDS:
            days.setdefault(v.order[0], []).append(v.key)
    every_day = [d for ds in days.values() for d in ds]  # the traveller's, whichever article tells them
    last: dict[str, date] = {}
    leaving: list[int] = []  # departures that reach nowhere, dated once the others are
    for at, v in enumerate(by_text):
        art = v.order[0]
        if v.kind == _STAY_ENDS:
            continue  # dated by its visit, and no step of the narrative
        if v.key is None and v.kind == _DEPART and not _reaches_elsewhere(v, arriving):
            leaving.append(at)
            continue
        within = v.key is None or (v.end is not None and art in last and v.key <= last[art] <= v.end)
        if within and art in last:
            v.key = last[art]
        elif v.key is not None and v.end is None:
            last[art] = max(v.key, last.get(art, v.key))
    _date_opening(by_text, set(leaving))
    for at in leaving:
        v = by_text[at]
        art = v.order[0]
        # the steps written before it (not at its own place in the text, whose order is a tie) that have a day
        # (not a period)
        before = [w for w in by_text[:at] if w.order[0] == art and w.order < v.order and w.kind != _STAY_ENDS
                  and w.key is not None and w.end is None]
        back = _return_day(v, arriving)
        if back is not None:  # the journey a return ends began before it: not a stay there once back home
            before = [w for w in before if w.key < back]  # type: ignore[operator]
            v.place = _home_in_article(v, own_day, back)
        # a return's journey began on its first day whichever report tells that day (a preview gives the return,
        # the arrival report the first day); any other departure that reaches nowhere starts its article's journey
        v.key = _departure_day(v.place, before, _journey_start(v, arriving, every_day if back else days.get(art, ())))


def _date_opening(by_text: Sequence[_Visit], skip: set[int]) -> None:
    """A step still undated once the narrative dated what it could (nothing dated is written before it in its
    article: 'will visit A and B, then reach C on Friday') is part of the schedule the article tells, not of some
    time after all of it: it takes the day of the first step dated by its report written after it, and sorts
    before that step on that day by its place in the text."""
    following: dict[str, date] = {}
    for at in range(len(by_text) - 1, -1, -1):
        v = by_text[at]
        art = v.order[0]
        if v.kind == _STAY_ENDS or at in skip:
            continue
        if v.key is None:
            if art in following:
                v.key = following[art]
        else:
            following[art] = v.key


def _reaches_elsewhere(v: _Visit, arriving: dict[str, list[_Visit]]) -> bool:
    """Whether the report of departure ``v`` also reaches a place other than the one left (a return's own
    departure, from the place it returns to, reaches nowhere else)."""
    return any(not compatible(a.place, v.place) for i in v.event_ids for a in arriving.get(i, ()))


def _home_in_article(v: _Visit, by_text: Sequence[_Visit], back: date) -> Place:
    """Where the journey a return (on the day ``back``) ends began, as its article names it most precisely:
    'returning home to Japan' and talks in Tokyo once back make it begin in Tokyo. Only when the article puts the
    traveller, once back, in exactly one place inside the one returned to (a city of that country visited before
    leaving it is no home). Only steps dated by their own reports count: a step dated by the narrative may be
    dated otherwise once another report of it arrives, and the home would then change under the store's stops."""
    inside = {w.place for w in by_text if w.order[0] == v.order[0] and w.key is not None and w.key >= back
              and w.place != v.place and compatible(w.place, v.place) and _more_specific(v.place, w.place) == w.place}
    return inside.pop() if len(inside) == 1 else v.place


def _return_day(v: _Visit, arriving: dict[str, list[_Visit]]) -> date | None:
    """For the departure a return implies, the day of the return its report gives (None for any other departure,
    or a return nobody dated)."""
    return min((a.key for i in v.event_ids for a in arriving.get(i, ()) if a.key is not None), default=None)


def _journey_start(v: _Visit, arriving: dict[str, list[_Visit]], days: Sequence[date]) -> date | None:
    """The first day of the article's journey that departure ``v`` begins: its first day, or, for the departure a
    return implies, its first day within ``STOP_GAP_DAYS`` before the return (an earlier trip the article recalls,
    'visited Washington in February', is another journey)."""
    back = _return_day(v, arriving)
    since = back - timedelta(days=STOP_GAP_DAYS) if back is not None else date.min
    return min((d for d in days if d >= since), default=None)


def _departure_day(place: Place, before: Sequence[_Visit], first: date | None) -> date | None:
    """The day of an undated departure from ``place`` that reaches nowhere in its report: the day of the last step
    written before it that puts the traveller there (arrived, met there, left it); with none, the article's first
    day, as the departure that starts the journey it tells ("Before leaving Oslo, she said ..." of a trip reported
    from elsewhere: Oslo comes first, whatever the other stop's later days)."""
    there = [v for v in before if compatible(v.place, place)]
    # the last written; of steps at one place in the text (a return and the departure it implies), the latest day
    return max(there, key=lambda v: (v.order, v.key)).key if there else first

