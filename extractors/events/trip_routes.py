"""Where a trip goes when its own slots do not say: a toured site's town ("a tour of the Lyon steel plant"), the
verb a trip noun takes someone somewhere with ("the visit took her to Lima"), destination phrases the parser hung
on the trip's governing noun, and the event a trip is made to attend. Read for ``trips.travel_candidate``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..places import gazetteer
from ..records import Place
from .locate import best
from .phrases import clause_tokens

if TYPE_CHECKING:
    from .assemble import _Builder

def purpose_events(t: Token, is_event_noun) -> list[Token]:
    """'canceled a planned trip to attend a summit in P', 'left on Monday to attend talks in P': the event nouns a
    to-infinitive of purpose on the trip (a clause on its noun, or on its verb) takes as object. Where that event is
    held is where the journey goes, when the trip names no place of its own."""
    clauses = [c for c in t.children if c.dep_ in ({"acl", "relcl"} if t.pos_ in {"NOUN", "PROPN"} else {"advcl"})
               and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    # "to attend a League of Ports summit": the parser may make the name the object and the event noun its
    # 'of' object; the events are the event nouns of the object's phrase
    return [x for c in clauses for o in c.children if o.dep_ == "dobj" for x in clause_tokens(o) if is_event_noun(x)]


def site_modifier_place(b: _Builder, site: Token) -> Place | None:
    """The town a toured site is named by ("a tour of the Lyon steel plant", "of Acme's Lyon plant"): a proper-noun
    modifier in the site's compound chain that the gazetteer knows as a city. A site that is itself a name ("the
    White House", "Kennedy Space Center") is not read here, nor a modifier that is part of a person's full name
    (the tagger often calls such a town a person or an organisation, so its label is not asked)."""
    if site.pos_ != "NOUN":
        return None
    gz = gazetteer()
    chain = [x for x in site.subtree if x.i < site.i and x.dep_ in {"compound", "nmod"}
             and all(a.dep_ in {"compound", "nmod"} for a in x.ancestors if a.i < site.i and a in site.subtree)]
    out = []
    for x in chain:
        if x.pos_ != "PROPN" or not x.text[:1].isupper() or x.head.pos_ == "PROPN":
            continue  # "New" of "New York" is read with its head; "the Hans Weber plant" is a name
        person = b.people.at(x)
        if person is not None and len(person.person.name.split()) > 1:
            continue
        info = gz.lookup(" ".join(w.text for w in x.subtree))
        if info is not None and info.kind == "city":
            out.append(info.to_place())
    return best(out)


def route_verb(t: Token, lex) -> Token | None:
    """The verb that says where a trip noun, as its subject, takes someone ("the trip took her to Lima", "the visit
    will take the prince to three islands"); None for any other clause."""
    if t.pos_ not in {"NOUN", "PROPN"} or t.dep_ != "nsubj" or t.head.lemma_.lower() not in lex.route_verbs:
        return None
    return t.head


def stranded_preps(t: Token, preps: frozenset[str]) -> list[Token]:
    """Destination phrases the parser hung on the noun that governs ``t`` through 'of' ("the first day of his
    visit | to Peru"), placed after ``t``: a day, a leg or a part of a trip does not go anywhere, the trip does."""
    of = t.head
    if t.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ not in {"NOUN", "PROPN"}:
        return []
    return [pp for pp in of.head.children if pp.dep_ == "prep" and pp.lower_ in preps and pp.i > t.i]
