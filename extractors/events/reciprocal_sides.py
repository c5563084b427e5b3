"""The two sides of a talk told by its holders together: "A and B discussed trade", "A and B are expected to
discuss the crisis", "A and B talked by telephone". A talk verb that the lexicon lets stand only with a 'with'
object (``discuss``, ``talk``: "X discussed the plan" alone names no one X talked to) names both its sides when its
subject is two people the story names, coordinated in the clause. The thirty-fifth pass's orphan census found such
meetings on five read sets with no event of their own, their day in their clause.

Only a coordination of exactly two named people: "A, B and C discussed" is a group's talk with no one pair, a
group noun ("the two leaders") leaves the pair to the story, and "A and his wife discussed the menu" names a
second person the story does not carry as a party; two of one family name ("Quint and his wife Dela Quint
discussed the menu") are one household, no two sides."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import Participant
from .clauses import with_conjuncts

if TYPE_CHECKING:
    from .assemble import _Builder


def reciprocal_pair(b: _Builder, verb: Token) -> list[Participant]:
    """The two named people a reciprocal talk verb's coordinated subject names, or nothing. The subject is the
    verb's own or, for "are expected to discuss", the raising verb's ("expected"); each conjunct must resolve to
    exactly one person of the story, and the two must differ."""
    if verb.lemma_.lower() not in b.lex.reciprocal_verbs:
        return []
    holder = verb
    while holder.dep_ == "xcomp" and holder.head != holder and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in holder.children):
        holder = holder.head  # "A and B are expected to discuss": the subject stands on 'expected'
    subj = next((c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return []
    heads = with_conjuncts(subj)
    if len(heads) != 2:
        return []
    per_head = [{p.name: p for p in b.res.resolve(h) if b.people.people.get(p.name)} for h in heads]
    named = {**per_head[0], **per_head[1]}
    if len(named) != 2 or not all(per_head):
        return []  # each conjunct a person the story names, and two people in all
    first, second = (name.split()[-1] for name in named)
    return [] if first == second else list(named.values())  # "A and his wife B Quint": one household


__all__ = ["reciprocal_pair"]
