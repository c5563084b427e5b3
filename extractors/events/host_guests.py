"""Who travels when a visit is told from the host's side: 'A will host B for a state visit', 'A would welcome B
for a visit to Lima', 'A invited B to visit Peru'. The subject of a host verb (``host_verbs`` of the trigger
lexicon: host, invite, receive, welcome, summon) stays at home; the guest, its direct object, is the one who
goes. Without this the trip noun hanging from the verb takes the verb's subject as its traveller, and the host is
made to travel to his own capital.

A pronoun object ('Varga invited him to visit Peru') is left to the pronoun resolver, which may give the host
back: reading it as someone other than the verb's subject (a non-reflexive object pronoun is free in its clause)
was tried and moved one read set the wrong way (an invitation told in the past perfect is read as a lapsed plan,
and the trip, now the guest's, took that status onto the guest's real visit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..places import gazetteer
from ..records import Participant
from .pronouns import bare
from .triggers import lexicon

if TYPE_CHECKING:  # the resolver imports this module
    from ..people import DocPeople
    from .participants import Resolver

_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
_HOME_KINDS = frozenset({"city", "state", "country"})  # a 'to' place that is the guest's goal, not a site of the visit


def is_host_verb(verb: Token | None) -> bool:
    """A verb whose subject receives a guest: its object is the visitor."""
    return verb is not None and verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in lexicon().host_verbs


def guest_object(verb: Token) -> Token | None:
    """The direct object of a host verb ('will host Prime Minister X', 'invited the Chilean leader'), if any and
    not a pronoun: who 'invited him' means is the pronoun resolver's (see the module's note)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return None if obj is None or obj.pos_ == "PRON" or bare(obj) in _OBJECT_PRONOUNS else obj


def _last(name: str) -> str:
    return name.split()[-1].lower() if name.split() else name.lower()


def guests(res: Resolver, verb: Token) -> list[Participant]:
    """The people the host verb ``verb`` receives: its direct object, resolved, less the host (the verb's
    subject) should the resolver give it back."""
    obj = guest_object(verb)
    if obj is None:
        return []
    hosts = {_last(p.name) for p in res.subject_of(verb)}
    return [p for p in res.resolve(obj, loose=True) if _last(p.name) not in hosts]


def welcomed_to_place(verb: Token, people: DocPeople) -> bool:
    """'A will welcome B to Norland', 'hoped to welcome B to Peru': a host verb with a guest object and
    a 'to' phrase naming a city, state or country brings the guest to that place: the clause tells the guest's trip
    there, seen from the host's side, not a meeting of its own (the talks, if any, are told in other words). The
    clause is no meeting; the trip is left to the story's own reports of it (emitting it from the host's clause was
    tried and added an unmatched trip on a guardrail set). A site ('welcomed B to the palace', 'to the White
    House') is where the host meets the guest, and 'received B in Lima' where they meet: both stay meetings."""
    from .locate import ent_text, place_info, without_article  # the locator imports the resolver, which imports us

    if not is_host_verb(verb) or guest_object(verb) is None:
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            info = place_info(obj, people)
            if info is not None and info.kind in _HOME_KINDS and not people.is_person_token(obj) \
                    and _named_as_itself(without_article(ent_text(obj) or obj.text), info.name):
                return True
    return False


def _named_as_itself(written: str, name: str) -> bool:
    """'to Peru', 'to the United States': the place is named as itself (a country by any of its names), not by a
    landmark the gazetteer stands for its city ('to the White House' is Washington's: a site, where host and guest
    meet)."""
    from .locate import unaccented  # the locator imports the resolver, which imports us

    return gazetteer().country_code(written) is not None or unaccented(written).lower() == unaccented(name).lower()
