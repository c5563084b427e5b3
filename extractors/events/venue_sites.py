"""The venue an arrival is told at, when the place reader reads none: "landed at the airport", "his arrival at the
X airport", "then head to the X Castle", "the arrival at the naval base in Y".

The trip reader takes a travel slot's object as a place only when the gazetteer, or a named venue with a city in
its phrase, puts it on the map. A venue noun written in lower case ("the airport", "the naval base"), or a venue
whose named modifier the tagger read as a person ("the X airport", "X Castle"), gives no place, so the trip is
declined for having none, though a reader knows where the traveller went: to that venue, inside some city. Read
here as a site: its words, and the city its own phrase names (a city its name starts with, an airport of that name,
a place after 'in'/'near'/'of'); with no city, a site off the map (``venue_city.off_map_venue``), which the story's
presences and scene put in a city later, as they do for meetings at a venue.

Only the object of a travel slot (an arrival's 'at'/'in', a destination's 'to'), and only a noun that is a venue
head (``venue_heads`` in ``data/travel_places.json``), not a venue used as a modifier ("the airport road").

A site off the map read for an arrival is placed at the story level when the story has already told its traveller
arriving in a city that day ("arrived in P on Monday. ... The envoy arrived at the hotel"): it is one arrival told
twice, the second time by its venue, so the venue is in that city (``landing_city``), and the within-article merge
reads one arrival, as it reads "State House, P" inside P. Left as a site off the map, it is a second arrival at a
place no city contains, an event of its own that parts the gold arrival's mentions.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from ..people import DocPeople
from ..places import airports, gazetteer
from ..records import Place
from ..tree import children
from .candidate import Candidate
from .locate import _city_in_name, place_at, place_words, story_countries
from .venue_city import at_venue_city, off_map_venue

_CITY_PREPS = frozenset({"in", "near", "of"})  # "the naval base in Y", "the airport of Y"; not "outside Y"
_NAME_DEPS = frozenset({"compound", "amod", "nmod"})  # the venue's own words: "X airport", "the naval base"


def venue_site(tok: Token, people: DocPeople | None = None) -> Place | None:
    """The venue ``tok`` (a travel slot's object) names, placed in its city when its phrase names one, else a site
    off the map; None when ``tok`` is no venue noun. A venue head the tagger put inside a person's name ("X
    Castle") is still the venue: a name ending in a venue noun names a building."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.lower_ not in place_words("venue_heads"):
        return None
    words = [c for c in children(tok) if c.dep_ in _NAME_DEPS and c.i < tok.i]
    start = min([tok.i] + [x.i for c in words for x in c.subtree])
    name = tok.doc[start:tok.i + 1].text
    story = story_countries(tok.doc)
    city = _city_in_name(name, story) or airports().city_of(name, story)
    if city is not None:
        return Place(f"{name}, {city.name}", city.country_code, city.latitude, city.longitude)
    for pp in (c for c in children(tok) if c.dep_ == "prep" and c.lower_ in _CITY_PREPS):
        for o in (c for c in children(pp) if c.dep_ == "pobj"):
            for x in (o, *(c for c in children(o) if c.dep_ == "compound")):  # "in Y harbour": Y
                if (p := place_at(x, people)) is not None and p.latitude is not None:
                    return Place(f"{name}, {p.name}", p.country_code, p.latitude, p.longitude)
    return Place(name)


def landing_city(venue: Place | None, landed: dict[str, list[tuple[date | None, Place]]], people: list[str],
                 day: date | None) -> Place | None:
    """``venue`` (an arrival's site off the map) placed in the city the story already had ``people`` arrive in on
    ``day`` (either undated: the last arrival told of them), when those arrivals name one place; else None. The
    arrival retold by its venue is the same act, not a second trip to somewhere unknown."""
    if not off_map_venue(venue):
        return None
    gz = gazetteer()
    seen = [(d, p) for name in people for d, p in landed.get(name, ())
            if (info := gz.info(p)) is not None and info.kind == "city"]  # a site is in a city, not a country
    same_day = [p for d, p in seen if day is not None and d == day]
    found = same_day or [p for d, p in seen if day is None or d is None]
    if not found:
        return None
    city = found[-1]
    if not all(gz.compatible(city, p) for p in found):
        return None  # two cities that day: no telling which the venue is in
    return at_venue_city(venue, city)


def placed_arrivals(cands: list[Candidate], sites: set[int]) -> list[Candidate]:
    """``cands`` without the arrivals whose only place is still a site off the map once the story has placed what
    it can (a caption's "arrives at the X Hall, a museum in the village of Y"): an arrival at a site no city holds
    tells no stop of the trip, and reported alone it is an event no report shares. ``sites``: the triggers the trip
    reader placed at a site (``venue_site``); arrivals placed otherwise are left as they were."""
    return [c for c in cands if not (c.event_type == "travel" and c.subtype == "arrive" and c.trigger.i in sites
                                     and c.origin is None and off_map_venue(c.destination))]
