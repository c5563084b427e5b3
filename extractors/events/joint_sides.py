"""When 'will meet A and B' is one meeting: the people a meeting verb names are one host party, not offices the
visitor calls on in turn. ``sentence.separate_sides`` reads 'will meet A and B' as one meeting with each, as news
counts a visitor's calls on a president and a premier; but a royal or married couple receives its guest together
('will meet Emperor A and Empress B'), and a list that ends in a group ('meet A, B, C and other officials') tells
one meeting with a delegation whose best-known members it names. Each is read from the clause itself, the couple
by the party model's own test (``party.spouse_pair``: a spouse noun or the consort titles of roles data), the group
by a plural noun modified by one of roles data ``joint_group_modifiers`` in the coordination."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..people import role_words
from ..records import Participant
from .party import spouse_pair

if TYPE_CHECKING:
    from .participants import Resolver


def one_party(res: Resolver, objects: list[Token], parties: list[Participant]) -> bool:
    """Whether the people ``objects`` name (resolved to ``parties``) meet the subject as one party: two of them a
    couple, or their coordination closes on a group ('and other officials')."""
    names = {p.name for p in parties}
    for o in objects:
        for x in o.subtree:
            if x.dep_ != "conj":
                continue
            if _closing_group(x):
                return True
            pair = spouse_pair(res, x)
            if pair is not None and pair[0] in names and pair[1].name in names:
                return True
    return False


def _closing_group(x: Token) -> bool:
    """'..., Secretary Ann Dahl and other Administration officials': a plural common noun in the list that an
    'other' (roles ``joint_group_modifiers``) marks as more of the same body."""
    return x.pos_ == "NOUN" and x.tag_ == "NNS" and any(
        c.dep_ == "amod" and c.lower_ in role_words()["joint_group_modifiers"] for c in x.children)


__all__ = ["one_party"]
