"""Meetings from a meeting trigger: a verb ("met", "held talks", "spoke by phone with") or a noun ("a meeting with",
"the summit"). Who takes part comes from the clause and the story model (the resolver, the protagonist), where from
the clause or the scene; the builder's common tail (``assemble._Builder.finish``) dates the candidate and sets its
status, as it does for trips (``trips.py``). Kept apart from the builder so that each kind of event reads in one
place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import Participant, Place
from .candidate import GENERIC_MEETING, Candidate, merge_people
from .clause_meetings import in_sequence_phrase, own_counterparts
from .clauses import governing_verb, holding_clause, trigger_anchors, with_conjuncts
from .dates import dates_for
from .host_guests import welcomed_to_place
from .locate import antecedent_place, best, place_at, places_in, venues_in_cities
from .non_events import hypothetical, met_with_a_thing, record_clause
from .parties import (
    compound_parties,
    conversation_parties,
    implicit_side,
    is_definite,
    meal_guests,
    spoke_with_person,
    subtree_participants,
)
from .phrases import clause_tokens, coordinated_name, segment_start, unnamed_title
from .receptions import on_an_outing, own_sides, reception_sides, reception_verb
from .reciprocal_sides import reciprocal_pair
from .sides import between_sides, place_not_party
from .status_cues import has_future_aux, status_words
from .story import programme_item
from .talk_nouns import is_talk, not_talk, reported_topic, summed_up, talk_sides, unmodified_talk
from .topic_with import topic_partners
from .triggers import TriggerSpec, meeting_subtype

if TYPE_CHECKING:
    from .assemble import _Builder

# "during a phone call", "in a call", "over a video link": the call is the setting of what the verb tells
_CONVERSATION_PREPS = frozenset({"during", "in", "on", "over"})


def meeting_verb(b: _Builder, v: Token, spec: TriggerSpec) -> Candidate | None:
    if hypothetical(v) or met_with_a_thing(v, b.people) or record_clause(v):
        return None
    if "outing" in spec.needs and not on_an_outing(v):
        return None  # "took office", "took him to Lisbon"; "took him on a tour of the harbour" is the host's meeting
    subtype = spec.subtype
    # "spoke by phone with X", "talked to her over video", "met via video link": the medium names the kind
    preps = [c for c in v.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "over", "via", "on"}]
    media = [o.lemma_.lower() for c in preps for o in c.children
             if o.dep_ == "pobj" and o.lemma_.lower() in b.lex.media]
    media += [c.lemma_.lower() for c in v.children if c.dep_ == "npadvmod" and c.lemma_.lower() in b.lex.media]
    if media:
        subtype = b.lex.media[media[0]]
    elif "medium" in spec.needs and not spoke_with_person(b.res, v):
        return None  # "spoke to reporters", "spoke at the forum": no conversation between named parties
    if "on_person" in spec.needs:  # "called on President Murmu"; not "called on the government to act"
        hosts = [q for c in v.children if c.dep_ == "prep" and c.lower_ == "on"
                 for o in c.children if o.dep_ == "pobj" for q in b.res.resolve(o)
                 if b.people.people.get(q.name)]
        phoned = None if hosts else phoned_person(b, v)
        if phoned is not None:
            subtype = "phone call"  # "called the chancellor on Tuesday"
        elif not hosts or any(c.dep_ in {"xcomp", "ccomp"} for c in v.children):
            return None
    objs: list[Participant] = []
    with_people: list[Participant] = []
    places: list[Place] = []
    for c in v.children:
        if c.dep_ == "dobj" and v.lemma_.lower() in b.lex.opponent_object_verbs:
            objs.extend(p for p in b.res.resolve(c) if b.people.people.get(p.name))  # "debated Ruiz"
        elif c.dep_ == "dobj" and v.lemma_.lower() in b.lex.owner_object_verbs:
            objs.extend(q for x in c.children if x.dep_ == "poss" and x.pos_ == "PROPN"
                        for q in b.res.resolve(x, loose=True))  # "negotiating Britain's exit"
        elif c.dep_ in {"dobj", "dative"} and v.lemma_.lower() not in b.lex.topic_object_verbs:
            got = b.res.resolve(c, loose=v.lemma_.lower() != "meet" or c.ent_type_ != "" or unnamed_title(c))
            if spec.subtype == "visit" and place_not_party(c, b.people):
                got = []  # "visited the old mosque", "visited Arvel and Lorn": sites, no side to meet
            objs.extend(got)
            if not got and (spec.subtype == "visit" or v.lemma_.lower() == "meet"):
                return None  # "meet the demands", "visit the factory" (a trip, not a meeting)
        elif c.dep_ == "prep" and c.lower_ in {"with", "on", "to"} or c.dep_ == "agent":
            # "with A, with trade sure to be the focus, and with B": the coordinated 'with' is the verb's too
            for o in (x for w in with_conjuncts(c) if w.lower_ == c.lower_ for x in w.children if x.dep_ == "pobj"):
                with_people.extend(b.res.resolve(o, loose=c.lower_ == "with"))
        elif c in preps:  # "spoke by telephone with X": the parse may hang 'with X' under the medium
            for w in (x for o in c.children if o.lemma_.lower() in b.lex.media for x in o.children
                      if x.dep_ == "prep" and x.lower_ in {"with", "to"}):
                with_people.extend(p for o in w.children if o.dep_ == "pobj" for p in b.res.resolve(o))
    if not with_people and v.lemma_.lower() in b.lex.topic_object_verbs:
        # "discuss a series of questions with Minister X": the parser hangs the verb's 'with' on its topic
        with_people.extend(p for o in topic_partners(v, b.is_event_noun) for p in b.res.resolve(o)
                           if b.people.people.get(p.name))
    if "on_person" in spec.needs and phoned is not None and phoned.dep_ == "oprd":
        objs.extend(b.res.resolve(phoned))  # the parser hangs "called X on Tuesday to discuss" as a predicate
    if welcomed_to_place(v, b.people):
        return None  # "will welcome B to Norland": B's trip there, told from the host's side, no meeting (host_guests)
    passive_subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    if passive_subj is not None and passive_subj.pos_ != "PRON" and not b.res.resolve(passive_subj, loose=True):
        return None  # "the aircraft was greeted by 400 guests": a thing was welcomed, nobody met
    passive_by = with_people if passive_subj is not None else []
    if v.lemma_.lower() in b.lex.with_person_verbs and not objs:
        passive_by = with_people  # "will visit with President X" (not "visited China with ...")
    if "person_object" in spec.needs and not any(b.people.people.get(p.name) for p in objs + passive_by):
        return None  # "received Mensah" / "was received by Mensah"
    pair = reciprocal_pair(b, v) if not with_people and not objs else []
    if "with_participant" in spec.needs and not with_people and not pair:
        return None  # "X discussed the plan": nobody X talked to ("A and B discussed it": the pair, both sides)
    subj = b.res.subject_of(v, loose=True)
    if not subj:
        s = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i >= segment_start(v)), None)
        subj = b.res.resolve(s, loose=True) if s is not None else b.res.left_persons(v)
    if not subj and b.protagonist and programme_item(v) and any(
            b.people.people.get(p.name) for p in objs + with_people):
        # "4 p.m.: Visit with President X": the programme's traveller meets a named host ("Meeting with
        # bishops" names nobody: a function of the programme, not talks)
        subj = [b.res.participant(b.people.people[b.protagonist], None)]
    parts = merge_people(subj, objs, with_people, pair)
    if len(parts) < 2:  # "... and will meet again on Friday", "... will meet her again" (read as the subject)
        parts = merge_people(parts, coordinated_plan_parties(b, v))
    if not parts or (len(parts) < 2 and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children)):
        return None  # a meeting has two sides: "the first leader to meet with X" names only one
    places = places_in(clause_tokens(v), b.people, b.lex.location_preps) or shared_place(b, v)
    if not places and any(c.lower_ == "where" for c in v.children):
        p = antecedent_place(v, b.people)
        places = [p] if p else []
    return b.finish("meeting", subtype, v, parts, location=best(venues_in_cities(places)))


def phoned_person(b: _Builder, v: Token) -> Token | None:
    """The named person a phone verb takes as its object: "called the chancellor on Tuesday", "rang her
    counterpart". Not when the verb names, summons or calls something off ("called him a liar", "called Ruiz
    names", "called off the talks", "called for talks"), nor in the passive ("was called a traitor")."""
    if v.lemma_.lower() not in b.lex.phone_object_verbs or any(
            c.dep_ in {"prt", "nsubjpass", "acomp", "ccomp", "attr"} or c.dep_ == "prep" and c.lower_ == "for"
            for c in v.children):
        return None
    objects = [c for c in v.children if c.dep_ in {"dobj", "oprd"}]
    if len(objects) != 1:
        return None  # "called Mr X a tyrant": an object and its predicate
    people = [p for p in b.res.resolve(objects[0]) if b.people.people.get(p.name)]
    return objects[0] if people else None


def shared_place(b: _Builder, verb: Token) -> list[Place]:
    """'In Cairo, Wang met X and held talks with Y': a coordinated verb shares the place phrases of the first
    verb of its coordination (only those hanging on that verb, not on its objects)."""
    first = verb
    for _ in range(4):
        if first.dep_ != "conj" or first.head == first:
            break
        first = first.head
        if first.pos_ not in {"VERB", "AUX"} and first.dep_ == "dobj":
            first = first.head  # the parser hung "and held talks" on the object of "met"
    if first == verb or first.pos_ not in {"VERB", "AUX"}:
        return []
    preps = [c for c in first.children if c.dep_ == "prep"]
    return places_in(preps, b.people, b.lex.location_preps)


def coordinated_plan_parties(b: _Builder, verb: Token) -> list[Participant]:
    """'Ruiz met Weber at his residence and will hold talks on Tuesday', '... and is scheduled to meet her again on
    Friday': a plan told in a clause of its own, conjoined to a meeting clause, with a future auxiliary or a verb of
    planning and a day of its own, is the next meeting of the people that clause names; it takes them as its sides
    rather than standing without a second side (and being dropped, leaving its plan to the done meeting). Only a
    clause whose own words put it ahead and date it: a bare 'and held talks' is the same meeting told twice."""
    if not any(x.head == verb.i for x in b.days):
        return []  # the plan's own day hangs on its own verb
    words = status_words()
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head != chain[-1] and len(chain) < 3:
        chain.append(chain[-1].head)  # "is scheduled to hold talks": the planning verb is the conjoined one
    top = chain[-1]
    if top.dep_ != "conj" or top.head == top or not any(
            t.lemma_.lower() in words["planned_governors"] or has_future_aux(t) for t in chain):
        return []
    first = top.head
    if first.pos_ not in {"VERB", "AUX"} or has_future_aux(first):
        return []  # the first clause tells a meeting, and not one ahead too ("will meet A and hold talks")
    nouns = [c for c in first.children if c.dep_ == "dobj" and first.lemma_.lower() in b.lex.support_verbs
             and any(s.event_type == "meeting" for s in b.lex.specs_for(c, b.scope))]  # "held talks with X"
    if not nouns and not any(s.event_type == "meeting" for s in b.lex.specs_for(first, b.scope)):
        return []
    parts = b.res.subject_of(first, loose=True)
    for h in (first, *nouns):
        for c in h.children:
            if c.dep_ in {"dobj", "dative"} and h is first and not nouns:
                parts = merge_people(parts, b.res.resolve(c))
            elif c.dep_ == "prep" and c.lower_ == "with":
                parts = merge_people(parts, *[b.res.resolve(o) for o in c.children if o.dep_ == "pobj"])
    return [p for p in parts if b.people.people.get(p.name)]


def meeting_noun(b: _Builder, n: Token, spec: TriggerSpec) -> Candidate | None:
    if n.dep_ == "compound" and n.head.pos_ in {"NOUN", "PROPN"}:
        return None  # "meeting room", "summit venue"; "summit meeting" is found on its head
    subtype = meeting_subtype(n, spec)
    talk = is_talk(spec)  # "discussions with X": talk between two sides the noun names itself
    # "a phone conversation" is a call by its modifier; "a conversation with X" is talks if two named sides hold it
    sides_needed = "named_sides" in spec.needs and not ("modifier" in spec.needs and subtype is not None)
    subtype = subtype or unmodified_talk(n, spec, b.lex)
    if subtype is None or reported_topic(n, b.lex) or summed_up(n, b.lex) or talk and not_talk(n, b.lex) \
            or sides_needed and not (talk_sides(n, b.lex) if talk else own_sides(n, b.lex)):
        return None
    toks = clause_tokens(n)
    if n.dep_ == "conj" and n.head.pos_ == "NOUN":  # "discussions and meetings with X": the pair shares its X
        toks += [x for c in n.head.children if c.dep_ == "prep" and c.lower_ in {"with", "between"}
                 and c.i > n.i for x in c.subtree]
    sides = compound_parties(b.res, n)
    side_toks = {x.i for c in n.children if c.dep_ in {"compound", "nmod"} for x in c.subtree} if sides else set()
    parts = merge_people(subtree_participants(b.res, [t for t in toks if t is not n], n), sides,
                         meal_guests(b.res, b.lex, n), reception_sides(b.res, b.lex, n))
    held = holding_clause(n)  # "the talks that A held with B": the clause that holds them names the sides
    if held is not None:
        parts = merge_people(parts, b.res.subject_of(held), *[
            b.res.resolve(o) for c in held.children if c.dep_ == "prep" and c.lower_ == "with"
            for o in c.children if o.dep_ == "pobj"])
    if "person_object" in spec.needs:
        tgt = [p for c in n.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}
               for o in c.children if o.dep_ == "pobj" and not place_not_party(o, b.people)
               for p in b.res.resolve(o)]
        if not any(b.people.people.get(p.name) for p in tgt):
            return None
    has_with = any(c.dep_ == "prep" and c.lower_ == "with" for c in n.children)
    if "with_participant" in spec.needs and not has_with:
        return None
    if "with_participant_or_outlet" in spec.needs and not has_with:
        # "his ABC interview", "Weber's radio interview": the one interviewed and the outlet
        owner = [p for c in n.children if c.dep_ == "poss" for p in b.res.resolve(c)]
        outlet = [Participant(coordinated_name(c), None, None, c.text) for c in n.children
                  if c.dep_ == "compound" and c.ent_type_ == "ORG" and not b.people.at(c)]
        if not (owner and outlet):
            return None
        parts = merge_people(parts, owner, outlet)
    verb, how = governing_verb(n)
    vtoks: list[Token] = []
    places = places_in(toks + (clause_tokens(held) if held is not None else []), b.people, b.lex.location_preps)
    places += [p for c in n.children if c.dep_ == "compound" and c.i not in side_toks
               and (p := place_at(c, b.people))]
    # "met A after talks with B": a meeting told in a phrase of sequence on a meeting verb with a counterpart of its
    # own is another meeting; it shares the verb's subject, not its counterpart or place
    sequenced = verb is not None and in_sequence_phrase(n, verb) and bool(own_counterparts(verb)) and any(
        s.event_type == "meeting" for s in b.lex.specs_for(verb, b.scope))
    if verb is not None and verb.lemma_.lower() not in {"say", "tell", "add", "note"}:
        vtoks = clause_tokens(verb, exclude=n)
        if how in {"nsubj", "nsubjpass"}:
            parts = merge_people(parts, subtree_participants(b.res, vtoks, verb))
        elif between_sides(n):
            pass  # "X stressed the importance of talks between A and B": the sides are A and B, X comments
        elif how != "dobj" or verb.lemma_.lower() in b.lex.support_verbs or verb == reception_verb(n, b.lex):
            # "X held talks", "X made remarks at a meeting"; not "it follows last week's summit"
            parts = merge_people(b.res.subject_of(verb), parts)
            if len(parts) < 2:
                parts = merge_people(parts, coordinated_plan_parties(b, verb))
            for c in verb.children:
                if sequenced:
                    break  # "met A after talks with B": A is the verb's own meeting's counterpart, not the talks'
                if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "with"):
                    for o in (x for x in c.children if x.dep_ == "pobj"):
                        parts = merge_people(parts, b.res.resolve(o))
            parts = merge_people(parts, _brought_for(b, n, verb))
        if not (sequenced and places):  # "met A in Zagreb after talks in Sarajevo": each clause its own place
            places += places_in(vtoks, b.people, b.lex.location_preps) or shared_place(b, verb)
        if not places and any(c.lower_ == "where" for c in verb.children):
            p = antecedent_place(verb, b.people)
            places = [p] if p else []
    elif verb is not None:
        parts = merge_people(b.res.subject_of(verb), parts)
    if subtype in b.lex.remote_subtypes and verb is not None and n.dep_ == "pobj" \
            and n.head.lower_ in _CONVERSATION_PREPS:
        parts = merge_people(parts, conversation_parties(b.res, verb))
    hosted = any(t.lemma_.lower() == "host" for t in (vtoks if verb is not None else toks))
    has_complement = any(c.dep_ == "prep" and c.lower_ in {"with", "between", "of", "among"} for c in n.children)
    if is_definite(n) and ((not parts and not has_complement) or hosted):
        # "the meeting" refers back to the people just discussed; so does one "with X and Y as hosts"
        sal = b.res.salience.group or ((b.res.salience.single,) if b.res.salience.single else ())
        parts = merge_people(parts, [b.res.participant(p, None) for p in sal])
    if n.lemma_.lower() in b.lex.deceased_nouns:  # "Ana Weber's funeral": the one mourned takes no part
        mourned = [c for c in n.children if c.dep_ == "poss"] + [
            o for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        gone = {p.name for m in mourned for p in b.res.resolve(m)}
        parts = [p for p in parts if p.name not in gone]
    day0, day1, _ = dates_for(trigger_anchors(n), b.attached)
    if not parts and not (subtype not in GENERIC_MEETING and day0 and day1 and (day1 - day0).days <= 31):
        # a named kind dated to its week or month ("a virtual summit last week") stands without named
        # participants; "another two-plus-two meeting later in the year" is too loose to be one event
        return None
    if "participant" in spec.needs and len(parts) < 2:
        return None
    named = sum(bool(b.people.people.get(p.name)) for p in parts)
    if (n.lemma_.lower() in b.lex.meal_nouns or sides_needed) and named < 2:
        return None  # "a dinner with city leaders", "a welcome by the crowd": no meeting between named sides
    if sides_needed and named > 2:
        return None  # "welcomed by A and B", "an exchange of views with A and B": no one meeting of two sides
    parts = merge_people(implicit_side(b.res, n, parts), parts)  # "the meeting was with X": the protagonist's
    return b.finish("meeting", subtype, n, parts, location=best(venues_in_cities(places)), definite=is_definite(n))


def _brought_for(b: _Builder, n: Token, verb: Token) -> list[Participant]:
    """'X hosted Y at the palace for talks', 'X invited Y for talks': the one a verb receives or brings 'for' a
    meeting is its other side, beside the verb's subject. Only a verb that receives a guest (lexicon
    ``host_verbs``: 'took him to Japan for the summit' is a conveyance) and people the story names."""
    if n.dep_ != "pobj" or n.head.lower_ != "for" or n.head.head.i != verb.i \
            or verb.lemma_.lower() not in b.lex.host_verbs:
        return []
    return [p for o in verb.children if o.dep_ == "dobj" for p in b.res.resolve(o) if p.name in b.people.people]


__all__ = ["meeting_noun", "meeting_verb", "shared_place"]
