"""Who a trip carries and where they belong, read for the trip reader (``trips.travel_candidate``): the riders of a
travelling vehicle, a place written as the owner of a traveller's name, and the travellers' home country for
'will fly home'. Kept apart from the reader so that its clause walk stays one function of one concern."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..places import gazetteer
from ..records import Participant, Place
from .locate import place_at
from .nationality import nationality_in_story

if TYPE_CHECKING:
    from .assemble import _Builder
    from .story import Dateline

_CARRYING = frozenset({"carry", "bear", "transport"})


def vehicle_riders(b: _Builder, t: Token) -> list[Participant]:
    """'The president's plane landed in Lima', 'her motorcade left for the palace', 'a train carrying Maria Lopez
    arrived': a vehicle that travels (``vehicle_nouns``) carries its possessor, or the named person it carries."""
    verb = t
    while verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head  # "the train crossed the river and arrived in X": the subject of the first verb
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.lemma_.lower() not in b.lex.vehicle_nouns:
        return []
    riders = [c for c in subj.children if c.dep_ == "poss"] + [
        o for c in subj.children if c.dep_ == "acl" and c.lemma_.lower() in _CARRYING
        for o in c.children if o.dep_ == "dobj"]
    return [q for r in riders for q in b.res.resolve(r) if b.people.people.get(q.name)]


def place_owner(b: _Builder, s: Token) -> set[int]:
    """The token indices of a place written as the owner of a name the tagger did not take for a person ("Peru's
    Ana Ruiz flew to Quito"): the country says whose the traveller is, it is not part of their name. A common noun
    keeps its owner ("Peru's migrants" is a group named by it)."""
    if s.pos_ != "PROPN":
        return set()
    return {x.i for c in s.children if c.dep_ == "poss" and place_at(c, b.people) for x in c.subtree}


def home_country(travellers: list[Participant], doc: Doc | None = None, dateline: Dateline | None = None,
                  arrived: frozenset[str] = frozenset()) -> Place | None:
    """'will fly home': the travellers' country. Their titles say it when they give one and the same; else a
    nationality word before a traveller's name anywhere in the story ("the Japanese foreign minister ..."); else the
    country the report is filed from, as a domestic paper writes "the prime minister will fly home", unless the story
    has them arrive in that country (``arrived``: the countries of their reported arrivals; a visitor there flies
    home elsewhere)."""
    countries = {p.country_code for p in travellers if p.country_code}
    if not countries and doc is not None:
        countries = {cc for p in travellers if (cc := nationality_in_story(doc, p.name))}
    filed_from = dateline.info.country_code if dateline is not None else None
    if not countries and filed_from and filed_from not in arrived:
        countries = {filed_from}
    if len(countries) != 1:
        return None
    country = gazetteer().country(countries.pop())
    return country.to_place() if country else None
