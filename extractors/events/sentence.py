"""Inside one sentence: how the events a sentence tells relate to one another. A meeting nested in a trip's clause
is held on that trip; a host who meets several named people holds one meeting with each."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..people import DocPeople
from ..places import gazetteer
from ..records import Participant, in_a_country
from .candidate import GENERIC_MEETING, Candidate, merge_people
from .clauses import before_the_trip, goes_to_attend, governing_verb, trigger_anchors, with_conjuncts
from .joint_sides import one_party
from .participants import Resolver
from .story import seat_of_office
from .triggers import lexicon
from .visit_purposes import note_purpose


def refine_sentence(cands: list[Candidate]) -> list[Candidate]:
    """Inside one sentence: a meeting nested in a trip takes the trip's destination ('set to visit the White House
    ... to meet the president') and its traveller as the other side ('a tour that includes meetings with A and B':
    one meeting with each, ``_one_per_side``); a trip to a country or state takes a more specific place from a
    meeting it leads to ('head back to the US where they will meet ... in Springfield, Illinois'). Returns the
    sentence's candidates."""
    gz = gazetteer()
    trips = [tr for tr in cands if tr.event_type == "travel" and tr.destination is not None]  # once, not per meeting
    remote = lexicon().remote_subtypes  # "invited X to visit Lima during a phone call": the call is no step of it
    split: dict[int, tuple[Participant, list[Participant]]] = {}  # meeting -> its traveller and other sides
    for m in cands:
        if m.event_type != "meeting" or m.subtype in remote:
            continue
        for tr in trips:
            # only a meeting inside the trip's clause ("visit Japan to hold talks", "pay a visit to Japan and hold
            # talks"): under the trip's trigger or under the verb that governs it
            trip_verb, how = (tr.trigger, "") if tr.trigger.pos_ in {"VERB", "AUX"} else governing_verb(tr.trigger)
            if how not in {"", "dobj"}:
                trip_verb = None  # "the visit is the first trip ...": a copula is no trip clause
            # ... or a verb coordinated with the trip's ("will visit Lima next week and meet the president")
            joined = m.trigger.dep_ == "conj" and m.trigger.pos_ in {"VERB", "AUX"} and m.trigger.i > tr.trigger.i \
                and (m.trigger.head == tr.trigger or m.trigger.head in tr.trigger.ancestors)
            inside = tr.trigger in m.trigger.ancestors or joined or _during_the_trip(m.trigger, tr.trigger) or (
                trip_verb is not None and trip_verb in m.trigger.ancestors and trip_verb.i < m.trigger.i)
            if not inside or before_the_trip(m.trigger, tr.trigger):  # "after her talks in Berlin, she flew home"
                continue
            note_purpose(m, tr, trip_verb, during=_during_the_trip(m.trigger, tr.trigger))  # talks the visit is for
            if m.participants and not any(p.name == q.name for p in tr.participants for q in m.participants):
                # "a four-day visit, which includes a meeting with the president", "a tour that includes meetings
                # with the chancellor and the president": the traveller is the other side of each
                sides = list(m.participants)
                m.participants = merge_people(tr.participants, m.participants)
                if len(tr.participants) == 1:
                    split[id(m)] = (tr.participants[0], sides)
            if joined and site_visited(tr):
                pass  # the meeting keeps its own place (none: the story's), not the site the other verb visits
            elif m.location is None or not m.explicit_place:
                m.location = seat_of_office(tr.destination, [(p.role, p.country_code) for p in m.participants],
                                            visit=True)  # the trip's traveller is the visitor
                m.explicit_place = True
            elif gz.compatible(tr.destination, m.location):
                tr.destination = gz.more_specific(tr.destination, m.location)
            if tr.date_start is None and tr.date_end is None and m.date_start is not None:
                tr.date_start, tr.date_end = m.date_start, m.date_end
                tr.date_value, tr.date_source = m.date_value, m.date_source
            if m.date_start is None and m.date_end is None and tr.date_start is not None \
                    and not any(goes_to_attend(a) for a in trigger_anchors(m.trigger)):
                # not "left for Lima on Saturday to attend the summit": held once there, after the departure's day
                m.date_start, m.date_end, m.date_value = tr.date_start, tr.date_end, tr.date_value
                m.date_source = tr.date_source
    return [x for c in cands for x in (_one_per_side(c, *split[id(c)]) if id(c) in split else []) or [c]]


_SIGHTSEEING = frozenset({"visit", "tour"})


def site_visited(trip: Candidate) -> bool:
    """'will visit the old fort, meet with traders and attend a dinner', 'tour the memorial and meet the mayor': a
    visit or tour of a named site the map does not place (no country) is one item of the programme; a meeting told
    by a verb coordinated with it is another item, not held at the site, so it takes no place from that visit. A
    visit to a city, state or country ('will visit Lima and meet the president') still places the meeting there, and
    so does a verb of going ('drive to the pier and greet the minister': received there)."""
    return trip.trigger.lemma_.lower() in _SIGHTSEEING and not in_a_country(trip.destination)


def _one_per_side(m: Candidate, host: Participant, sides: list[Participant]) -> list[Candidate]:
    """'a tour that includes meetings with A and B': a plural meeting noun (not talks, which are one meeting
    however many sides) held on a trip by its one traveller with several named people is one meeting with each, as
    ``separate_sides`` reads 'held meetings with A and B'. Empty when it is one meeting."""
    t = m.trigger
    if m.subtype not in GENERIC_MEETING or t.tag_ != "NNS" or t.lemma_.lower() in _JOINT_PLURALS or len(sides) < 2:
        return []
    return [replace(m, participants=[host, p], leg=k) for k, p in enumerate(sides)]


_DURING = frozenset({"during", "on", "throughout", "in"})


def _during_the_trip(meeting: Token, trip: Token) -> bool:
    """'will hold talks with the president during a four-day visit to Sydney', 'met the king on his tour of the
    region': the trip noun is the object of a 'during' that modifies the meeting word or the verb it is the object
    of, so the meeting is held on that trip, where and when the trip is."""
    if trip.pos_ not in {"NOUN", "PROPN"} or trip.dep_ != "pobj" or trip.head.lower_ not in _DURING:
        return False
    held_by = {meeting}
    if meeting.pos_ in {"NOUN", "PROPN"} and meeting.dep_ == "dobj":
        held_by.add(meeting.head)  # "hold talks ... during a visit": 'during' hangs on 'hold'
    return trip.head.head in held_by


_JOINT_PLURALS = frozenset({"talk", "talks", "discussion", "consultation", "negotiation"})
_TOGETHER = frozenset({"together", "jointly", "joint", "trilateral", "three-way", "both"})


def separate_sides(res: Resolver, people: DocPeople, tok: Token, c: Candidate) -> list[list[Participant]]:
    """'held meetings with A and B', 'will meet A and B', 'met A and B on Sunday': one meeting per named party, each
    with the one host. A visitor who meets several office-holders calls on each in turn, and news reports (and their
    careful readers) count one meeting with each. Empty when the trigger is one meeting ('a meeting with A and B')
    or the text says it was joint ('met A and B together', 'trilateral talks with A and B')."""
    if c.event_type != "meeting" or c.subtype not in GENERIC_MEETING and "bilateral" not in c.subtype:
        return []  # "bilateral meetings with A and B" are one meeting each too
    # "will meet A and B": one meeting with each of the verb's objects too, unless told as joint
    apart = tok.pos_ == "VERB" and not any(a.lower_ in _TOGETHER for a in _own_subtree(tok))
    if not apart and (tok.tag_ != "NNS" or tok.lemma_.lower() in _JOINT_PLURALS):
        return []  # "held talks with A and B": talks are one meeting, however many sides; "meetings with" are not
    objects = met_objects(tok, apart)
    parties = [p for o in objects for p in res.resolve(o) if p.name in people.people]
    hosts = [p for p in c.participants if p.name not in {q.name for q in parties}]
    if len(parties) < 2 or not _one_visiting_party(res, tok, hosts) or one_party(res, objects, parties):
        return []  # "will meet King A and Queen B", "meet A, B and other officials": one party, one meeting
    return [[*hosts, p] for p in parties]


def _one_visiting_party(res: Resolver, tok: Token, hosts: list[Participant]) -> bool:
    """Whether ``hosts`` (the meeting's people the verb's objects do not name) are one visiting party: one person,
    or the people the meeting verb's own subject names together ('the king and queen are due to meet A and B'):
    they travel and call on each office-holder together, so each call has them both. Hosts lent by the context
    beside the subject are no such party."""
    if len(hosts) == 1:
        return True
    if not hosts or tok.pos_ != "VERB":
        return False
    verb = tok
    while verb.dep_ in {"xcomp", "acomp"} and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "are due to meet": the subject hangs on 'are'
    subjects = [s for s in verb.children if s.dep_ == "nsubj"]
    named = {p.name for s in subjects for p in res.resolve(s)}
    return len(subjects) == 1 and subjects[0].conjuncts != () and named == {p.name for p in hosts}


def _own_subtree(verb: Token) -> list[Token]:
    """The verb's subtree without the verbs coordinated with it: in a run-on sentence every later clause hangs under
    the first verb as a conjunct, and reading them all for every verb made long sentences quadratic."""
    out, todo = [], [verb]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if not (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}))
    return out


def met_objects(tok: Token, direct: bool) -> list[Token]:
    """Who a meeting word is held with, in text order: its 'with' objects, and its direct objects if ``direct``."""
    out: list[Token] = []
    for o in tok.children:
        if direct and o.dep_ == "dobj":
            out.append(o)
        elif o.dep_ == "prep" and o.lower_ == "with":  # and a 'with' coordinated with it ('with A, and with B')
            out.extend(y for w in with_conjuncts(o) if w.lower_ == "with" for y in w.children if y.dep_ == "pobj")
    return out
