"""The status an event noun's own relative clause tells: 'the summit, which will be held in May', 'his tour, which
is to take him to Lima', 'the talks that are expected to resume'.

An event named as a noun usually takes its status from the verb it hangs on ('attended the summit'). But when the
noun carries a relative clause whose subject is the event itself, that clause is the event's own predicate, and its
tense says what the event is: 'chose the city as the venue for the summit, which will be held in May' tells a
choice made in the past about a summit still to come; 'entrusting his journey, which will take him to Peru' tells a
journey ahead. Without this, the past tense of the governing verb leaked into the event and made a plan occurred.
Only a future or a plan is read here: a relative clause in the past ('the summit, which ended on Friday') leaves the
status to the verbs and days, as before. Nor is it read when the clause the noun hangs on has begun the event ('began
a visit that will have far-reaching effects', 'has arrived for a visit that will include talks'): there the future
tells what the visit under way will hold, not that it is still to come.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .leg_words import leg_verbs
from .plan_tense import plan_status
from .status_cues import has_future_aux, is_plan_word, status_words

_RELATIVE_TAGS = frozenset({"WDT", "WP"})  # 'which', 'that' (tagged WDT), 'who'


def _relative_subjects(verb: Token) -> set[str]:
    """'which will be held', 'that will end': the dependencies (nsubj, nsubjpass) by which the relative pronoun,
    standing for the event noun, is the verb's subject; empty when it is not."""
    return {c.dep_ for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in _RELATIVE_TAGS}


def _plan_of(verb: Token, passive: bool) -> str | None:
    """A future ('will be held'), 'be to' ('is to take place') or a planning word ('is scheduled for May', 'is
    expected to resume') in the relative clause's verb; the plan's own tense decides (``plan_tense``)."""
    w = status_words()
    if has_future_aux(verb):
        return "planned"
    if passive and is_plan_word(verb):
        return plan_status(verb)  # the event is what is planned, not the one planning ('which agreed to ...')
    if verb.lemma_ == "be":
        for c in children(verb):
            if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c)):
                return plan_status(verb)  # 'which is to take place'
            if c.dep_ == "acomp" and c.lemma_.lower() in w["planned_governors"]:
                return plan_status(c)  # 'which is due in May', 'which is likely to ...'
    return None


def begun_by_its_clause(tok: Token) -> bool:
    """'began a six-day visit', 'has arrived for a visit', 'arrived on a visit': the verb the noun hangs on starts it
    (a starting verb's object, or what an arrival is for or on)."""
    head = tok.head
    if tok.dep_ == "dobj":
        return head.lemma_.lower() in leg_verbs().start_verbs
    return tok.dep_ == "pobj" and head.lower_ in {"for", "on"} and head.dep_ == "prep" \
        and head.head.lemma_.lower() in status_words()["arrival_verbs"]


def relative_plan(tok: Token) -> str | None:
    """The status told by ``tok``'s own relative clause when it is an event noun whose clause tells a plan (and the
    clause it hangs on has not begun it); else None."""
    if tok.pos_ not in {"NOUN", "PROPN"} or begun_by_its_clause(tok):
        return None
    for rc in children(tok):
        if rc.dep_ == "relcl" and rc.pos_ in {"VERB", "AUX"} and (subjects := _relative_subjects(rc)):
            status = _plan_of(rc, "nsubjpass" in subjects)
            if status is not None:
                return status
    return None


__all__ = ["relative_plan"]
