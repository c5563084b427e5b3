"""An undated plan told ahead and an event told as done, in two sentences of one page, are two events.

Why: a page that reports a trip or a meeting as done often goes on with what is still to come ("Ruiz has landed in
Norland ... She will fly to Tarsk that night", "Ruiz was welcomed at the airport by Weber ... Ruiz will also meet
Weber's son"). With no day in the plan's clause nothing keeps the two apart (``merge._plan_and_occurrence`` needs a
day of the plan's own), so the merge folds the plan into the done event and the page's plan is scored against an
event told as done: the largest recurring shape of the status census (issue-40status, merged plans on 12 read sets).
The tense of each clause, not a day, tells them apart: the page's now lies between a verb told in the past and one
told with "will" or a present planning word ("is set to", "is due to").

A plan to the same place as the done trip is the same trip told before it happened ("I will travel to Norland" /
"touched down in Norland"): a trip plan stands apart only when it goes somewhere strictly inside where the done trip
went (a city of the country landed in). A noun trigger counts only as the object of the verb that plans it ("will
make a visit"); "During her visit, she will meet" is a scene of the visit, not a plan of it. Reporting and planning
verbs do not tell an event as done ("announced the visit", "planned the trip").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..places import gazetteer
from ..tree import children
from .candidate import TRIP_MOVES
from .plan_tense import plan_status, present_perfect
from .status_cues import event_kinds, has_future_aux, is_plan_word, status_words

if TYPE_CHECKING:
    from .candidate import Candidate

_CLIMB = 3  # verbs between a trigger and the planning word that governs it ('is set to begin to meet')


def _own_verb(t: Token, relations: frozenset[str] = frozenset({"dobj"})) -> Token | None:
    """The verb whose tense tells the trigger: a verb trigger itself; a noun only in one of ``relations`` to it (its
    direct object: 'will make a visit'; under a done verb, the object of 'on', or of 'for' when it is a trip: 'left on
    a trip to Norland', 'arrived for a visit', not 'arrived for talks', which are still ahead)."""
    if t.pos_ in {"VERB", "AUX"}:
        return t
    if t.pos_ not in {"NOUN", "PROPN"}:
        return None
    if t.dep_ == "pobj" and "pobj" in relations and (
            t.head.lower_ == "on" or t.head.lower_ == "for" and event_kinds().get(t.lemma_.lower()) == "travel"):
        t = t.head  # 'left on a trip', 'arrived for a visit' (begun on arrival): the preposition hangs on the verb
    elif t.dep_ not in relations:
        return None
    return t.head if t.head.pos_ in {"VERB", "AUX"} else None


def told_ahead(trigger: Token) -> bool:
    """'will fly to Tarsk', 'is set to meet Weber', 'is due to land', 'will make a visit': the trigger's own verb is a
    future or the open complement of a planning word in the present (a past one, 'was to', 'had been scheduled', is a
    lapsed or overtaken plan, ``plan_tense``). A noun may also be the subject of a future ('the tour will take her
    to Cusco')."""
    v = _own_verb(trigger, frozenset({"dobj", "nsubj"}))
    if v is not None and trigger.dep_ == "nsubj" and not has_future_aux(v):
        return False
    if v is None:
        return False
    if has_future_aux(v):
        return True
    t = v
    for _ in range(_CLIMB):
        if t.dep_ not in {"xcomp", "acomp"} or t.head == t:
            return False
        t = t.head
        if is_plan_word(t) or t.lemma_ == "be":
            gov = t.head if t.dep_ == "acomp" else t  # 'is due to': the tense is the copula's
            return plan_status(gov) == "planned" and gov.tag_ != "VBD" and not any(
                c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBN"} for c in children(gov))
    return False


def _climb_participle(v: Token) -> Token:
    """'left after attending the summit': a bare participle is told as done or not by the finite verb it hangs on."""
    t = v
    for _ in range(_CLIMB):
        if t.tag_ not in {"VBG", "VBN"} or t.dep_ not in {"advcl", "pcomp", "xcomp"} or any(
                c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in children(t)):
            return t
        t = t.head if t.head.pos_ in {"VERB", "AUX"} else t.head.head
    return t


def told_done(trigger: Token) -> bool:
    """'landed', 'has landed', 'was welcomed by', 'made her first visit': the trigger's own verb is a simple past, a
    present perfect or a past passive, and is no reporting or planning verb."""
    v = _own_verb(trigger, frozenset({"dobj", "pobj"}))
    if v is None:
        return False
    v = _climb_participle(v)
    words = status_words()
    if is_plan_word(v) or v.lemma_.lower() in words["reporting_verbs"] or has_future_aux(v):
        return False
    kids = list(children(v))
    passive_past = v.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in kids)
    simple_past = v.tag_ == "VBD" and not any(c.dep_ == "aux" for c in kids)
    return simple_past or present_perfect(v) or passive_past


_ADDITIVE = frozenset({"also"})  # adverbs that add an event to those told before
_CARRIERS = frozenset({"xcomp", "dobj"})  # "is also scheduled to meet", "also held talks": the verb takes the adverb


def told_as_more(c: Candidate) -> bool:
    """Whether the clause of ``c``'s trigger adds it to what came before ("He also met the mayor", "Ana is also
    scheduled to meet Luis", "she will also hold talks with"). The adverb of a clause the trigger only sits in ("a
    trip that also took him to Lima") is not the trigger's."""
    t = c.trigger
    for _ in range(3):
        if any(d.dep_ == "advmod" and d.lower_ in _ADDITIVE for d in t.children):
            return True
        if t.dep_ not in _CARRIERS or t.head == t:
            return False
        t = t.head
    return False


def _another_one(plan: Candidate, done: Candidate) -> bool:
    """A meeting plan is told as one more ('will also meet'): the same people's meeting told ahead after the report
    of their meeting is otherwise that meeting announced again in a preview's words. A trip plan goes somewhere
    strictly inside where the done trip went (a city of the country it landed in), and is a move ahead ('will fly to
    Cusco') or a visit beside a whole trip told done: an arrival in a country beside a visit ahead to one of its
    cities may be one landing told twice, the city being where the plane came down."""
    if plan.event_type != "travel":
        return told_as_more(plan)
    if plan.subtype not in TRIP_MOVES and done.subtype in TRIP_MOVES:
        return False
    gz = gazetteer()
    outer, inner = gz.info(done.destination), gz.info(plan.destination)
    return outer is not None and inner is not None and gz.contains(outer, inner)


def plan_ahead_of_done(a: Candidate, b: Candidate) -> bool:
    """Two mentions in different sentences, one planned with no day at all and told ahead by its own verb, the other
    occurred and told as done by its own verb, the plan told after it (a report tells what happened, then what comes
    next; a plan told first is the page's preview of the event it then reports): two events (module docstring)."""
    if a.sentence == b.sentence:
        return False
    for plan, done in ((a, b), (b, a)):
        if plan.start_char > done.start_char and plan.status == "planned" and plan.date_source == "none" \
                and done.status == "occurred" \
                and told_ahead(plan.trigger) and told_done(done.trigger) and _another_one(plan, done):
            return True
    return False
