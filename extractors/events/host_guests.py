"""Who travels when a visit is told from the host's side: 'A will host B for a state visit', 'A would welcome B
for a visit to Lima', 'A invited him to visit Peru'. The subject of a host verb (``host_verbs`` of the trigger
lexicon: host, invite, receive, welcome, summon) stays at home; the guest, its direct object, is the one who
goes. Without this the trip noun hanging from the verb takes the verb's subject as its traveller, and the host is
made to travel to his own capital.

A pronoun object of the host verb never means the verb's own subject ('Varga invited him': 'him' is not Varga,
a non-reflexive object pronoun is free in its clause), so it means the person named before it in its sentence
who is not the host, else the last one the story told who is not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import Participant
from .phrases import segment_start
from .pronouns import bare
from .triggers import lexicon

if TYPE_CHECKING:  # the resolver imports this module
    from .participants import Resolver

_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def is_host_verb(verb: Token | None) -> bool:
    """A verb whose subject receives a guest: its object is the visitor."""
    return verb is not None and verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in lexicon().host_verbs


def guest_object(verb: Token) -> Token | None:
    """The direct object of a host verb ('will host Prime Minister X', 'invited him'), if any."""
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _last(name: str) -> str:
    return name.split()[-1].lower() if name.split() else name.lower()


def guests(res: Resolver, verb: Token) -> list[Participant]:
    """The people the host verb ``verb`` receives: its direct object, resolved; a pronoun object never means the
    host (the verb's subject), so then the person named last before it in the sentence who is not the host."""
    obj = guest_object(verb)
    if obj is None:
        return []
    hosts = {_last(p.name) for p in res.subject_of(verb)}
    if bare(obj) not in _OBJECT_PRONOUNS:
        got = res.resolve(obj, loose=True)
        return [p for p in got if _last(p.name) not in hosts]
    got = [p for p in res.resolve(obj) if _last(p.name) not in hosts]
    if got:
        return got
    if bare(obj) == "them":
        return []
    for m in reversed(res.people.in_span(segment_start(obj), obj.i)):
        if _last(m.person.name) not in hosts:
            return [res.participant(m.person, obj.text)]
    # "Varga met Dorsk on Monday. Varga invited him to visit Peru": the last person the story told who is not the host
    other = next((p for p in reversed(res.salience.recent) if _last(p.name) not in hosts), None)
    return [res.participant(other, obj.text)] if other is not None else []
