"""A trip told with its length ("a three-day visit", "on a four-day tour") lasts exactly that many days.

The sentence-level readers date a trip from the days near it and use the length only in a few shapes ("arrived on
Monday for a three-day visit", "wrapped up a three-day visit on Sunday"). Elsewhere the length was dropped, and the
window came out one day ("the final day of her three-day visit", dated by the story's day), or a day too long or too
short (a window joined from two mentions), or anchored at the wrong end ("returned home on Thursday after a
three-day trip": Thursday is the trip's last day, not its first). A reader holds every such trip to its length: the
window is that many days, from its first day, or, when the trip is told as over, up to the day it ended.

Told as over: the trip noun is the object of an ending verb ('concluded his two-day visit'), or the subject of one
('the six-day visit wrapped up'), or in an 'after' phrase of a going-home or leaving step ('returned home Thursday
after a three-day trip', 'left Kenya on Friday after a three-day visit'). Only trips (visits, trips, tours), not an
arrival or a departure (a step of one day), nor a called-off trip (its days are a plan that was not kept), nor a
window given in days of its own that already spans several days (the text's own days win over a length:
'a three-day visit from May 3 to 6' is told as written).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from spacy.tokens import Token

from .candidate import Candidate
from .clauses import governing_verb, span_days, trip_noun_of
from .triggers import lexicon

_TRIPS = frozenset({"visit", "trip", "travel", "tour"})
_AFTER = frozenset({"after", "following"})
_GOING_HOME = frozenset({"return", "leave", "depart", "fly", "head"})


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
    return prep is not None and prep.lower_ in _AFTER and prep.head == verb and lemma in _GOING_HOME


def held_to_length(start: date | None, end: date | None, days: int, over: bool) -> tuple[date, date] | None:
    """The window of a trip of ``days`` days whose dates are ``start``..``end``: up to its end when it is told as
    over, else from its start; None when the dates give no anchor."""
    if over and end is not None:
        return end - timedelta(days=days - 1), end
    if start is not None:
        return start, start + timedelta(days=days - 1)
    return None


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
        if (window := held_to_length(c.date_start, c.date_end, days, told_as_over(c.trigger))) is not None:
            c.date_start, c.date_end = window
            c.date_value = None


__all__ = ["held_to_length", "hold_trips_to_length", "told_as_over"]
