"""Receptions: a host who welcomes, bids farewell to or shows round a named visitor meets that visitor, told by a noun a
light verb carries ("was given a warm welcome by X", "bade farewell to X", "gave X a warm welcome") or by 'take'
with an outing ("took the president on a tour of the harbour"). Each is one rule for its construction, its words
as data in ``triggers.json`` (``reception_nouns``, ``reception_verbs``, the ``named_sides`` and ``outing`` needs):
the same words also tell no meeting ("a welcome change", "the two leaders will receive a warm welcome", "took
office", "was taken on a tour"), so each rule says what makes them one: a giver named apart from the one received."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import Participant
from .clauses import governing_verb, with_conjuncts

if TYPE_CHECKING:
    from .participants import Resolver
    from .triggers import Lexicon

_SIDE_PREPS = frozenset({"by", "from", "to", "with"})  # "a welcome by X", "a farewell to X", "a send-off from X"


def reception_verb(n: Token, lex: Lexicon) -> Token | None:
    """The verb that gives or gets a reception noun ('was given a welcome', 'bade farewell', 'received a send-off';
    the small model may tag 'bid' a noun, so the head is taken by its lemma whatever its part of speech)."""
    if n.lemma_.lower() not in lex.reception_nouns:
        return None
    verb, how = governing_verb(n)
    if verb is None and n.dep_ == "dobj":
        verb, how = n.head, "dobj"
    if verb is None or how != "dobj" or verb.lemma_.lower() not in lex.reception_verbs:
        return None
    return verb


def own_sides(n: Token, lex: Lexicon) -> bool:
    """Whether a reception noun names its sides itself: a 'by', 'from', 'to' or 'with' phrase of its own or of the
    verb that gives it ('a welcome by X', 'bade farewell on Tuesday to X'), or a dative ('gave X a warm welcome').
    'The two leaders will receive a warm welcome' names the ones welcomed and no host."""
    if any(c.dep_ == "prep" and c.lower_ in _SIDE_PREPS for c in n.children):
        return True
    verb = reception_verb(n, lex)
    return verb is not None and any(c.dep_ in {"agent", "dative"} or c.dep_ == "prep" and c.lower_ in _SIDE_PREPS
                                    for c in verb.children)


def reception_sides(res: Resolver, lex: Lexicon, n: Token) -> list[Participant]:
    """The two sides of a welcome or a farewell: the subject of the verb that gives or gets it ('X was given a
    welcome', 'X bade farewell') and the one it is given by or to ('by Y', 'to Y', 'gave Y a welcome'), wherever
    the parser hangs that phrase (on the noun or on the verb)."""
    verb = reception_verb(n, lex)
    if verb is None:
        return []
    out = list(res.subject_of(verb)) if verb.pos_ in {"VERB", "AUX"} else [
        p for c in verb.children if c.dep_ in {"nsubj", "compound"} and c.i < verb.i for p in res.resolve(c)]
    for h in (verb, n):
        for c in h.children:
            if c.dep_ == "dative" and h is verb:
                out += res.resolve(c)  # "gave the visitor a warm welcome"
            elif c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in _SIDE_PREPS:
                out += [p for w in with_conjuncts(c) for o in w.children if o.dep_ == "pobj" for p in res.resolve(o)]
    return out


def on_an_outing(v: Token) -> bool:
    """'took the president on a tour of the harbour', 'took her for a walk along the river': the verb has an 'on' or
    'for' phrase whose object is a common noun that is no day and no place (the guest is its object: ``needs
    person_object``). Only in the active voice: 'was taken on a tour' names no host in its subject."""
    return not any(c.dep_ in {"nsubjpass", "auxpass"} for c in v.children) and any(
        c.dep_ == "prep" and c.lower_ in {"on", "for"} and o.dep_ == "pobj" and o.pos_ == "NOUN"
        and o.ent_type_ not in {"DATE", "TIME", "GPE", "LOC", "FAC"} for c in v.children for o in c.children)
