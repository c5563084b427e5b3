"""A trip told with its length ("a three-day visit", "on a four-day tour") lasts that many days from its first day.

The sentence-level readers date a trip from the days near it and use the length only in a few shapes ("arrived on
Monday for a three-day visit", "wrapped up a three-day visit on Sunday"). Elsewhere the length was dropped and the
window came out one day: "the final leg of his three-day visit", dated by the story's day; "beginning his three-day
state visit" told with the landing's day, or a mention merged with one that is. A reader holds every such trip to
its length: the window is that many days from the day it has.

A trip told as over ('concluded his two-day visit', 'the six-day visit wrapped up', 'returned home after a
three-day trip', 'landed in Y after completing a 13-day visit to X'): its one day is its last, or the day of a
departure told with it ('left X on Sunday, wrapping up a two-day visit'), and its first day is the length counted
back from there (``completed_trips.ended_window``; the sentence-level reader dates only the direct shapes, with the
small numbers). Not an arrival or a departure (a step
of one day: whether a landing is told as the visit differs between annotations), a called-off trip (its days are a
plan not kept), one leg of a tour (the length is the tour's), nor a window given in days of its own that already
spans several days ('a three-day visit from May 3 to 6' is told as written).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from spacy.tokens import Token

from .candidate import Candidate
from .clauses import governing_verb, span_days, trip_noun_of
from .completed_trips import completed_trip, ended_window
from .triggers import lexicon

_TRIPS = frozenset({"visit", "trip", "travel", "tour"})
_AFTER = frozenset({"after", "following"})


def _trip_noun(t: Token) -> Token:
    return trip_noun_of(t) or t


def told_as_over(t: Token) -> bool:
    """The trip noun of ``t`` is told as over by the clause it sits in (see the module docstring)."""
    noun = _trip_noun(t)
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    verb, how = governing_verb(noun)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma in lexicon().ending_verbs and (how == "dobj" or how in {"nsubj", "nsubjpass"} and noun.dep_ in {
            "nsubj", "nsubjpass"}):
        return True
    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in _AFTER and prep.head == verb and lemma in lexicon().closing_steps \
        or completed_trip(noun)


def held_to_length(start: date | None, days: int) -> tuple[date, date] | None:
    """The window of a trip of ``days`` days whose first day is ``start``; None with no first day."""
    return None if start is None else (start, start + timedelta(days=days - 1))


def hold_trips_to_length(cands: Sequence[Candidate]) -> None:
    """Give each trip told with its length a window of that length (see the module docstring)."""
    for c in cands:
        if c.event_type != "travel" or c.subtype not in _TRIPS or c.status == "cancelled":
            continue
        if c.leg > 0 or c.more_destinations:
            continue  # one leg of a tour: the length told is the whole tour's ('A, B and C on a four-day tour')
        if c.date_start is None and c.date_end is None:
            continue
        if c.date_source == "own" and c.date_start is not None and c.date_end is not None \
                and c.date_start != c.date_end:
            continue  # days of its own: 'a three-day visit from May 3 to 6' is told as written
        if (days := span_days(c.trigger)) is None:
            continue
        if told_as_over(c.trigger):
            # its day is its last ('concluded his two-day visit on Tuesday'), or a departure's: an open start
            # (only the end known) is the length counted back; a one-day window came from a landing merged in
            if c.date_end is not None and c.date_start is None:
                c.date_start, c.date_end = ended_window(c.date_end, days)
                c.date_value = None
            continue
        if (window := held_to_length(c.date_start, days)) is not None:
            c.date_start, c.date_end = window
            c.date_value = None


__all__ = ["held_to_length", "hold_trips_to_length", "told_as_over"]
