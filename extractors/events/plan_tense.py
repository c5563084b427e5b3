"""What the tense of a plan says about the event planned, however the plan is told.

A plan is told in several shapes: a governing verb ('she was scheduled to fly to Oslo'), the event as the passive
subject of the planning verb ('the summit had been scheduled for Wednesday'), 'be to' ('the meeting was to be the
first between them'), or a trip called off together with what it was for ('cancelled his visit to Lima to meet
the mayor'). In every shape the plan's own verb decides the same way: a present or future plan is a plan; a past
perfect ('had been scheduled') is a plan the report has seen overtaken, called off; a simple past outside reported
speech ('was scheduled to', 'was to') is a plan that lapsed unless its day is still ahead (``status.status_of``
decides that one with the days). Before, only the governing-verb shape read the tense; the others were read as
plans whatever their tense.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .status_cues import event_kinds, is_plan_word, status_words

LAPSED = "lapsed"  # a schedule told in the past ("was due to arrive on Thursday"): off unless its day is ahead


def past_perfect(verb: Token) -> bool:
    """'had held', 'had been scheduled': a past participle with the auxiliary 'had'."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD"
                                      for c in children(verb))


def present_perfect(t: Token) -> bool:
    """'has arrived', 'have landed': done by the time of the report, and news of that day."""
    return t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"}
                                   for c in children(t))


def overtaken(plan: Token) -> bool:
    """'had been scheduled to', 'had been due to', 'had been expected to': a planning word in the past perfect,
    its own ('had been scheduled') or that of the 'be' whose predicate it is ('had been due'), tells a plan the report
    has seen overtaken by what happened."""
    return past_perfect(plan) or plan.dep_ == "acomp" and plan.head.lemma_ == "be" and past_perfect(plan.head)


def _past_form(t: Token) -> bool:
    """'was scheduled to', 'were due to', 'was to': the governor itself, or the 'be' it hangs on, in the simple
    past."""
    if any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in children(t)) or t.tag_ == "VBD":
        return True
    return t.dep_ == "acomp" and t.head.lemma_ == "be" and t.head.tag_ == "VBD"


def reported(t: Token) -> bool:
    """The clause holding ``t`` is reported speech ('said he was due to meet ...'): its tense is the report's."""
    w = status_words()
    for _ in range(6):
        if t.dep_ in {"ccomp", "parataxis"}:
            return t.head.lemma_.lower() in w["reporting_verbs"]
        if t.head == t:
            return False
        t = t.head
    return False


def lapsed_plan(t: Token) -> bool:
    """'was scheduled to fly to Oslo on Friday': a schedule told in the past tense is one that fell through
    (a plan that holds is told as 'is scheduled to' or 'will'), unless its day is still ahead ('was due to arrive
    on Thursday' told on Wednesday is the schedule as it stands; status_of reads the day); not in reported speech,
    where the past is the report's ('said he was due to meet her')."""
    return t.lemma_.lower() in status_words()["lapsed_plan_governors"] and _past_form(t) and not reported(t)


def plan_status(plan: Token) -> str:
    """'planned' | 'cancelled' | LAPSED: what the tense of the planning word ``plan`` says about the event it plans
    (a planning verb or adjective, or the 'be' of 'be to')."""
    if overtaken(plan):
        return "cancelled"  # "had been scheduled to hold talks", "had been due to": overtaken by what happened
    if plan.lemma_ == "be" and plan.tag_ == "VBD" and not reported(plan):
        return LAPSED  # "the meeting was to be the first between them"
    if lapsed_plan(plan):
        return LAPSED
    return "planned"


def passive_plan(tok: Token) -> Token | None:
    """'the summit had been scheduled for Wednesday', 'talks are planned for May': an event noun that is the passive
    subject of a planning verb is the thing planned (unlike an active subject, 'the summit pledged to ...');
    returns that verb."""
    head = tok.head
    if tok.dep_ != "nsubjpass" or tok.pos_ not in {"NOUN", "PROPN"} or head.tag_ != "VBN":
        return None
    return head if is_plan_word(head) else None


def trip_called_off_with(purpose: Token) -> bool:
    """'cancelled his visit to Lima to meet the mayor': a purpose clause hung on a verb that calls off a trip or a
    meeting named as its object is what that trip was for, and is called off with it ('suspended her campaign to
    attend the funeral' keeps the funeral: a campaign is no trip)."""
    verb = purpose.head
    if verb.lemma_.lower() not in status_words()["cancel_verbs"]:
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in event_kinds() for c in children(verb))


_NEW_DAY_PREPS = frozenset({"to", "until", "till"})


def moved_to_new_day(tok: Token) -> bool:
    """'the tour has been put off to June 3', 'the talks have been moved to September 8-9', 'is put off until Friday':
    an event moved to a day it names, told in the present perfect or the present, is news of a plan that still
    stands, for that day; not called off. The simple past ('was postponed to Friday', told after) is left to the
    calling-off rules: by then the new day may have come and gone."""
    verb = tok.head
    if tok.dep_ not in {"nsubjpass", "dobj"} or tok.pos_ not in {"NOUN", "PROPN"} or verb == tok:
        return False
    if verb.lemma_.lower() not in status_words()["reschedule_verbs"] and verb.lower_ not in \
            status_words()["reschedule_verbs"]:
        return False
    if not (present_perfect(verb) or verb.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.lemma_ == "be" and c.tag_ in {"VBZ", "VBP"} for c in children(verb))):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _NEW_DAY_PREPS and any(x.ent_type_ == "DATE" for x in c.subtree)
               for c in children(verb))
