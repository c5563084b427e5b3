"""Who can be a side of a meeting. A meeting is held between people, parties or groups of people: the object of
'visited' or 'a visit to' that is a place or a site ('visited the old mosque', 'visited Arvel and two villages',
'to visit Lorn, where his mother lives') tells a trip, not talks with the place, however the tagger labels the
name. The meeting builders ask this for every visit trigger, before they make a candidate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..roles import role_words
from ..tree import entity_at
from .clauses import with_conjuncts
from .locate import place_at, site_heads

if TYPE_CHECKING:
    from ..people import DocPeople

# named-entity labels of places and sites: a GPE, a LOC, a FAC is somewhere one goes, never someone one meets
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _name_end(t: Token) -> Token:
    """The last word of the name a token is part of: the head noun of 'the Amber Hill Mosque' even when the parser
    splits the name into two objects."""
    ent = entity_at(t)
    return t.doc[ent.end - 1] if ent is not None else t


def _site(t: Token, people: DocPeople | None) -> bool:
    if any(w.lemma_.lower() in site_heads() or w.lower_ in site_heads() for w in {t, _name_end(t)}):
        return True  # "the old mosque", "Kell district", "the three regions"
    if any(c.dep_ == "relcl" and any(w.lower_ == "where" for w in c.children) for c in t.children):
        return True  # "Lorn, where his mother is buried": somewhere things happen
    person = people is not None and people.is_person_token(t)
    return not person and (t.ent_type_ in _PLACE_LABELS or place_at(t, people) is not None)


def place_not_party(tok: Token, people: DocPeople | None) -> bool:
    """True when the object of a visit names places or sites rather than people: one of its coordinated names is
    headed by a place or site noun, has a 'where' clause, or is a place-labelled or gazetteer name that the story's
    people do not hold as a person. One place among the conjuncts makes them all the stops of a trip."""
    return any(_site(t, people) for t in with_conjuncts(tok))


def between_sides(n: Token) -> bool:
    """'talks between A and B', 'a summit between the two leaders': the meeting noun names its sides itself, so
    the subject of the verb it hangs from ('X stressed the importance of talks between A and B', 'X welcomed the
    summit between ...') speaks of the meeting and takes no part in it."""
    return any(c.dep_ == "prep" and c.lower_ == "between" and any(o.dep_ == "pobj" for o in c.children)
               for c in n.children)


def a_circumstance(t: Token) -> bool:
    """'meets A, with trade disputes sure to be the focus, and B', 'with tensions running high': a noun that carries
    its own predicate (an adjective or participle with a clause of its own, an '-ing' participle) after 'with' is an
    absolute phrase telling the setting, not a side. A side is someone: a noun naming people, a body or a
    nationality is never read so."""
    if t.ent_type_ in {"PERSON", "ORG", "NORP"} or t.lemma_.lower() in _people_nouns():
        return False
    for c in t.children:
        if c.dep_ == "amod" and c.pos_ == "ADJ" and any(x.dep_ in {"xcomp", "ccomp"} for x in c.children):
            return True  # "sure to be", "likely to dominate"
        if c.dep_ == "acl" and (c.tag_ == "VBG" or c.tag_ == "VBN" and any(x.dep_ == "xcomp" for x in c.children)):
            return True  # "running high", "expected to focus on"
    return False


def _people_nouns() -> frozenset[str]:
    """Nouns of people, offices and bodies (roles data): what a side may be headed by."""
    words = role_words()
    return words["head_nouns"] | words["group_nouns"] | words["body_nouns"]


__all__ = ["a_circumstance", "between_sides", "place_not_party"]
