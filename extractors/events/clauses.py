"""Clause-level attachment: which verb an event trigger hangs on, and which parts of the sentence are its own.

A trigger takes its days and its status from its own clause: the verb it is an argument of, the control chain above
that verb ('expected to make a courtesy call'), a raised predicate's complements ('the summit is likely to be held
on Friday') and relative clauses about it ('the tour, which begins on May 20'); not from a reporting verb above it
('..., officials said on Monday') nor from another noun it sits inside ('the announcement on April 21 of the visit').
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from ..records import Timex
from .plan_tense import past_perfect, present_perfect
from .status import complement_chain, status_words
from .triggers import lexicon


def governing_verb(tok: Token) -> tuple[Token | None, str]:
    """Climb from a noun through prepositions/objects to the verb it is an argument of; returns (verb, how) where
    how is the noun's relation on the way ('dobj', 'pobj', 'nsubj', ...)."""
    t, how = tok, tok.dep_
    for _ in range(6):
        if t.head == t:
            return None, how
        if t.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass", "attr", "prep", "conj", "appos", "pcomp", "oprd",
                      "npadvmod", "dative"}:
            if t.dep_ == "prep" and t.lower_ == "of" and t.head.pos_ in {"NOUN", "PROPN"} and t.head.i != tok.i:
                return None, how  # "made the announcement on April 21 of the visit": the verb is the announcement's
            t = t.head
            if t.pos_ in {"VERB", "AUX"}:
                return t, how
            if t.dep_ == "prep":
                how = "pobj"
            continue
        return None, how
    return None, how


_TRIP_NOUNS = frozenset({"visit", "tour", "trip"})


def trip_noun_of(verb: Token) -> Token | None:
    """'visit three states on a four-day tour beginning Wednesday', 'arrived on Friday for a three-day visit':
    the trip noun a travel verb is 'on' or 'for', which says the days of the same trip."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    return next((o for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "for"}
                 for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in _TRIP_NOUNS), None)


def trigger_anchors(tok: Token) -> list[Token]:
    """Trigger and its control chain ('expected to make a courtesy call' -> call, make, expected), and the trip
    noun a travel verb is 'on'."""
    out = [tok]
    if (trip := trip_noun_of(tok)) is not None:
        out.append(trip)
    t = tok
    verb, _ = governing_verb(tok) if tok.pos_ in {"NOUN", "PROPN"} else (None, "")
    out += relative_clauses(tok)  # "the tour, which will take him to Ghana from May 20": its days are the tour's
    if (held := holding_clause(tok)) is not None:
        out.append(held)  # "the talks that A held with B on Monday": the day they were held
    if verb is not None:
        out.append(verb)
        t = verb
        out += complement_chain(tok)  # "the summit is likely to be held on Friday": the day hangs on 'held'
    while t.dep_ in {"xcomp", "auxpass", "aux"} and t.head != t:
        t = t.head
        out.append(t)
    return out


_RELATIVE_TAGS = frozenset({"WDT", "WP"})  # 'which', 'that' (tagged WDT), 'who'


def holding_clause(tok: Token) -> Token | None:
    """'the talks that A held with B on Monday', 'the meeting the minister had with X': a meeting noun's relative
    clause whose verb holds it (a support verb: 'held', 'had', 'attended') with the noun as its object, not its
    subject ('the talks, which were held ...' is ``relative_clauses``'). That clause tells the meeting: its subject
    and its 'with' are the sides, its place and day are the meeting's. None for any other noun or clause ('the
    meeting that he said was useful', 'talks that A had proposed to B')."""
    lex = lexicon()
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.meeting_nouns:
        return None
    for rc in tok.children:
        if rc.dep_ != "relcl" or rc.pos_ != "VERB" or rc.lemma_.lower() not in lex.support_verbs:
            continue
        subj = [c for c in rc.children if c.dep_ == "nsubj"]
        objs = [c for c in rc.children if c.dep_ in {"dobj", "xcomp", "ccomp"}]
        if subj and not any(s.tag_ in _RELATIVE_TAGS for s in subj) \
                and all(o.dep_ == "dobj" and o.tag_ in _RELATIVE_TAGS for o in objs):
            return rc
    return None


def relative_clauses(tok: Token) -> list[Token]:
    """Verbs of relative clauses about an event noun ('the visit, which begins on Monday'), reduced ones too ('the
    meeting, originally planned for Tuesday')."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return []
    # the parser may hang "which ..." on the noun's 'of' object ("the tour of President X, which will take him")
    heads = [tok, *[o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]]
    return [c for h in heads for c in h.children if c.dep_ == "relcl" and any(
        x.dep_ in {"nsubj", "nsubjpass"} and x.lower_ in ({"which", "that"} if h is tok else {"which"})
        for x in c.children) or h is tok and c.dep_ == "acl" and c.tag_ == "VBN"]  # "the visit, scheduled for May 3"


def ancestor_verbs(tok: Token, anchors: list[Token]) -> list[Token]:
    """Governing verbs beyond the control chain, up to the sentence root, plus a coordinated head verb ('will leave
    ... today and hold talks ... until Thursday' gives the talks the day they start)."""
    out = []
    t = anchors[-1]
    for _ in range(6):
        if t.head == t or reported(t) or own_clause_conjunct(t) or goes_to_attend(t) or promised_ahead(t):
            break  # "he will go to Sri Lanka, sources told Dawn on Friday": the report's day is not the trip's
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            out.append(t)
    return out


def promised_ahead(t: Token) -> bool:
    """``t`` is an adverbial clause of promise or plan whose infinitive tells the event ('Promising to discuss the
    dispute with X, Ruiz spoke to parliament this week', '..., while pledging to visit Lima later in his term'):
    the event is ahead of the clause ``t`` modifies, so that clause's day is the day of another act, not of the
    event. A relative clause ('the tour, during which he is expected to meet X') tells what happens within its
    noun, and keeps that noun's days."""
    return t.dep_ == "advcl" and t.lemma_.lower() in status_words()["planned_governors"] \
        and any(c.dep_ == "xcomp" for c in t.children)


_SETTING_OFF = frozenset({"leave", "depart", "fly", "head", "set"})  # a departure: the day the trip starts
_GOING_TO = frozenset({"attend", "participate", "join"})  # what a trip goes to take part in


def goes_to_attend(t: Token) -> bool:
    """``t`` is the purpose a departure sets off for ("left for Ruritania on Saturday to attend the summit"): the
    gathering is held after the traveller gets there, so the departure's day is not its day."""
    return t.dep_ == "advcl" and t.lemma_.lower() in _GOING_TO and t.head.lemma_.lower() in _SETTING_OFF and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def departure_for_gathering(doc, tx_start: int, tx_end: int) -> bool:
    """The day at these characters dates a departure that sets off to attend a gathering ("left for Ruritania on
    Saturday to attend the summit"): the story's running day is then the day before that gathering, not its day."""
    span = doc.char_span(tx_start, tx_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    v = span.root
    for _ in range(6):
        if v.pos_ in {"VERB", "AUX"} or v.head == v:
            break
        v = v.head
    return v.lemma_.lower() in _SETTING_OFF and any(goes_to_attend(c) for c in v.children)


def own_clause_conjunct(t: Token) -> bool:
    """``t`` is a clause coordinated with another that has a subject of its own ("the summit had been planned since
    May, but the date was set after ..."): the days written in the first clause are its own, not those of the
    second; a conjunct sharing the first's subject ("will leave today and hold talks") shares its days."""
    return t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in t.children)


def reporting_verb(v: Token) -> bool:
    """'say', 'tell', 'report', 'announce': a verb whose clause reports another."""
    return v.lemma_.lower() in status_words()["reporting_verbs"]


def reported(t: Token) -> bool:
    """``t`` heads what a reporting verb says ('X will visit Y, officials said on Monday')."""
    return t.dep_ in {"ccomp", "parataxis"} and reporting_verb(t.head)


_EARLIER_MARKS = frozenset({"after", "since", "following"})  # what they open happened before the clause above


def before_the_trip(meeting: Token, trip: Token) -> bool:
    """The meeting sits in an 'after'/'following'/'since' phrase of the trip: it happened before the trip, where
    the trip started, not where it went."""
    t = meeting
    while t.head.i != t.i and t.i != trip.i:
        if t.dep_ == "prep" and t.lower_ in _EARLIER_MARKS:
            return True
        t = t.head
    return False


_STEP_LEMMAS = frozenset({"arrive", "land", "leave", "depart", "travel", "fly", "head", "visit", "reach", "return",
                          "go", "come", "set", "move", "proceed"})


def _steps_before(t: Token) -> list[set[str]]:
    """The step lemmas of each 'before' phrase or clause of ``t`` ('before arriving in Beijing': {'arrive'})."""
    return [{x.lemma_.lower() for x in c.subtree if x.lemma_.lower() in _STEP_LEMMAS}
            for c in t.children if c.dep_ in {"prep", "mark"} and c.lower_ == "before"]


def precedes_a_step(t: Token) -> bool:
    """'Before arriving in Beijing, the envoy met X': the event came before a step of the trip, so that step's day
    and place are not its own."""
    return any(_steps_before(t))


# the steps that leave where the traveller is ("before flying on", "before setting off"): until then they are there;
# a step that reaches somewhere ("before arriving in X", "before visiting Y") says nothing of where they were
_LEAVING_STEPS = frozenset({"leave", "depart", "travel", "fly", "head", "return", "go", "set", "move", "proceed"})


def precedes_a_departure(t: Token) -> bool:
    """'Met X before setting off for the stadium', 'was greeted by Y before flying on': the event came before its
    traveller left, so it happened where the traveller was until then (the step's own place is not its place). A
    'before' phrase of ``t`` whose step leaves, with no step in it that reaches a place."""
    return any(steps and steps <= _LEAVING_STEPS for steps in _steps_before(t))


def earlier_phrase(t: Token) -> tuple[Token, bool] | None:
    """The phrase or clause that tells ``t`` as earlier than what its sentence reports: an 'after' / 'since' phrase
    or clause ('after talks in Rome, she flew to Oslo'), or a perfect participle clause ('Having met X in Berlin, she
    flew to Paris'), with whether it is the latter; None when there is none."""
    for a in [t, *t.ancestors]:
        if a.dep_ == "prep" and a.lower_ in _EARLIER_MARKS and a.i != t.i:
            return a, False
        if a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _EARLIER_MARKS for c in a.children):
            return a, False
        if a.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "having" for c in a.children):
            return a, True
    return None


def told_as_earlier(t: Token) -> bool:
    """The event is told inside an 'after' / 'since' clause of another ('comes two months after Mr X said he spoke
    to Y', 'after talks in Rome, she flew to Oslo'), or a 'having' clause: it came before what the sentence
    reports, so the day in the story's context is not its own."""
    return earlier_phrase(t) is not None


_SPAN_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3, "4": 4, "5": 5}


# the number words a trip's length is written with ("a five-day visit", "a three day state visit"), read here and
# by visit_span.told_days
DAY_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                   "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15}
_N_DAY = re.compile(r"^(\d{1,2})-days?$")


def span_days(t: Token) -> int | None:
    """How many days a trip noun says it lasts: 'a four-day visit', 'a 3-day State Visit', 'a week-long tour'; for
    a verb, the trip noun it is 'on' ('will visit X on a four-day tour')."""
    t = trip_noun_of(t) or t
    for c in t.children:
        if c.dep_ not in {"amod", "compound", "nmod", "nummod"}:
            continue
        if (m := _N_DAY.match(c.lower_)) is not None and 1 < int(m.group(1)) <= 31:
            return int(m.group(1))
        if c.lower_ in {"day", "days"}:
            n = next((x for x in c.children if x.dep_ == "nummod"), None)
            if n is not None:
                k = DAY_COUNT_WORDS.get(n.lower_) or (
                    int(n.text) if n.text.isdigit() and int(n.text) <= 31 else None)
                if k and k > 1:
                    return k
        if c.lower_ in {"week-long", "weeklong"} or c.lower_ == "long" and any(
                x.lower_ == "week" for x in c.children):
            return 7
    return None


def ended_on(t: Token, day: date) -> date | None:
    """'wrapped up a three-day visit on Sunday': the day is when the visit ended; it began two days before (or at
    an unknown day when the length is not given). Returns the start to use."""
    if t.pos_ not in {"NOUN", "PROPN"}:
        return day
    verb, how = governing_verb(t)
    # "wrapped up a three-day visit on Sunday"; "the visit ended on Friday" (a trip, the subject of its ending)
    ends_it = how == "dobj" or how == "nsubj" and t.dep_ == "nsubj" and t.lemma_.lower() in _TRIP_NOUNS
    if verb is None or not ends_it or verb.lemma_.lower() not in lexicon().ending_verbs:
        return day
    for c in t.children:  # "three-day" is tokenised three - day, with "day" modifying the noun
        n = next((x for x in c.children if x.lower_ in _SPAN_DAYS), None)
        if c.dep_ in {"amod", "compound", "nmod"} and c.lower_ == "day" and n is not None:
            return day - timedelta(days=_SPAN_DAYS[n.lower_] - 1)
    return None


def ended_by_now(t: Token) -> bool:
    """'has ended his visit', 'have concluded their talks': an event noun ended by a present perfect is news of the
    report's day, the day it ended."""
    if t.pos_ not in {"NOUN", "PROPN"}:
        return False
    verb, how = governing_verb(t)
    return verb is not None and how == "dobj" and verb.lemma_.lower() in lexicon().ending_verbs \
        and present_perfect(verb)


def with_conjuncts(tok: Token) -> list[Token]:
    """The token and every conjunct chained to it ('Poland, Germany and France')."""
    out, todo = [], [tok]
    while todo and len(out) < 20:
        t = todo.pop(0)
        out.append(t)
        todo += [c for c in t.children if c.dep_ == "conj"]
    return out


def listed_items(tok: Token) -> list[Token]:
    """The items of the list ``tok`` heads, also where the parser breaks the chain after the first item
    ("Aldport, Kestle, Marrow and Dunn": 'Kestle' an ``npadvmod`` of 'Aldport', the rest its conjuncts): a proper
    name right after the comma that follows an item, hung on it as a modifier, is the next item, and its conjuncts
    are the list's too."""
    out = with_conjuncts(tok)
    for item in list(out):
        out += [x for c in item.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > 1
                and c.doc[c.i - 1].text == "," and c.doc[c.i - 2].i == item.i for x in with_conjuncts(c)]
    return sorted(dict.fromkeys(out), key=lambda t: t.i)


_DAY_PARTS = frozenset({"day", "morning", "afternoon", "evening", "night"})


def narrative_day(anchors: list[Token]) -> int | None:
    """'that night', 'that evening', 'later that day', 'the same day' -> 0; 'the next morning', 'the following
    day' -> 1; 'the day before', 'the previous evening' -> -1: days from the day the story is at. None when the
    clause has no such phrase."""
    for a in anchors:
        for c in a.children:
            n = c
            if c.dep_ == "prep" and c.lower_ in {"on", "in", "during", "by"}:
                n = next((o for o in c.children if o.dep_ == "pobj"), c)
            if n.lower_ not in _DAY_PARTS or n.dep_ not in {"npadvmod", "pobj", "tmod", "advmod"}:
                continue
            mods = {m.lower_ for m in n.children if m.dep_ in {"det", "amod", "advmod", "prep"}}
            if mods & {"next", "following"}:
                return 1
            if mods & {"previous", "before"} or any(m.lower_ == "before" for m in n.rights):
                return -1
            if mods & {"that", "same"}:
                return 0
    return None


_CLOCK = re.compile(r"[\d:.\s]*(?:[ap]\.?\s?m\.?|noon|hours|hrs|h|gmt|local time)?", re.IGNORECASE)


def clock_time(tx: Timex) -> bool:
    """A bare clock time ('9 a.m.', '1800 hours'): it names no day of its own."""
    return tx.type == "TIME" and _CLOCK.fullmatch(tx.text.strip()) is not None


_WHEN_MARKS = frozenset({"when", "as", "while", "once"})


def when_clauses(anchors: list[Token]) -> list[Token]:
    """The verbs of time clauses on the event's own verbs ('when she arrived in Berlin on Monday', 'as he left'):
    they say when it happened. Not 'after'/'before'/'since' clauses, which tell another time."""
    return [c for a in anchors if a.pos_ in {"VERB", "AUX"} for c in a.children if c.dep_ == "advcl"
            and any(m.dep_ in {"mark", "advmod"} and m.lower_ in _WHEN_MARKS and m.i < c.i for m in c.children)]


# "Earlier, he met X": told as before the story's now, as the past perfect tells it ("told aides she had met X")
_BEFORE_NOW = frozenset({"earlier"})


def indefinite_past(anchors: list[Token]) -> bool:
    """'has already met', 'so far has met', 'had met twice', 'have talked three times', 'recently visited': a past
    told without its time, so the story's current day is not its day (a hot-news 'has arrived' is). So is a past told
    as before the story's now with no day of its own: the event's own verb in the past perfect ('told aides she had
    met X', 'had held talks') or under 'earlier' ('Earlier, he met X'): the story's running day is the day it reached,
    and what came before it fell on a day the text does not give."""
    marks = lexicon().indefinite_past_adverbs | _BEFORE_NOW
    verbs = [a for a in anchors if a.pos_ in {"VERB", "AUX"}]
    if verbs and past_perfect(verbs[0]):  # the event's own verb, not a plan's ('had been scheduled to visit')
        return True
    return any(c.dep_ in {"advmod", "npadvmod"} and c.lower_ in marks
               for a in verbs for c in a.children)  # not "the first meeting ever"


def past_perfect_clause(t: Token) -> bool:
    """The event's verb is in the past perfect ('had held', 'had met')."""
    return any(past_perfect(v) for v in trigger_anchors(t))


def clause_span(t: Token) -> tuple[int, int]:
    """Character offsets of the trigger token (kept tight so ids are stable when arguments change)."""
    return t.idx, t.idx + len(t.text)
