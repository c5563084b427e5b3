"""Triggers that tell no event: a counterfactual ('would have met'), a habit ('normally flies'), a generic use
under a modal or a permissive verb ('can return', 'allow them to roam'), 'met with criticism', a record ('the first
leader to visit X since 1990'), and a motion verb in another sense ('stop the bill'). The builders ask these before
they make a candidate."""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import trigger_anchors
from .locate import place_at
from .participants import Resolver
from .parties import person_noun
from .slot_places import adverb_place, described_place


def hypothetical(t: Token) -> bool:
    """'would not have been able to meet', 'could have visited': a counterfactual, not a report."""
    words: set[str] = set()
    a = t
    for _ in range(4):  # the verb and what it is a complement of: "would n't have been able to meet"
        words |= {c.lower_ for c in a.children if c.dep_ in {"aux", "auxpass", "neg"}}
        if a.dep_ not in {"xcomp", "acomp"} or a.head == a:
            break
        a = a.head
        words.add(a.lower_)
    if bool(words & {"would", "could", "might", "should"}) and "have" in words:
        return True
    # "asked whether she would meet X": a question, not a report (a 'whether' clause, or one the verb of asking
    # or wondering introduces with 'if')
    return any(c.dep_ == "mark" and (c.lower_ == "whether" or c.lower_ == "if" and a.head.lemma_.lower() in _ASKING)
               for c in a.children) and a.dep_ in {"ccomp", "advcl", "xcomp"}


_ASKING = frozenset({"ask", "wonder", "question", "know", "decide", "see"})


def met_with_a_thing(v: Token, people) -> bool:
    """'X was met with criticism', 'they were met with F-16s': passive 'met with' whose object is nobody."""
    if v.lemma_.lower() != "meet" or not any(c.dep_ == "auxpass" for c in v.children):
        return False
    objs = [o for c in v.children if c.dep_ == "prep" and c.lower_ in {"with", "by"} for o in c.children
            if o.dep_ == "pobj"]
    return bool(objs) and not any(people.at(o) for o in objs)


_HABITUAL = frozenset({"normally", "usually", "often", "always", "typically", "regularly", "generally", "routinely"})


def habitual(t: Token) -> bool:
    """'Normally, the president flies on a Garuda aircraft': what someone does as a rule, not a trip."""
    return any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for a in trigger_anchors(t) for c in a.children)


def generic_use(t: Token, lex) -> bool:
    """Under a modal ('can return') or a permissive/causative verb ('allow ... to roam', 'forcing people to leave')."""
    for a in trigger_anchors(t):
        if any(c.dep_ == "aux" and c.lower_ in lex.generic_modals for c in a.children):
            return True
        if a is not t and a.lemma_.lower() in lex.generic_governors:
            return True
    head = t.head
    return t.dep_ in {"xcomp", "ccomp"} and head.lemma_.lower() in lex.generic_governors


def object_is_not_moved(t: Token, lex, res: Resolver) -> bool:
    """A motion verb that takes no object ('stop', 'head', 'land'; ``intransitive_motion_verbs``) used with a direct
    object that is neither a place nor someone: another sense of the verb, no trip."""
    if t.lemma_.lower() not in lex.intransitive_motion_verbs:
        return False
    for c in t.children:
        if c.dep_ != "dobj" or c.pos_ == "PRON":
            continue
        moved = (place_at(c, res.people) or described_place(c, res.people) or adverb_place(c) or res.resolve(c)
                 or c.ent_type_ in {"PERSON", "ORG", "NORP"} or person_noun(c))
        if not moved:
            return True
    return False


_RANK_WORDS = frozenset({"first", "only", "last", "second", "third"})


def record_clause(t: Token) -> bool:
    """'the first German leader to visit Peru since 1990', 'the only head of state to meet X since the war': a record
    set by someone, told of a class of people over years; the visit it counts is told elsewhere, by its own verb."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return False
    since = any(c.dep_ == "prep" and c.lower_ == "since" or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "since" for m in c.children) for c in t.children)
    if not since:
        return False
    holder = t.head if t.dep_ in {"relcl", "acl"} else next(
        (c for c in t.head.children if c.dep_ == "attr"), None) if t.dep_ in {"advcl", "xcomp"} else None
    return holder is not None and any(
        c.lower_ in _RANK_WORDS or c.tag_ in {"JJS", "RBS"} or any(x.tag_ in {"JJS", "RBS"} for x in c.children)
        for c in holder.children if c.dep_ in {"amod", "advmod"})
