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

A list of places told with a day each ("will visit Kenya on May 3 and Ghana on May 5", "will fly to Nairobi on May
3, then to Accra on May 5") dates each leg by the day written after its place and before the next place
(``leg_days``), not all of them by the last day the parser hung on the verb. The itinerary then has one stop per
leg, left the day the next is reached (``itinerary_stops.close_stop``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .clauses import with_conjuncts
from .leg_words import LegVerbs, leg_verbs
from .locate import place_at
from .phrases import segment_end, segment_start
from .slot_places import slot_place

if TYPE_CHECKING:
    from datetime import date

    from ..records import Place
    from .assemble import _Builder
    from .candidate import Candidate
    from .triggers import Lexicon

Days = tuple["date | None", "date | None", "str | None"]

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


def places_beside_days(t: Token) -> list[Token]:
    """Places the parser made conjuncts of a day of the trigger ("will visit Kenya on May 3 and Ghana on May 5":
    'Ghana' hangs on 'May 3'): each is one more place of the list, with the day after it."""
    return [x for pp in t.children if pp.dep_ == "prep" for o in pp.children
            if o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"}
            for x in with_conjuncts(o)[1:] if x.ent_type_ not in {"DATE", "TIME", ""}]


def starting_places(t: Token) -> list[Token]:
    """Where a trip noun starts, said by the verb that starts it ("will begin her tour in Nairobi", parsed with 'in
    Nairobi' on the verb): the verb's 'in'/'at' objects, and their conjuncts."""
    v = t.head
    if t.pos_ not in {"NOUN", "PROPN"} or t.dep_ != "dobj" or v.lemma_.lower() not in leg_verbs().start_verbs:
        return []
    return [x for pp in v.children if pp.dep_ == "prep" and pp.lower_ in {"in", "at"}
            for o in pp.children if o.dep_ == "pobj" for x in with_conjuncts(o)]


def followed_trip(t: Token, lex: Lexicon) -> Token | None:
    """The trip noun a trip noun ``t`` is said to follow ("the stop in Lyon was followed by visits to Nice and
    Arles", "the tour of A will be followed by a visit to B"): the subject of passive 'follow' whose agent is ``t``,
    when that subject is itself a trip noun. None for any other trip noun."""
    agent = t.head
    if t.dep_ != "pobj" or agent.dep_ != "agent" or agent.head.lemma_.lower() != "follow":
        return None
    subj = next((c for c in agent.head.children if c.dep_ == "nsubjpass"), None)
    if subj is None or not any(s.event_type == "travel" for s in lex.specs_for(subj)):
        return None
    return subj


def tour_of_places(t: Token) -> bool:
    """Whether a trip noun's 'of' object names where it goes ('a tour of Kenya and Ghana')."""
    return t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in leg_verbs().of_place_nouns


def included_places(rel: Token, is_trip: Callable[[Token], bool]) -> list[Token]:
    """The places a trip noun's relative clause of inclusion lists ("a trip which included Kenya, Ghana and
    Senegal"; "a tour, which includes a visit to Kenya and Ghana"): the verb's object and its conjuncts, or, when the
    object is itself a trip noun, its 'to' objects and their conjuncts. Each is one leg of the trip, in text order;
    the caller keeps only those the gazetteer knows ('a visit which included talks' lists no place)."""
    out: list[Token] = []
    for o in (c for c in rel.children if c.dep_ == "dobj"):
        if is_trip(o):
            out += [x for pp in o.children if pp.dep_ == "prep" and pp.lower_ == "to"
                    for p in pp.children if p.dep_ == "pobj" for x in with_conjuncts(p)]
        else:
            out += with_conjuncts(o)
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
        if any(x.dep_ == "dobj" and not any(s.event_type == "travel" for s in b.lex.specs_for(x, b.scope))
               for x in v.children):
            continue  # "end the strike in Lyon", "move the embassy to X": not the trip that ends or moves on
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


def leg_days(b: _Builder, t: Token, places: list[Place | None]) -> list[Days] | None:
    """Each leg's own day, when the clause of trigger ``t`` writes one after each of at least two of its places
    ("will visit Kenya on May 3 and Ghana on May 5"): a single-day expression belongs to the place last named before
    it (any place of the clause bounds a stretch, so "Lyon on the 10th, move to Nice on the 11th" does not give
    Lyon the 11th). A leg with no day of its own gets none (its day is not the trip's). None when fewer than
    two legs have a day, or a place has two: then the trip's day is every leg's, as before."""
    if len(places) < 2 or any(p is None for p in places):
        return None
    lo, hi = segment_start(t), segment_end(t)
    doc = t.doc
    named: list[tuple[int, Place]] = []  # (token index, place) of every place the clause names
    for tok in doc[lo:hi]:
        p = place_at(tok, b.people) if tok.pos_ in {"PROPN", "NOUN"} else None
        if p is not None and not (named and named[-1][1] == p and named[-1][0] == tok.i - 1):
            named.append((tok.i, p))  # a name of several words is one place, where it starts
    at = {}  # leg -> token index of its place
    for k, p in enumerate(places):
        hit = next((i for i, q in named if q == p and i not in at.values()), None)
        if hit is None:
            return None  # a place the text names otherwise ('home'): no stretch to read
        at[k] = hit
    lo_char, hi_char = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    found: dict[int, list[Days]] = {}
    for a in b.days:
        tx = a.timex
        if not (lo_char <= tx.start_char < hi_char) or tx.start_date is None or tx.start_date != tx.end_date:
            continue
        span = doc.char_span(tx.start_char, tx.end_char, alignment_mode="expand")
        if span is None:
            continue
        before = [i for i, _ in named if i < span.start]
        if not before:
            continue
        owner = next((k for k, i in at.items() if i == max(before)), None)
        if owner is not None:
            found.setdefault(owner, []).append((tx.start_date, tx.end_date, tx.value))
    if len(found) < 2 or any(len(v) > 1 for v in found.values()):
        return None
    return [found[k][0] if k in found else (None, None, None) for k in range(len(places))]


def later_legs(b: _Builder, t: Token, c: Candidate, drop_days: bool) -> list[Candidate]:
    """The legs of trip ``c`` after its first: one per other destination of its trigger's phrases, each dated by its
    own day (``leg_days``) or, with none, by the trip's (none when ``drop_days``: a tour's range, or the one day a
    tour of countries starts), then the legs its verbs of sequence tell (``sequenced_legs``)."""
    days = leg_days(b, t, [c.destination, *c.more_destinations])
    out = []
    for k, p in enumerate(c.more_destinations, start=1):
        dated: dict = {}  # the trip's own days, unless the leg has its own or the trip's are not the leg's
        if days is not None:
            start, end, value = days[k]
            dated = {"date_start": start, "date_end": end, "date_value": value,
                     "date_source": "own" if start is not None else "none"}
        elif drop_days:
            dated = {"date_start": None, "date_end": None, "date_value": None}
        out.append(replace(c, destination=p, leg=k, more_destinations=[], **dated))
    return out + sequenced_legs(b, t, replace(c, leg=len(c.more_destinations)))
