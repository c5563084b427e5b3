"""Copula stays: 'be' with a place that tells where a traveller is on a day, as a trip.

The lexicon's presence verbs read 'be in X' as a trip only when it is to come ('will be in Lima on Friday'). A story
tells where its travellers are in the past and present too: "Ruiz was in Quito on Monday and Tuesday", "Weber is in
Lima on Wednesday for an aerial tour", "Ruiz, who is in Quito on a state visit", "Weber is in Lima meeting
officials". Annotators of news count those clauses as mentions of the traveller's visit, and the itinerary needs the
place and day they give. A copula with a place is also the commonest way to say where anyone lives, works or was
born ("she was in Lima when the war began", "he is in prison", "was in Madrid last week"), so only a clause that says
which day the stay is or what it is for counts: a day it is 'on' ('on Monday', 'on July 9'; not a period such as
'last week', which says when, not that a trip is told), a trip or meeting noun it is 'on' or 'for', or a participle
that tells what the traveller is doing there. Its subject must be a named person or a personal pronoun (a group or a
thing 'in Lima' is no trip), and it must not be denied ('was not in Lima').
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

_PLACE_PREPS = frozenset({"in", "at"})
_PURPOSE_PREPS = frozenset({"on", "for"})
_PRONOUNS = frozenset({"he", "she", "they"})
_CLAUSE_HEADS = frozenset({"ROOT", "relcl", "conj", "ccomp", "advcl"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_DAY_ENTS = frozenset({"DATE", "TIME"})
_DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                        "yesterday", "tonight"})


def copula_stay(tok: Token, trip_nouns: Collection[str]) -> bool:
    """Whether ``tok`` (a form of 'be') is a stay of a person at a named place, told with its day, a trip or
    meeting noun (``trip_nouns``: the lexicon's trip and meeting nouns) it is on or for, or a participle of what
    they do there. Presence to come ('will be', 'to be') is the lexicon's presence verb, not this."""
    if tok.lemma_.lower() != "be" or tok.dep_ not in _CLAUSE_HEADS:
        return False
    kids = list(tok.children)
    if any(c.dep_ == "neg" for c in kids) or any(c.dep_ == "aux" and c.tag_ in {"MD", "TO"} for c in kids):
        return False  # denied, or a modal/infinitive (the presence verbs' reading, or a conjecture)
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    if tok.dep_ == "relcl" and subject is not None and subject.tag_ == "WP":
        subject = tok.head  # "Ruiz, who is in Quito on a visit": the noun the relative hangs on
    if subject is None or not (subject.ent_type_ == "PERSON" or subject.lower_ in _PRONOUNS):
        return False
    if not any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and any(
            o.dep_ == "pobj" and o.ent_type_ in _PLACE_ENTS for o in c.children) for c in kids):
        return False
    return _on_a_day(kids) or _purpose(kids, trip_nouns) or any(
        c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG" for c in kids)


def _on_a_day(kids: list[Token]) -> bool:
    """'on Monday', 'on July 9', 'Monday', 'today': the day of the stay (not 'last week', 'in March')."""
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "on" and any(
                o.dep_ == "pobj" and o.ent_type_ in _DAY_ENTS for o in c.children):
            return True
        if c.dep_ in {"npadvmod", "advmod"} and c.lower_ in _DAY_WORDS:
            return True
    return False


def _purpose(kids: list[Token], trip_nouns: Collection[str]) -> bool:
    """'on a state visit', 'for talks', 'for the summit': the stay's reason is a trip or a meeting."""
    return any(o.dep_ == "pobj" and o.lemma_.lower() in trip_nouns
               for c in kids if c.dep_ == "prep" and c.lower_ in _PURPOSE_PREPS for o in c.children)
