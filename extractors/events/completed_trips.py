"""A trip told in an 'after' or 'following' phrase of a step that ends it is a trip of its own, over by that day.

"She arrived home this evening after wrapping up her four-day state visit to P", "left C on Tuesday after
completing a 13-day visit to P", "landed in Q on Thursday following his state visit to P": the phrase tells a
second trip, to P, finished by the time of the step the sentence reports. A careful reader writes it as its own
trip: it happened, its last day is the step's day, and its first day is the length told, counted back from there.

The trigger readers drop a trip noun that is the object of 'after' or 'following' (mostly a background for what
the sentence is about: "after a visit to P, officials said"); one under a step that closes a trip (the lexicon's
``closing_steps``: arriving, landing, leaving, flying home) and naming a place of its own is read as a trip. A
noun with no place ("returned after talks", "left after the visit") stays dropped: it tells no trip the reader
can place. The days are counted in one place, ``ended_window``, used by ``told_length`` for every trip told as
over with its length ('wrapped up a 13-day visit', the same trip told directly).
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from .triggers import lexicon

_EARLIER = frozenset({"after", "following"})
_TRIP_NOUNS = frozenset({"visit", "trip", "tour", "stay"})
_PLACE_PREPS = frozenset({"to", "in", "of"})
_PLACE_ENTS = frozenset({"GPE", "LOC"})


def closing_step(noun: Token) -> Token | None:
    """The step verb whose 'after' / 'following' phrase ``noun`` is the object of, when that verb closes a trip
    ('arrived home after a visit to P': 'arrived'); None otherwise."""
    prep = noun.head
    # 'following' is parsed as a preposition or as a participle clause ("landed in Q following a tour of P")
    if noun.dep_ != "pobj" or prep.lower_ not in _EARLIER or prep.dep_ not in {"prep", "advcl"}:
        return None
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in lexicon().closing_steps:
        return None
    return verb


def _place_words(noun: Token) -> list[Token]:
    """The words where a trip noun says it went: its compounds ('his P visit'), then the objects of its 'to' / 'in' /
    'of' phrases ('a visit to P', 'his tour of P')."""
    return [c for c in noun.children if c.dep_ == "compound"] + [
        o for c in noun.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS for o in c.children
        if o.dep_ == "pobj"]


def _names_a_place(noun: Token) -> bool:
    """'a visit to P', 'his tour of P', 'his P visit': the trip noun names where it went."""
    return any(w.ent_type_ in _PLACE_ENTS for w in _place_words(noun))


def completed_trip(noun: Token) -> bool:
    """``noun`` tells a finished trip of its own: a trip noun naming a place, in the 'after' / 'following' phrase of a
    step that closes it (see the module docstring)."""
    return noun.lemma_.lower() in _TRIP_NOUNS and noun.pos_ in {"NOUN", "PROPN"} \
        and closing_step(noun) is not None and _names_a_place(noun)


def closed_trip(verb: Token) -> Token | None:
    """The finished trip a closing step's 'after' / 'following' phrase tells, directly ('landed after a visit to P')
    or through the verb that ends it ('landed after ending a tour of P'): a trip noun naming a place.
    None when the step closes no trip the sentence names."""
    if verb.lemma_.lower() not in lexicon().closing_steps:
        return None
    for prep in (c for c in verb.children if c.dep_ in {"prep", "advcl"} and c.lower_ in _EARLIER):
        for noun in prep.subtree:
            if noun.lemma_.lower() in _TRIP_NOUNS and noun.pos_ in {"NOUN", "PROPN"} and trip_places(noun):
                return noun
    return None


def trip_places(noun: Token) -> list[Token]:
    """The proper nouns a trip noun names as where it went ('a visit to P', 'her P visit'), whatever entity the
    tagger made of them (a country is often tagged an organisation): the caller reads them on the map."""
    return [w for w in _place_words(noun) if w.pos_ == "PROPN"]


def ended_window(end: date, days: int) -> tuple[date, date]:
    """The window of a trip of ``days`` days whose last day is ``end``."""
    return end - timedelta(days=days - 1), end


__all__ = ["closed_trip", "closing_step", "completed_trip", "ended_window", "trip_places"]
