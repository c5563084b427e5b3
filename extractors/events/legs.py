"""Legs: the several places one trip clause sends its traveller to, each a trip of its own, in text order.

A trigger reads the places of its own phrases (``trips.travel_candidate``: "will travel to Manila and Tokyo" gives
one leg per place). News tells a schedule in one sentence in two more ways that no trigger reads:

- a preposition coordinated with the trigger's own ("will travel to Rome and then to Vienna"): the parser hangs the
  second 'to' on the verb (or on the first 'to') as a conjunct, not as a phrase of the verb (``conjoined_preps``);
- a verb of sequence coordinated with the trip's verb ("will start her visit in Lyon on May 3, move to Nice on May 4
  and end in Paris on May 5"; "arrived in Lyon on Monday before moving on to Nice"): 'move', 'end', 'continue' say
  where the same traveller goes next, but are no trip triggers alone ('the talks ended in Geneva', 'move to a vote').
  Each such verb with a place of its own becomes one more leg of the trip, dated by its own phrase (else by the
  trip's clause, as ``_Builder.finish`` dates any verb), with the trip's travellers (``sequenced_legs``).

The itinerary then has one stop per leg, left the day the next is reached (``itinerary.close_stop``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .clauses import with_conjuncts
from .locate import slot_place

if TYPE_CHECKING:
    from .assemble import _Builder
    from .candidate import Candidate

_DATA = Path(__file__).with_name("data") / "legs.json"


@dataclass(frozen=True, slots=True)
class LegVerbs:
    """The sequence verbs, keyed by lemma, with the prepositions that give the place each reaches; and the
    subordinators that put an adverbial clause after the trip ('before moving on to Nice')."""

    preps: dict[str, frozenset[str]]
    later_marks: frozenset[str]


@lru_cache(maxsize=1)
def leg_verbs() -> LegVerbs:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    return LegVerbs({k: frozenset(v) for k, v in raw["sequence_verbs"].items()}, frozenset(raw["later_marks"]))


def conjoined_preps(t: Token) -> list[Token]:
    """Prepositions coordinated with the trigger's own phrases ("to Rome and then to Vienna", "to Rome, then on to
    Vienna"): the parser makes the second one a conjunct of the verb or of the first preposition. Only a
    preposition coordinated with another of the same word (or written after 'then'), so "from Rome to Vienna" and
    the conjuncts of other phrases ("in Rome and in talks") are not read as destinations twice."""
    own = [c for c in t.children if c.dep_ == "prep"]
    out: list[Token] = []
    for c in t.children:
        if c.dep_ == "conj" and c.pos_ == "ADP" and _same_slot(c, own):
            out.append(c)
    for p in own:
        out += [x for x in with_conjuncts(p)[1:] if x.pos_ == "ADP" and _same_slot(x, [p])]
    return out


def _same_slot(prep: Token, own: list[Token]) -> bool:
    then = any(c.dep_ == "advmod" and c.lower_ in {"then", "later", "next"} for c in prep.children)
    return any(o.lower_ == prep.lower_ for o in own) or then and bool(own)


def sequenced_legs(b: _Builder, t: Token, c: Candidate) -> list[Candidate]:
    """The later legs of trip ``c`` told by verbs of sequence coordinated with its clause (see the module
    docstring), in text order; none for a trip without a place (nothing to follow) or a verb that has a subject of
    its own (another clause, maybe another traveller)."""
    if c.event_type != "travel" or c.destination is None or not c.participants:
        return []
    anchor = _clause_verb(t)
    if anchor is None:
        return []
    lv = leg_verbs()
    out: list[Candidate] = []
    for v in _later_verbs(anchor, lv):
        preps = lv.preps.get(v.lemma_.lower())
        if preps is None or b.lex.specs_for(v, b.scope):
            continue  # a trigger of its own ("and then fly to X") is read as one
        if any(x.dep_ in {"nsubj", "nsubjpass"} and x.pos_ != "PRON" for x in v.children):
            continue
        places = [p for pp in v.children if pp.dep_ == "prep" and pp.lower_ in preps
                  for o in pp.children if o.dep_ == "pobj" for x in with_conjuncts(o)
                  if (p := slot_place(x, b.people)) is not None]
        for p in places:
            leg = b.finish("travel", c.subtype, v, list(c.participants), destination=p)
            if leg.date_source not in {"own", "governing"}:
                leg = replace(leg, date_start=None, date_end=None, date_value=None, date_source="none")
            out.append(replace(leg, leg=c.leg + len(out) + 1, more_destinations=[]))
    return out


def _clause_verb(t: Token) -> Token | None:
    """The verb of the trip's clause: the trigger verb, or the verb a trip noun is the object or subject of ('will
    start her visit in Lyon')."""
    if t.pos_ in {"VERB", "AUX"}:
        return t
    if t.dep_ in {"dobj", "nsubj", "nsubjpass"} and t.head.pos_ in {"VERB", "AUX"}:
        return t.head
    return None


def _later_verbs(anchor: Token, lv: LegVerbs) -> list[Token]:
    """Verbs after ``anchor`` that continue its schedule: its conjuncts (chained: "start ..., move ... and end ..."),
    and adverbial clauses put after it ('before moving to Nice'; a bare participle 'moving on to Nice')."""
    out: list[Token] = []
    todo = [anchor]
    while todo and len(out) < 12:
        v = todo.pop(0)
        # 'before moving to Nice' is parsed as a preposition governing the verb
        kids = [*v.children, *(x for p in v.children if p.dep_ == "prep" and p.lower_ in lv.later_marks
                               for x in p.children if x.dep_ == "pcomp")]
        for c in kids:
            if c.i <= anchor.i or c.pos_ not in {"VERB", "AUX"}:
                continue
            if c.dep_ == "pcomp":
                out.append(c)
                continue
            if c.dep_ == "conj" or c.dep_ == "advcl" and _later_clause(c, lv):
                out.append(c)
                todo.append(c)
    return sorted(out, key=lambda x: x.i)


def _later_clause(v: Token, lv: LegVerbs) -> bool:
    marks = [c.lower_ for c in v.children if c.dep_ == "mark"]
    return any(m in lv.later_marks for m in marks) or not marks and v.tag_ == "VBG"
