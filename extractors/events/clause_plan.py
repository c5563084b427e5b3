"""Status inherited along the clause tree: an event named in a phrase that frames another clause ('after their
meeting', 'during the visit', 'before the summit', 'on his trip to Lima') has no tense of its own; when the clause it
frames is told as a plan ('are expected to announce', 'will sign', 'is to meet', 'could visit'), the framing event
is still to come as well. Before, such a phrase was read by its preposition alone ('after' made the event past) or
left to the days, whatever the clause it hangs on said.

Only a plan is inherited: a clause told in the past ('after the talks, they signed') leaves the preposition's own
reading, and 'since' (a span reaching back from now) is never inherited.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .status_cues import has_future_aux, possibility, status_words

_FRAMING = frozenset({"after", "following", "during", "in", "over", "amid", "throughout", "at", "on", "before",
                      "ahead", "prior", "upon"})
_PRESENT = frozenset({"VBZ", "VBP"})


def _present_be(t: Token) -> bool:
    """'is', 'are' (not 'was', 'had been'): the plan still stands as the report is written."""
    return t.lemma_ == "be" and t.tag_ in _PRESENT


def plan_clause(v: Token) -> bool:
    """Whether the clause headed by ``v`` is told as a plan standing at the time of the report: a future or
    possibility auxiliary ('will sign', 'could meet'), a planning word in the present ('are expected to', 'plans
    to', 'is due to'), or 'be to' in the present ('are to sign'). A past planning word ('were expected to') is left
    to the other rules: the plan may have been carried out since."""
    if v.pos_ not in {"VERB", "AUX", "ADJ"}:
        return False
    if has_future_aux(v) or possibility(v):
        return True
    w = status_words()["planned_governors"]
    kids = list(children(v))
    if v.lemma_.lower() in w or v.lower_ in w:
        if v.tag_ in _PRESENT:
            return True
        if any(c.dep_ in {"aux", "auxpass"} and _present_be(c) for c in kids):
            return True
        if v.pos_ == "ADJ" and v.dep_ == "acomp" and _present_be(v.head):
            return True
    return _present_be(v) and any(c.dep_ == "xcomp" and any(x.dep_ == "aux" and x.lower_ == "to"
                                                             for x in children(c)) for c in kids)


def framing_plan(prep: Token) -> bool:
    """``prep`` ('after', 'during', ...) heads a phrase framing a clause told as a plan: the event it names takes the
    plan's status ('After their meeting, the two are expected to sign an accord')."""
    return prep.dep_ == "prep" and prep.lower_ in _FRAMING and plan_clause(prep.head)
