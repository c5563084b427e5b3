"""Where a departure goes when its verb's own phrases do not say: "is due to leave Rome on Sunday, bound for Oslo",
"left Lima on Monday, heading on to Quito", "has left Hanoi and heads to Tokyo", "left Madrid en route to Lisbon".

A reader takes the place the leaving traveller heads for, in the same clause, as the departure's destination; the
parser hangs it on a modifier of the verb ('bound', 'heading'), on a coordinated verb that shares the leaving
traveller ('and heads to', 'and is travelling to'), or on 'en route'. Only a departure with no destination phrase of
its own ('left for Paris' already says it), and only one place: two ('heading to Oslo and Bergen') are a tour, whose
first leg the departure does not fix. The words are data (the ``bound_for`` keys of ``data/legs.json``, read by
``leg_words.leg_verbs``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import with_conjuncts
from .leg_words import leg_verbs

_OWN_DESTINATION_PREPS = frozenset({"to", "for", "toward", "towards", "into"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def bound_for(t: Token) -> list[Token]:
    """The place token a departure verb ``t``'s clause heads for, outside the verb's own phrases (a list of at most
    one): the object of a heading modifier, of a coordinated heading verb with no subject of its own (or the same
    subject), or of 'en route to'. Empty for any other trigger, for a departure that names its destination itself,
    and when the clause heads for two places."""
    words = leg_verbs()
    if t.pos_ not in {"VERB", "AUX"} or t.lemma_.lower() not in words.departure_verbs:
        return []
    if any(c.dep_ == "prep" and c.lower_ in _OWN_DESTINATION_PREPS for c in t.children):
        return []  # "left for Paris", "left Rome to return home": the verb's own phrase says where
    found: list[Token] = []
    for c in t.children:
        preps: frozenset[str] = frozenset()
        if c.dep_ in {"advcl", "acl", "xcomp"} or c.dep_ == "conj" and not _other_subject(c, t):
            # "bound for Oslo", "heading on to Oslo"; "and heads to Oslo" (the same traveller's next step)
            preps = words.heading.get(c.lower_, words.heading.get(c.lemma_.lower(), frozenset()))
        elif c.dep_ == "prep" and c.lower_ == "en":  # "en route to Lisbon"
            found += [x for o in c.children if o.dep_ == "pobj" and o.lower_ in words.route_nouns
                      for pp in o.children if pp.dep_ == "prep" and pp.lower_ in {"to", "for"}
                      for x in _objects(pp)]
            continue
        found += [x for pp in c.children if pp.dep_ == "prep" and pp.lower_ in preps for x in _objects(pp)]
    return found if len(found) == 1 else []


def _objects(prep: Token) -> list[Token]:
    return [x for o in prep.children if o.dep_ == "pobj" for x in with_conjuncts(o)]


def _other_subject(conj: Token, t: Token) -> bool:
    """The coordinated verb has a subject of its own that is not the leaving verb's ("X left Rome and Y heads to
    Oslo"): someone else's step."""
    own = [c for c in conj.children if c.dep_ in _SUBJECTS]
    if not own:
        return False
    theirs = {c.lower_ for c in t.children if c.dep_ in _SUBJECTS}
    return any(c.lower_ not in theirs and c.pos_ != "PRON" for c in own)
