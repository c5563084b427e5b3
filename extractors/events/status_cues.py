"""Wording that tells an event's status only together with its days, and the word lists every status rule reads.

``status.modality`` reads the clause around a trigger; the cues here are the ones whose answer is not a status on
its own: a possibility ('could meet') is a plan only while its day is ahead, a programme read out ('her engagements
begin with a meeting') lists what is still to come, the purpose of an arrival ('arrived on Wednesday for the summit')
lies ahead of it. Each cue is a predicate over the parse; ``status.status_of`` sets it against the dates.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..tree import children
from .leg_words import leg_verbs
from .triggers import lexicon

_DATA = Path(__file__).parent / "data" / "status.json"


@lru_cache(maxsize=1)
def status_words() -> dict[str, frozenset[str]]:
    """The word lists of ``data/status.json`` (cancel verbs, planned governors, reporting verbs, ...)."""
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_") and isinstance(v, list)}


@lru_cache(maxsize=1)
def event_kinds() -> dict[str, str]:
    """Noun or verb lemma -> the kind of event it names ('trip' -> travel, 'talk' -> meeting)."""
    raw = json.loads(_DATA.read_text(encoding="utf-8"))["event_kinds"]
    return {lemma: kind for kind, lemmas in raw.items() for lemma in lemmas}


def _has_aux(t: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in words for c in children(t))


def is_plan_word(t: Token) -> bool:
    """'scheduled', 'expected', 'due', 'plans': a word that plans what it governs (``planned_governors``), read by
    its lemma or, where the model lemmatises it oddly, by its form."""
    words = status_words()["planned_governors"]
    return t.lemma_.lower() in words or t.lower_ in words


def has_future_aux(t: Token) -> bool:
    """'will meet', 'would be received': ``t`` carries an auxiliary of the future (``future_aux``)."""
    return _has_aux(t, status_words()["future_aux"])


def possibility(t: Token) -> bool:
    """'Ana could meet Bo', 'talks may resume', 'who would be leaving for Lima', 'could be received by the king':
    a modal of possibility on a bare verb, or on the bare 'be' of a progressive or a passive, tells an event that
    may still come; 'could have met' (a perfect) and 'could not meet' (a denial) are not plans."""
    bare = t.tag_ == "VB" or t.tag_ in {"VBG", "VBN"} and any(
        c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" and c.tag_ == "VB" for c in children(t))
    return bare and _has_aux(t, status_words()["possibility_aux"]) and not any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_ == "have") for c in children(t))


def going_to(t: Token, below: Token | None) -> bool:
    """'is going to meet her': 'go' is a plan only as 'be going to' with the event as its infinitive complement,
    not 'going to Peru to meet her' (a journey whose purpose is the meeting)."""
    return t.tag_ == "VBG" and _progressive(t) and below is not None and below.dep_ == "xcomp"


def _progressive(t: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "be" for c in children(t))


def futurate(t: Token, *, reported: bool = False) -> bool:
    """'The president is going to Chile', 'who is heading to Oslo', 'are leaving for Lima at the end of the week': a
    present progressive of a journey verb (futurate_verbs) heading somewhere (goal_words) tells a journey arranged
    for later or under way, its arrival still ahead, unless its own days say otherwise. In reported speech
    (``reported``: 'said he was flying home') the report's past progressive is that present. 'Is travelling in Asia'
    (no goal) tells a trip going on, not one to come."""
    w = status_words()
    tense = {"VBZ", "VBP", "VBD"} if reported else {"VBZ", "VBP"}
    return t.tag_ == "VBG" and t.lemma_.lower() in w["futurate_verbs"] and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in tense for c in children(t)) and any(
        c.dep_ in {"prep", "advmod"} and c.lower_ in w["goal_words"] or c.dep_ == "dobj" for c in children(t))


def hedged(t: Token) -> bool:
    """'There were fears that the hosts had postponed the trip', 'officials denied reports that the visit was
    cancelled': a clause that is the content of a word of fear, rumour, doubt or denial (hedge_words), or of a noun
    such a verb governs, tells no fact; what it says happened to an event is not what the page reports of it."""
    if t.dep_ not in {"acl", "ccomp"}:
        return False
    words = status_words()["hedge_words"]
    head = t.head
    if head.lemma_.lower() in words:
        return True
    return head.pos_ == "NOUN" and head.dep_ in {"dobj", "attr", "nsubj"} and head.head.lemma_.lower() in words


def factive_complement(t: Token) -> bool:
    """'I appreciate Ana Ruiz going to Peru', 'welcomed Bo visiting Lima': a gerund clause with its own subject,
    taken as fact by the verb it completes (factive_verbs): the event happened, unless its days are ahead."""
    if t.tag_ != "VBG":
        return False
    words = status_words()["factive_verbs"]
    if t.dep_ in {"ccomp", "dobj", "xcomp"} and any(c.dep_ in {"nsubj", "poss"} for c in children(t)):
        return t.head.lemma_.lower() in words
    return t.dep_ == "acl" and t.head.dep_ == "dobj" and t.head.head.lemma_.lower() in words


def mistagged_present(t: Token) -> bool:
    """'President and first lady greet the pope at the airport' (a caption) tagged VB: a bare verb heading its
    sentence with a subject and no auxiliary or 'to' is a simple present the tagger missed."""
    return t.tag_ == "VB" and t.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in children(t)) and not any(
        c.dep_ in {"aux", "auxpass"} for c in children(t))


def programme_frame(chain: list[Token]) -> bool:
    """'As per the itinerary, the envoy calls on the mayor at noon', 'Her engagements begin with a meeting', 'a
    four-day tour that includes meetings with A and B': a clause that reads out a schedule (framed by 'as per' /
    'according to' a schedule noun, with a schedule noun as the subject of a present tense, or a present verb of
    inclusion whose subject is a trip or a schedule) lists what is still to come. Told in the past tense ('as per the
    itinerary, the envoy called on the mayor', 'a tour that included talks') it reports a step done, and status_of
    leaves it to the tense."""
    w = status_words()
    for t in chain:
        if t.pos_ not in {"VERB", "AUX"}:
            continue
        if _includes_steps(t, w):
            return True
        for c in children(t):
            if c.dep_ == "prep" and c.lower_ in {"as", "according"} and _names_schedule(c, w):
                return True
            if c.dep_ == "nsubj" and c.lemma_.lower() in w["schedule_nouns"] and t.tag_ in {"VBZ", "VBP"}:
                return True
        if t.dep_ in {"ccomp", "parataxis", "relcl", "advcl"}:
            break
    return False


def _includes_steps(verb: Token, w: dict[str, frozenset[str]]) -> bool:
    """'a tour that includes meetings with A', 'her programme features a visit to the plant': a present verb of
    inclusion (inclusion_verbs) whose subject, or the noun its relative clause hangs on, names a trip or a schedule
    reads out the steps of what is arranged. A meeting or anything else that 'includes' is no programme."""
    if verb.tag_ not in {"VBZ", "VBP"} or verb.lemma_.lower() not in w["inclusion_verbs"]:
        return False
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    whole = verb.head if verb.dep_ == "relcl" else subject  # "a tour that includes": the noun the clause hangs on
    if whole is None or whole.pos_ not in {"NOUN", "PROPN"}:
        return False
    lemma = whole.lemma_.lower()
    return lemma in w["schedule_nouns"] or event_kinds().get(lemma) == "travel"


def _names_schedule(prep: Token, w: dict[str, frozenset[str]]) -> bool:
    """'as per the itinerary', 'according to the programme': the schedule noun two prepositions down."""
    for p in children(prep):
        if p.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in w["schedule_nouns"]
                                    for o in children(p)):
            return True
    return False


def journey_purpose(tok: Token) -> str | None:
    """'arrived in Oslo on Thursday to attend the summit', 'left for Oslo on Saturday to attend the summit', 'departed
    on Monday for talks with the mayor': an event named as what an arrival or a departure is for starts no earlier
    than the traveller gets there; the journey's past tense tells the journey, not the event done. 'arrival' or
    'departure' by the verb, else None. A trip named so ('left for a three-day visit') is the journey itself."""
    verb = _purpose_verb(tok, infinitive=True)
    return None if verb is None else _journey_kind(verb)


def arrival_purpose(tok: Token) -> bool:
    """'arrived in Oslo on Wednesday for the summit': the 'for' of ``journey_purpose`` after an arrival, which the
    merge reads as telling an event still to come on the arrival's day. A journey told whole ('travelled to Oslo on
    Friday for talks') takes its purpose with it, as the verb's tense says."""
    verb = _purpose_verb(tok, infinitive=False)
    return verb is not None and _journey_kind(verb) == "arrival"


def _purpose_verb(tok: Token, infinitive: bool) -> Token | None:
    """The verb whose journey the event noun ``tok`` is the purpose of: through 'for' ('departed for talks') or, with
    ``infinitive``, as the object of a 'to' clause ('left to attend the summit'). None when ``tok`` names a trip
    ('arrived for a three-day visit': begun on arrival) or the word it hangs on is no verb."""
    if tok.pos_ not in {"NOUN", "PROPN"} or event_kinds().get(tok.lemma_.lower()) == "travel":
        return None
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.dep_ == "prep":
        verb = head.head  # "departed for talks"
    elif infinitive and tok.dep_ == "dobj" and head.dep_ == "advcl" and head.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children(head)):
        verb = head.head  # "left to attend the summit"
    else:
        return None
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def _journey_kind(verb: Token) -> str | None:
    """'arrival' or 'departure' by the verb's lemma (``arrival_verbs``, ``leg_words.departure_verbs``), else None."""
    lemma = verb.lemma_.lower()
    if lemma in status_words()["arrival_verbs"]:
        return "arrival"
    return "departure" if lemma in leg_verbs().departure_verbs else None


def partial(path: list[Token]) -> bool:
    """'cancelled the private part of his trip', 'called off the last leg of the tour': the calling-off reaches the
    event through a noun naming a part of it (part_nouns) on ``path`` (the tokens between the event and the calling-off
    word), so only that part is off; the event itself goes on."""
    words = status_words()["part_nouns"]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in words for t in path)


def story_calls_off(tok: Token) -> bool:
    """Whether the article tells of something called off ('postponed', 'the cancellation of'): in such a story a
    schedule told in the past ('was scheduled to travel next week') is the one that fell through. A calling-off
    whose object is named as another kind of event than ``tok``'s says nothing of it ('Assad suspended the talks' in
    a story where the envoy 'was scheduled to return to Damascus on Tuesday')."""
    words = status_words()["lapse_words"]
    kinds = {spec.event_type for spec in lexicon().specs_for(tok)}
    for t in tok.doc:
        if t.lemma_.lower() not in words or hedged(t):
            continue
        called = {event_kinds().get(o.lemma_.lower()) for o in _called_off(t)} - {None}
        if not called or not kinds or called & kinds:
            return True
    return False


def _called_off(t: Token) -> list[Token]:
    """What a calling-off word names: 'postponed the visit', 'the visit was postponed', 'the postponement of the
    talks', with their conjuncts ('cancelled the visit and the talks')."""
    named = [c for c in children(t) if c.dep_ in {"dobj", "nsubjpass"}]
    named += [o for p in children(t) if p.dep_ == "prep" and p.lower_ == "of" for o in children(p) if o.dep_ == "pobj"]
    return named + [c for n in named for c in n.conjuncts]


def body_present(tok: Token) -> bool:
    """'On the way home, she visits a shipyard in Bergen as well.': a simple present told in a full sentence of
    the body (one that ends with a full stop, as a headline or a caption line does not) is the present in which a
    programme is told; with no day of its own it is still to come. A headline's present ('Ruiz meets Weber in Lima')
    tells the day's news; an event noun as the subject of a present ('her trip opens a new chapter') is no
    programme step, and its days decide."""
    if tok.pos_ not in {"VERB", "AUX"} or tok.tag_ not in {"VBZ", "VBP"}:
        return False
    sent = tok.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text in {".", "!"} and last.i > tok.i
