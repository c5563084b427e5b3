"""Where 'here' is in a report with no dateline: the place the story itself writes beside the word.

A dateline tells a reader where a report is filed from, and every 'here' of it means that place
(``story.ground_deictic_places``). Many pages carry none (a wire copy reprinted without its first line, a site that
puts the place in its address), yet still say where 'here' is whenever they write a place beside the word: "landed at
the X International Airport here", "talks were held here in Lima". A reader takes that place for every 'here' of the
report ("arrived here this evening"); left unread, 'here' names no place, and an arrival there is no journey at all.

Only a place on the map, a city or a country (a venue counts for the city it is in: an airport for the city it
serves), and only when every such naming of the page agrees; a 'here' with nothing beside it says nothing alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..places import PlaceInfo, gazetteer
from .locate import place_info

_HERE = "here"
_BESIDE_PREPS = frozenset({"in", "at"})  # 'here in Lima', 'landed at the X Airport here'; not 'from', 'to'
_KINDS = frozenset({"city", "country"})


def ground_here(doc: Doc) -> PlaceInfo | None:
    """Mark each 'here' of ``doc`` (a story with no dateline) with the place the story names beside the word, when
    it names one (``token._.story_place``, as a dateline would). Returns that place, or None."""
    heres = [t for t in doc if t.lower_ == _HERE and t.pos_ == "ADV"]
    found: dict[str, PlaceInfo] = {}
    for here in heres:
        for o in _named_beside(here):
            if (info := _on_the_map(place_info(o))) is not None:
                found[info.name] = info
    if len(found) != 1:
        return None  # nothing named beside 'here', or two places: no one place to choose
    (info,) = found.values()
    for here in heres:
        if here._.story_place is None:
            here._.story_place = info
    return info


def _named_beside(here: Token) -> list[Token]:
    """The place nouns written beside 'here': in a phrase hung on the word ('here in Lima'), the noun the word
    modifies ('the X Airport here'), or in an 'in'/'at' phrase of the verb it modifies ('landed at the X Airport
    here')."""
    phrases = [pp for pp in here.children if pp.dep_ == "prep" and pp.lower_ in _BESIDE_PREPS]
    head = here.head
    nouns = []
    if here.dep_ == "advmod" and head != here and head.pos_ in {"VERB", "AUX"}:
        phrases += [pp for pp in head.children if pp.dep_ == "prep" and pp.lower_ in _BESIDE_PREPS]
    elif here.dep_ == "advmod" and head != here and head.pos_ in {"NOUN", "PROPN"}:
        nouns.append(head)
    return nouns + [o for pp in phrases for o in pp.children if o.dep_ == "pobj"]


def _on_the_map(info: PlaceInfo | None) -> PlaceInfo | None:
    """A city or a country with coordinates; a venue placed in its city ('X Airport, Lima') is that city."""
    if info is None or info.kind not in _KINDS or info.latitude is None:
        return None
    if ", " in info.name:  # "X Airport, Lima" is at Lima's very point; a city's own comma is not
        city = gazetteer().lookup(info.name.rsplit(", ", 1)[1])
        if city is not None and (city.latitude, city.longitude) == (info.latitude, info.longitude):
            return city
    return info
