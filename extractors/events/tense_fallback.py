"""The status of an event that neither its own wording nor its days decide, from the nearest tensed clause above it.

``status.modality`` reads the trigger's own clause and stops where that clause ends; ``status.status_of`` then sets
the event's days against the article's day. An event with no tense of its own and no day in sight ('became the first
leader to meet the king', 'agreed to have his aides meet', 'said the summit will offer a chance', 'Ruiz
returns for more talks') was left 'unknown', which no annotation uses: every such event was a status error. The
clause that holds it still tells when it stands: a future or a plan there makes it planned, a past makes it done.

The walk climbs from the trigger to the first verb with a tense of its own and reads that tense. It passes only
through what has no tense of its own and takes its time from its head: an event noun's phrase, an infinitive
relative of a noun ('the first leader to meet'), the bare verb of a causative ('have his aides meet'), the
infinitive of a planning word ('agreed to ...'), a participle adjunct, a coordinated verb. Any other untensed clause
(what was demanded, tried or refused: 'demanded that they go') stops the walk, and the event stays unknown.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .clause_plan import plan_clause
from .plan_tense import LAPSED, plan_status
from .status_cues import has_future_aux, possibility, status_words

# verbs whose bare-verb complement happens when they do ('had his aides meet', 'let them visit')
_CAUSATIVES = frozenset({"have", "let", "make", "help"})
_TENSED_PRESENT = frozenset({"VBZ", "VBP"})
_SCENE = frozenset({"at", "during", "in", "on", "over", "amid", "throughout"})  # 'at the meeting', 'during the visit'


def _to(t: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t))


def _told(v: Token) -> str | None:
    """What the tense of the verb ``v`` says about the events in its clause: 'planned', 'occurred' or None when
    ``v`` has no tense of its own (an infinitive, a participle, a gerund)."""
    w = status_words()
    if has_future_aux(v) or possibility(v) or plan_clause(v):
        return "planned"
    if v.lemma_.lower() in w["planned_governors"] and any(c.dep_ == "xcomp" for c in children(v)):
        status = plan_status(v)
        return None if status == LAPSED else status
    if (adj := _predicate_plan(v)) is not None:
        status = plan_status(adj)  # "is likely to open the fair, apart from holding talks": the predicate's plan
        return None if status == LAPSED else status
    aux = [c for c in children(v) if c.dep_ in {"aux", "auxpass"}]
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in aux):
        return None
    if v.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux) or (
            v.tag_ == "VBN" and any(c.lemma_ == "have" for c in aux)):
        return "occurred"
    if v.tag_ in _TENSED_PRESENT or any(c.tag_ in _TENSED_PRESENT for c in aux):
        return "occurred"  # a present with no day of the event in sight: the news of the report, as PRESENT reads
    return None


def _predicate_plan(v: Token) -> Token | None:
    """'is likely to', 'are due to', 'was set to': a 'be' whose predicate adjective is a planning word with an
    infinitive of its own; the planning word, whose tense ``plan_status`` reads through the 'be'."""
    if v.lemma_ != "be":
        return None
    w = status_words()["planned_governors"]
    return next((c for c in children(v) if c.dep_ == "acomp" and (c.lemma_.lower() in w or c.lower_ in w)
                 and any(x.dep_ == "xcomp" for x in children(c))), None)


def _narrating_present(v: Token) -> bool:
    """'will sail to Quito, where he chairs the talks', '... and meets the mayor': a simple present in a clause hung on
    another (a relative, adverbial or coordinated clause) with no 'to' or auxiliary of time: the tense in which a
    programme is told, not a time of its own."""
    return v.dep_ in {"relcl", "advcl", "conj"} and v.tag_ in _TENSED_PRESENT and not any(
        c.dep_ in {"aux", "auxpass"} for c in children(v))


def _planned_above(v: Token, limit: int = 6) -> bool:
    """Whether the nearest tensed verb above ``v`` tells a plan ('will sail to Quito, where ...')."""
    t = v
    for _ in range(limit):
        if t.head == t:
            return False
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            told = _told(t)
            if told is not None:
                return told == "planned"
    return False


def _transparent(v: Token, scene: bool) -> bool:
    """Whether the untensed verb ``v`` takes its time from its head: an infinitive relative of a noun ('the first
    leader to meet'), the bare complement of a causative ('have his aides meet'), the infinitive of a planning word
    (not for an event named as the scene of that infinitive, ``scene``: in 'China is expected to be high on the agenda
    at the meeting' what is expected is the agenda, the meeting is taken for granted), a participle adjunct, a
    conjunct, a gerund after a preposition."""
    if v.dep_ in {"acl", "relcl"} and _to(v):
        return True
    if v.dep_ == "xcomp" and _to(v) and v.head.lemma_ in {"be", "become"} and any(
            c.dep_ == "attr" for c in children(v.head)):
        return True  # the same relative hung on the copula: "will become the first minister to visit"
    if v.dep_ in {"ccomp", "xcomp"} and not _to(v) and v.tag_ == "VB" and v.head.lemma_.lower() in _CAUSATIVES:
        return True
    if v.dep_ == "xcomp" and _to(v) and v.head.lemma_.lower() in status_words()["planned_governors"]:
        return not scene
    if v.dep_ == "advcl" and v.tag_ in {"VBG", "VBN"} and not any(
            c.dep_ in {"mark", "nsubj", "nsubjpass", "aux", "auxpass"} for c in children(v)):
        return True
    return v.dep_ in {"conj", "pcomp"}


def governing_status(tok: Token, limit: int = 8) -> str | None:
    """'planned' | 'occurred' from the nearest tensed verb above ``tok`` (``tok`` itself when it is tensed), or None
    when an untensed clause that does not pass its time on, a reporting verb or the sentence's top comes first."""
    t, scene = tok, False
    for _ in range(limit):
        if t.pos_ in {"VERB", "AUX"}:
            told = _told(t)
            if told == "occurred" and _narrating_present(t) and _planned_above(t):
                return "planned"  # the programme's present takes the time of the plan it is told within
            if told is not None:
                return told
            if not _transparent(t, scene):
                return None
        scene = scene or t.dep_ == "prep" and t.lower_ in _SCENE
        if t.head == t:
            return None
        t = t.head
    return None


def settled(status: str, tok: Token) -> str:
    """The status an emitted event carries: an 'unknown' left by the wording and the days (and by every report
    merged into it) takes the tense of the clause that holds the trigger. Applied as the event is written out, not
    as candidates are built: ``unknown`` there still means 'the wording tells nothing' to the rules that drop a
    generic use, that rank candidates by what they say, or that take a status from another report of the event.
    A possibility whose day is gone ('could meet' last week) stays unknown."""
    if status != "unknown" or possibility(tok):
        return status
    return governing_status(tok) or status
