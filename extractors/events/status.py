"""Whether an event happened, is planned, or was called off: from modality and tense around the trigger, and
failing those from its date relative to the article date.

Explicit wording wins over dates: "are expected to make a courtesy call" is planned even when the call's day is
already past in a later article's terms, because status is what this article reports.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from ..tree import children
from .clause_plan import framing_plan, plan_clause
from .own_relative import relative_plan
from .phrases import ahead_of_subject
from .plan_tense import (
    LAPSED,
    lapsed_plan,
    moved_to_new_day,
    overtaken,
    passive_plan,
    past_perfect,
    plan_status,
    present_perfect,
    reported,
    trip_called_off_with,
)
from .status_cues import (
    body_present,
    event_kinds,
    factive_complement,
    futurate,
    going_to,
    has_future_aux,
    hedged,
    is_plan_word,
    journey_purpose,
    mistagged_present,
    partial,
    possibility,
    programme_frame,
    status_words,
    story_calls_off,
)
from .tense_fallback import governing_status
from .triggers import lexicon

# modality() markers for wording whose status status_of decides from the event's days
PRESENT = "present"  # a bare present tense ("leaves on Friday", a caption)
POSSIBLE = "possible"  # a modal of possibility ("could meet"): a plan while its day is ahead
FUTURATE = "futurate"  # a present progressive of a journey ("is going to Chile"): a plan unless its days are past
PROGRESSIVE = "progressive"  # "is arriving in Lima tonight", "is meeting her today": a plan while its own day is ahead


def _purpose(t: Token) -> bool:
    """'approving a measure to send troops', 'flew to Paris to meet her': a to-infinitive adverbial clause has no
    tense of its own; what happened to it is what the verb it serves says."""
    return t.dep_ == "advcl" and t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t))


def participle_adjunct(t: Token) -> bool:
    """'Returning from Oslo, she told reporters ...': a bare participle clause (no subject, auxiliary or conjunction of
    its own) has no tense of its own; it happens when the verb it hangs on says."""
    return t.dep_ == "advcl" and t.tag_ in {"VBG", "VBN"} and not any(
        c.dep_ in {"mark", "nsubj", "nsubjpass", "aux", "auxpass"} for c in children(t))


def _mistagged_past(t: Token) -> bool:
    """'The two envoys, flanked by aides, agreed ...' tagged VBN: a past participle with a subject and no
    auxiliary cannot head its clause, so the tagger missed a simple past."""
    return t.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in children(t)) and not any(
        c.dep_ in {"aux", "auxpass"} for c in children(t))


def _ongoing(tok: Token) -> bool:
    """'her current visit', 'the ongoing talks': going on as the report is written, so begun."""
    return tok.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "amod" and c.lower_ in status_words()["ongoing_modifiers"] for c in children(tok))


def _present_passive(t: Token) -> bool:
    """'is meant', 'are seen as': a participle whose only auxiliary is a present 'be' (not 'has been', 'was')."""
    aux = [c for c in children(t) if c.dep_ in {"aux", "auxpass"}]
    return t.tag_ == "VBN" and bool(aux) and all(c.lemma_ == "be" and c.tag_ in {"VBZ", "VBP"} for c in aux)


def _progressive_present(t: Token) -> bool:
    """'is breaking off her holiday': a present progressive, the moment the report is written."""
    return t.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} and c.lemma_ == "be"
                                   for c in children(t))


def _planned_by_past_perfect(plan: Token, above: Token | None) -> bool:
    """'had published the schedule of her Friday talks': a plan noun whose own verb is a past perfect, a plan
    the report has seen overtaken, like 'had been scheduled to'."""
    return plan.pos_ == "NOUN" and above is not None and above == plan.head and past_perfect(above)


def _purpose_end(chain: list[Token]) -> int:
    """Index of the first purpose clause in ``chain`` (its last index when there is none): what governs a purpose
    clause can say whether it happened, but cancelling that verb does not cancel the purpose."""
    return next((k for k, t in enumerate(chain) if _purpose(t)), len(chain) - 1)


def _presupposed(chain: list[Token]) -> bool:
    """'China is expected to be high on the agenda at the meeting': what is expected is the agenda; the meeting, named
    as where it happens, is taken for granted. Its status then comes from its date, not from 'expected'."""
    return (len(chain) >= 3 and chain[0].pos_ in {"NOUN", "PROPN"} and chain[0].dep_ == "pobj"
            and chain[1].lower_ in {"at", "during"} and chain[2].pos_ in {"VERB", "AUX"})


def _finite_frame(verb: Token) -> Token | None:
    """The verb whose tense tells when a scene is: ``verb`` itself, or for a to-infinitive ('has made attempts to calm
    the unions during her visit'), which has no tense of its own, the finite verb it completes, through the noun it
    qualifies. None past a planning word reached that way ('agreed to meet during the visit', 'a bid to meet during
    the visit': the scene is still to come whatever the tense of the agreeing; 'trade is expected to be high on the
    agenda at the meeting' forecasts something else), as before this climb."""
    t = verb
    for step in range(4):
        if step and is_plan_word(t):
            return None
        if not (t.pos_ in {"NOUN", "PROPN"} and t.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"}
                or t.tag_ == "VB" and _infinitive(t) and t.dep_ in {"acl", "xcomp"}):
            return t
        t = t.head
    return None


def _frame_status(verb: Token) -> str | None:
    """The status of an event that sets the scene of ``verb`` ('signed during the visit', 'During the visit she
    will be received by the king'): the scene is there when the verb happens, so a verb told as past makes it past
    and one told with 'will' makes it still to come. A present perfect ('has held talks during her tour') is done
    by the time of the report, so its scene has begun too. A forecast of something else ('trade is expected to be
    high on the agenda at the meeting') leaves the scene to its date: the meeting may be that very day."""
    if verb.tag_ == "VBD" or present_perfect(verb) or (verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl"} and not any(
            c.dep_ in {"aux", "auxpass"} for c in children(verb))):
        return "occurred"
    return "planned" if has_future_aux(verb) or plan_clause(verb) else None


def _chain(tok: Token, limit: int = 5) -> list[Token]:
    """The trigger and the verbs/prepositions governing it, up to the clause it reports (not past a 'said')."""
    out = [tok]
    t = tok
    for _ in range(limit):
        if t.head == t or t.dep_ in {"ccomp", "parataxis"}:
            break
        if t.dep_ in {"relcl", "advcl"} and t.pos_ in {"VERB", "AUX"} and not _purpose(t) \
                and not participle_adjunct(t):
            break
        t = t.head
        out.append(t)
    return out


def complement_chain(tok: Token) -> list[Token]:
    """For an event noun that is the subject of a raising or copular predicate ('the summit is likely to be held
    on Friday', 'talks are expected to take place in Rome'), the predicate's complements down to the verb that
    says what happens to the event: that clause, not the noun's own phrase, carries its day and its status."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    out, t = [], tok.head
    for _ in range(4):
        t = next((c for c in children(t) if c.dep_ in {"xcomp", "acomp"}), None)
        if t is None:
            break
        out.append(t)
    return out


def _called_off_predicate(tok: Token) -> bool:
    """'the trip remains postponed', 'the talks stay suspended': the event is the subject of a predicate that calls
    it off; not when a plan word comes first ('the summit is expected to be delayed' is a forecast)."""
    w = status_words()
    chain = complement_chain(tok)
    for t in [tok.head, *chain] if chain else []:
        lem = t.lemma_.lower()
        if lem in w["cancel_verbs"]:
            return True
        if is_plan_word(t):
            return False
    return False


def _raised_plan(tok: Token) -> str | None:
    """'the summit is likely to be held', 'the visit is to take place', 'talks are set to resume': a plan, told in
    the tense of its planning word ('the meeting was to be the first between them' lapsed, ``plan_tense``)."""
    w = status_words()
    head = tok.head
    for t in [head, *complement_chain(tok)]:
        if is_plan_word(t):
            return plan_status(t)
        if any(c.dep_ == "aux" and c.lower_ in w["future_aux"] for c in children(t)):
            return "planned"
        if t.lemma_ == "be" and any(c.dep_ == "xcomp" and _infinitive(c) for c in children(t)):
            return plan_status(t)
    return None


def _infinitive(t: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t))


def _reported_future(t: Token) -> bool:
    """'said she would see the minister': 'would' in reported speech is the future of the report."""
    w = status_words()
    return (t.dep_ == "ccomp" and t.head.lemma_.lower() in w["reporting_verbs"]
            and any(c.dep_ == "aux" and c.lower_ in {"would", "'d", "’d"} for c in children(t))
            and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in children(t)))


def bare_complement_of_future(t: Token) -> bool:
    """'the tour will see them travel to Lima', 'will let her meet the mayor': a bare infinitive with its own subject
    completing a verb has no tense of its own; when that verb is a future, so is the complement ('demanded that they
    go', a past, still reports nothing as done)."""
    return (t.dep_ == "ccomp" and t.tag_ == "VB" and not _infinitive(t)
            and not any(c.dep_ in {"mark", "aux"} for c in children(t)) and has_future_aux(t.head))


def _same_event(subj: Token, trigger: Token) -> bool:
    """Whether a later clause's subject can stand for the trigger's event: the plan itself ('it', 'the plan') or a
    noun of the same kind ('visit' ... 'the trip'), not another event told beside it ('talks' beside a visit)."""
    kinds = event_kinds()
    lemma = subj.lemma_.lower()
    if lemma in status_words()["plan_anaphors"]:
        return True
    mine = kinds.get(trigger.lemma_.lower())
    return lemma in kinds and (mine is None or kinds[lemma] == mine)


def _overturned(chain: list[Token]) -> bool:
    """'was expected to visit Oslo in May, but the trip never took place' / 'but it was postponed': a later clause
    about the same event calls it off."""
    w = status_words()
    top = chain[-1]
    for c in children(top):
        if c.dep_ != "conj" or c.pos_ not in {"VERB", "AUX"} or c.i < chain[0].i:
            continue
        subj = next((x for x in children(c) if x.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or not _same_event(subj, chain[0]):
            continue
        if c.lemma_.lower() in w["cancel_verbs"] or any(x.dep_ == "neg" for x in children(c)):
            return True
    return False


def _setting(t: Token | None) -> bool:
    """'During a call, X told Y ...', 'in talks, she asked ...', 'Opening the talks, she called ...': a phrase
    setting the scene of the verb, not what the verb plans or asks for ('told him to visit', 'called for talks')."""
    if t is not None and participle_adjunct(t):
        return True  # "Opening the talks, she called for calm": an adverbial, not what 'call' asks for
    w = status_words()
    if t is not None and t.dep_ == "prep" and ahead_of_subject(t):
        return True  # "On his trip to Lima, she called on the mayor": a phrase ahead of the subject sets the scene
    return t is not None and t.dep_ == "prep" and (t.lower_ in {"during", "in", "at", "over", "amid", "throughout"}
                                                   or t.lower_ in w["before_preps"] | w["after_preps"])


def _called_off_after(plan: Token, w: dict) -> bool:
    """'was scheduled to visit ... but had to cancel', '... but postponed it': the plan's own clause goes on to call
    it off (a verb coordinated with the plan's governor, or that verb's complement, is a cancelling verb)."""
    for c in plan.children:
        if c.dep_ != "conj" or c.pos_ not in {"VERB", "AUX"}:
            continue
        if any(x.lemma_.lower() in w["cancel_verbs"] for x in [c, *(k for k in c.children if k.dep_ == "xcomp")]):
            return True
    return False


def visiting_modifier(tok: Token) -> bool:
    """'the visiting prime minister', 'told visiting Prime Minister X': a participle describing a person who is on a
    visit, not a verb of its own (the parser may hang it as the complement of the verb done to the visitor)."""
    if tok.tag_ != "VBG":
        return False
    if tok.dep_ == "amod":
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in status_words()["host_verbs"]
            and not any(c.dep_ in {"dobj", "dative"} and c.i < tok.i for c in tok.head.children)
            and nxt is not None and nxt.pos_ == "PROPN")


def modality(tok: Token) -> str | None:
    """'cancelled' | 'planned' | 'occurred' from wording alone, else None."""
    w = status_words()
    if visiting_modifier(tok):
        return PRESENT  # "told the visiting prime minister": on the visit at the time the clause tells
    chain = _chain(tok)
    if _overturned(chain) or _called_off_predicate(tok):
        return "cancelled"
    if moved_to_new_day(tok):
        return "planned"  # "the tour has been put off to June 3": still on, for its new day
    purpose_end = _purpose_end(chain)
    if _purpose(chain[purpose_end]) and trip_called_off_with(chain[purpose_end]):
        return "cancelled"  # "cancelled his visit to Lima to meet the mayor": what the trip was for is off with it
    coordinated = False  # "cancelled the meeting and conferred instead": a verb coordinated with 'cancel' happened
    for k, t in enumerate(chain[:purpose_end + 1]):  # "suspended her campaign to attend the funeral": not off
        lem = t.lemma_.lower()
        if not coordinated and (lem in w["cancel_verbs"] or lem in w["cancel_nouns"] and t != tok
                                or (lem == "call" and any(c.lower_ == "off" for c in children(t)))):
            # "fears that the hosts had postponed the trip" tells no fact; "cancelled the last leg of the trip"
            # calls off a part: neither calls the event off
            return None if hedged(t) or partial(chain[1:k]) else "cancelled"
        if any(c.dep_ == "neg" for c in children(t)) and t.pos_ in {"VERB", "AUX"} and t == tok:
            return "cancelled" if t.tag_ in {"VBD", "VBN"} else None
        coordinated = coordinated or (t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"})
    if is_plan_word(tok) and lexicon().presence_participle(tok):
        return plan_status(tok)  # "is expected in Lima": the plan is the trigger itself; "was expected in" lapsed
    if (own := relative_plan(tok)) is not None:
        return own  # "chose the city as the venue for the summit, which will be held in May": the event's own clause
    if _presupposed(chain):  # what the verb it hangs on says still holds ("made remarks at a meeting")
        frame = _finite_frame(chain[2])
        return _frame_status(frame) if frame is not None else None
    if complement_chain(tok) and (raised := _raised_plan(tok)) is not None:
        return raised
    if under_way(tok) or _ongoing(tok):
        return "occurred"
    for k, t in enumerate(chain):
        lem = t.lemma_.lower()
        kids = list(children(t))
        below = chain[k - 1] if k else None
        if lem == "be" and below is not None and below.dep_ == "xcomp" and _infinitive(below):
            return plan_status(t)  # "she is to meet the president", "the talks are to resume"; "was to" lapsed
        if _reported_future(t):
            return "planned"
        if bare_complement_of_future(t):
            return "planned"  # "the visit will see them travel to Lima": the future of the verb it completes
        if below == tok and passive_plan(tok) == t:
            return plan_status(t)  # "the summit had been scheduled for Wednesday": the event is what is planned
        if below is not None and below.dep_ in {"nsubj", "nsubjpass"} and lem in w["planned_governors"]:
            continue  # "the summit pledged to ...": the event is the subject, not the plan
        if has_future_aux(t):
            return "planned"
        if possibility(t):
            return POSSIBLE  # "speculated that she could meet him"
        if t == tok and futurate(t, reported=reported(t)):
            return FUTURATE  # "the president is going to Chile", "who is heading to Oslo", "said he was flying home"
        if factive_complement(t):
            return "occurred"  # "appreciate Ana going to Peru to meet him": taken as fact
        if is_plan_word(t) and t != tok \
                and not (lem == "go" and not going_to(t, below)) and not _setting(below):
            # ("is going to meet" is a plan; "went into talks" and "going to Peru to meet" are not)
            if overtaken(t) or _planned_by_past_perfect(t, chain[k + 1] if k + 1 < len(chain) else None):
                return "cancelled"  # "she had been scheduled to hold talks": a plan overtaken by what happened
            if _called_off_after(t, w):
                return "cancelled"  # "was scheduled to visit in March but had to cancel"
            if lapsed_plan(t):
                return LAPSED  # "was scheduled to fly on Friday": off, unless Friday is still ahead
            return "planned"
        if t != tok and below is not None and below.lower_ == "to" and any(
                c.lower_ in w["planned_governors"] for c in kids if c.dep_ in {"advmod", "prt"}):
            return "planned"  # "looked forward to meeting"
        if t.pos_ in {"NOUN", "PROPN"} and any(c.lower_ in w["planned_modifiers"] for c in kids):
            return "planned"
        if t != tok and framing_plan(t):
            return "planned"  # "After their meeting, the two are expected to sign": the frame of a plan is ahead
        if t.dep_ == "prep" and t.lower_ in w["before_preps"] and t != tok:
            if below is not None and below.tag_ == "VBG":
                continue  # "toured a plant before flying on to Maputo": as the verb it hangs on says
            return "planned" if t.lower_ != "before" else None
        if t.lower_ == "ahead" and any(c.lower_ == "of" for c in kids):
            return "planned"
        if t.dep_ == "prep" and t.lower_ in w["after_preps"] and t != tok:
            return "occurred"
        if lem in w["planned_governors"] and t.pos_ == "ADJ":
            return "planned"
        if below is not None and _purpose(below) and _progressive_present(t):
            return "planned"  # "is breaking off her holiday to fly home": the purpose is still to come
        if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"xcomp", "amod", "acl", "pcomp"} and not _purpose(t) \
                and not participle_adjunct(t):
            if _progressive_present(t):
                return PROGRESSIVE  # the report's moment or an arrangement ahead: its own day decides
            if k == 1 and tok.dep_ == "nsubjpass" and tok.pos_ == "NOUN" and _present_passive(t):
                return None  # "the visit is meant to deepen ties": said of the event now, its days decide
            if t.tag_ == "VBD" or _mistagged_past(t) or (t.tag_ == "VBN" and any(
                    (c.tag_ in {"VBD", "VBZ", "VBP"} or c.lower_ == "having") and c.dep_ in {"aux", "auxpass"}
                    for c in kids)):
                return "occurred"
            if t.tag_ in {"VBZ", "VBP"} and any(c.lemma_ == "be" for c in kids if c.dep_ == "aux"):
                return None
            if t.tag_ in {"VBZ", "VBP"} and any(c.dep_ in {"mark", "advmod"} and c.lower_ in w["future_marks"]
                                                and c.i < t.i for c in kids):
                return "planned"  # "before leaders meet in Vientiane", "when they meet": present for the future
            if (t.tag_ in {"VBZ", "VBP"} or mistagged_present(t)) and (
                    t == tok or k == 1 and tok.dep_ == "nsubj" and tok.pos_ == "NOUN"):
                # headline/caption present ("X meets Y in Lima"), a timetable ("leaves on Friday"), or the event as
                # the subject of a present ("her trip opens a new chapter"): what its days say
                return PRESENT
            if t.dep_ != "conj":  # "will leave ... and hold talks": the coordinated verb shares the head's aux
                break
    return None


_NOW_WORDS = frozenset({"currently", "now", "presently", "still"})


def under_way(tok: Token) -> bool:
    """'is on a three-day visit', 'currently on a tour of Asia': a trip or talks going on as the report is written,
    so begun (occurred), and not dated by the verb the phrase hangs on ('X, now on a visit, will fly on Friday')."""
    on = tok.head
    if tok.dep_ != "pobj" or tok.pos_ not in {"NOUN", "PROPN"} or on.dep_ != "prep" or on.lower_ != "on":
        return False
    if any(c.lower_ in _NOW_WORDS for c in children(on)):
        return True
    head = on.head
    if ahead_of_subject(on):
        return False  # "On his visit to Lima, he is to meet the mayor": a scene, not where he is now
    return head.lemma_ == "be" and head.tag_ in {"VBZ", "VBP"} and not any(
        c.dep_ == "aux" for c in children(head))


def status_of(tok: Token, start: date | None, end: date | None, article_date: date | None, *,
              own_day: bool = False) -> str:
    """``own_day``: the dates were written with the event ("leaves on Tuesday"), not taken from the article."""
    m = modality(tok)
    known = start is not None and article_date is not None
    ahead = known and (start > article_date or (own_day and start == article_date))  # today or still to come
    past = end is not None and article_date is not None and end < article_date
    if m in {None, PRESENT, PROGRESSIVE} and not past and programme_frame(_chain(tok)):
        return "planned"  # "Her engagements begin with a meeting": read out of a programme (a past tense is not)
    if m in {PRESENT, FUTURATE}:  # a present tense happened, unless its own day is today or still to come
        if m == PRESENT and start is None and end is None and body_present(tok):
            return "planned"  # a programme's present with no day: "on the way home she visits a shipyard."
        if m == FUTURATE:  # a journey arranged or under way: its arrival is ahead unless its days are gone
            return "occurred" if past else "planned"
        return "planned" if ahead else "occurred"
    if m == PROGRESSIVE:  # "is arriving in Lima tonight", told that day: still to come; with no such day, the days
        if ahead:         # decide as for any untensed mention
            return "planned"
        m = None
    if m == LAPSED:  # "was due to arrive on Thursday": the schedule as it stands while Thursday is ahead
        return "planned" if ahead and not story_calls_off(tok) else "cancelled"
    if m == POSSIBLE:  # "could meet": a plan while its day is ahead
        return "unknown" if past else "planned"
    if m == "occurred" and own_day and known and start > article_date:
        return "planned"  # "officials outlined the tour (from May 20)": the tour's own days are still to come
    journey = journey_purpose(tok) if m == "occurred" else None
    if journey == "arrival" and ahead:
        return "planned"  # "arrived on Wednesday for the summit", told that Wednesday: the summit is ahead
    if journey == "departure" and not past:
        return "planned"  # "left on Saturday to attend the summit": on the way, unless the days it has are gone
    if m:
        return m
    if tok.tag_ == "VB" and not (known and start > article_date):
        return "unknown"  # a bare verb ("demanded that they go to Singapore") reports nothing as done
    if article_date is not None:
        if start is not None and start > article_date:
            return "planned"
        if end is not None and end <= article_date:
            if not own_day and end == article_date and governing_status(tok) == "planned":
                return "planned"  # "said the summit will offer ...", the story's day being the report's: ahead
            return "occurred"
    return "unknown"
