"""Plural descriptions of people: anaphoric ones ('both officials', 'the two secretaries', 'the two') are the people
they refer back to; others ('Chinese counterparts', 'the foreign ministers of A and B') are the people they list or
the article names in that role for those countries, else one group participant carrying its country."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..people import Person, demonym_country, role_words
from ..places import gazetteer
from ..records import Participant
from .clauses import with_conjuncts
from .group_names import holds_role, last_two_holders, told_together
from .phrases import dedupe, group_name
from .pronouns import same_sentence_subjects

if TYPE_CHECKING:  # the resolver imports this module
    from .participants import Resolver

_ANAPHORIC_DETS = {"the", "both", "these", "those", "all"}
_NUMBERS = {"two", "three", "four", "both", "2", "3", "4"}
_LISTING_SUBJECTS = frozenset({"these", "they", "those"})  # "These included A, B and C."


def plural_description(res: Resolver, tok: Token, before: int) -> list[Participant]:
    """A plural description: anaphoric ('both officials', 'the two secretaries') -> the people it refers to;
    otherwise ('Chinese counterparts', 'Peruvian officials', 'leaders of France, Italy and Spain') -> one group
    participant carrying its country."""
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    dets = {c.lower_ for c in kids if c.dep_ in {"det", "predet", "nummod", "poss"}}
    country = next((cc for c in kids if c.dep_ in {"amod", "compound"} and (cc := demonym_country(c))), None)
    has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in kids)
    plural = tok.tag_ in {"NNS", "NNPS"}
    if lemma in role_words()["non_person_groups"]:
        return []
    anaphoric = plural and lemma != "counterpart" and not has_of and bool(dets & (_ANAPHORIC_DETS | _NUMBERS))
    if anaphoric:
        titled = [p for p in res.salience.recent if p.role and holds_role(p.role, lemma)
                  and (country is None or p.country_code in (None, country))]
        if lemma not in {"official", "man", "woman", "leader"} and len(titled) >= 2:
            n = 2 if dets & {"two", "both", "2"} else len(titled)
            return [res.participant(p, tok.text) for p in told_together(res.salience, titled[-n:])]
        local = same_sentence_subjects(res, tok, before)
        pair = (last_two(res) or last_two_holders(res.salience, lemma)) if dets & {"two", "both", "2"} else ()
        people = tuple(local) if len(local) >= 2 else res.salience.group or pair
        return [res.participant(p, tok.text) for p in people]
    if not plural and lemma != "delegation":
        return []
    if listed := named_members(res, tok, lemma, country):
        return listed
    return [Participant(group_name(tok), None, country, group_name(tok))]


def last_two(res: Resolver) -> tuple[Person, ...]:
    """'President Ruiz welcomed Prime Minister Lind at the airport. The two leaders held talks': with no subject
    naming both, 'the two' (or 'both') are the last two people the story's events so far were about."""
    if len(res.salience.actors) < 2:
        return ()
    return tuple(res.salience.actors[-2:])  # who the story's events are about: not the reporter quoted last


def named_members(res: Resolver, tok: Token, lemma: str, country: str | None) -> list[Participant]:
    """The people a plural description names: those listed inside it ('the ministers of A and B, Ann Lee and
    Bo Chen'), else the people of the article who hold its role for one of its countries ('the foreign
    ministers of Austria and Italy' -> the two ministers introduced earlier). Empty when it names nobody."""
    inside = [res.participant(m.person, m.text) for x in tok.subtree if x.i != tok.i
              and (m := res.people.at(x)) is not None and m.start == x.i]
    if inside:
        return dedupe(inside)
    if listed := listed_next(res, tok):
        return listed
    if lemma not in role_words()["head_nouns"]:
        return []
    gz = gazetteer()
    countries = {country} if country else set()
    for of in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        countries |= {cc for x in of.subtree if x.ent_type_ == "GPE" and (cc := gz.country_code(x.text))}
    for mod in (c for c in tok.children if c.dep_ in {"amod", "compound"}):  # "Palestinian and Israeli leaders"
        countries |= {cc for x in with_conjuncts(mod) if (cc := demonym_country(x))}
    if len(countries) < 2:
        return []
    roles = role_words()["leader_roles"] if lemma == "leader" else [lemma]
    holders = [p for p in res.people.people.values() if p.role and any(r in p.role.lower() for r in roles)
               and p.country_code in countries]
    return [res.participant(p, tok.text) for p in holders] if len(holders) >= 2 else []


def listed_next(res: Resolver, tok: Token) -> list[Participant]:
    """'... held meetings with several other leaders. These included A, B and C.': the next sentence, when it
    is a list introduced by 'these/they/those included', names the people a plural description stands for."""
    doc = tok.doc
    if tok.dep_ not in {"pobj", "dobj"} or tok.sent.end >= len(doc):
        return []  # "the Leaders' Summit": a plural that only qualifies another noun stands for nobody
    nxt = doc[tok.sent.end].sent
    root = nxt.root
    if root.lemma_.lower() != "include" or not any(c.dep_ == "nsubj" and c.lower_ in _LISTING_SUBJECTS
                                                   for c in root.children):
        return []
    return dedupe([res.participant(m.person, m.text) for m in res.people.in_span(nxt.start, nxt.end)])
