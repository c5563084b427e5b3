"""The city a meeting's venue is in, when the gazetteer does not hold the venue.

A meeting read "at the Grand Palace" or "at the airport", or "here" in a story with no dateline, names a place off
the map: a reader knows it is in the city the story has its participants in that day, and an itinerary or a
cluster needs that city. The venue's own name stays as detail ("Grand Palace, Lima"), since the schema's place has
only a name; the place on the map is the city's.

Where the city comes from, in order: where the participants are that day (``Whereabouts``), the story's scene that
day, where the participants last were (an undated meeting), the city the trip the story tells of them goes to, the
dateline city (around the article's day, or undated). When the story tells a trip of theirs, only a city inside it
(a preview's visitor is still at home); for a meeting ahead of the report with no trip told, only the place the
story gives that very day. Last, the capital of the country the trip goes to, when a participant is a visitor
there by the story's nationality words and none is of that country (a trip home is no visit; a host's palace
dinner for a visitor is in the capital). A town the gazetteer lacks ("Mamallapuram": one word, no venue noun) is
left alone: it is no venue inside another city.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..places import gazetteer
from ..records import Participant, Place
from .locate import is_venue_name, place_words
from .nationality import nationality_in_story

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .scene import StoryScene

_DEICTIC = frozenset({"here"})  # 'here' left unresolved: a story without a dateline
_NEAR_DAYS = 2  # how far from the article's day the dateline still says where a meeting is


def off_map_venue(p: Place | None) -> bool:
    """A named building or site, or 'here', that the gazetteer does not put on the map (no coordinates, no
    country): 'State House', 'the airport', 'X Gate'. Not a town it lacks, nor a region ('South Asia')."""
    if p is None or p.latitude is not None or p.country_code is not None:
        return False
    name = p.name.strip()
    if name.lower() in _DEICTIC or is_venue_name(name):
        return True
    words = name.replace("\n", " ").split()
    if gazetteer().world_region(name):
        return False
    # not a district, a village or a river ("Kalimbo District"): a part of the country, not a site inside a city
    return len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() in place_words("facility_heads")


def venue_city(scene: StoryScene, parts: list[Participant], start: date | None, end: date | None,
               doc: Doc | None = None) -> Place | None:
    """The city (on the map) a meeting of ``parts`` at an off-map venue is in, or None when the story says none.
    ``doc``: the article, whose nationality words say who of ``parts`` is a visitor."""
    people = scene.persons([p.name for p in parts])
    day = start or end
    gz = gazetteer()
    trip = scene.current_trip([p.name for p in parts])
    found: list[Place | None] = []
    if trip is None and day is not None and scene.article_date is not None and day > scene.article_date:
        # a meeting ahead of the report with no trip told: where the participants are now, or where the reporter
        # is, is not where they will be; only a place the story gives that very day says it
        found.append(scene.scenes.get(day))
    elif day is not None:
        found += [scene.whereabouts.where(people, day), scene.scene_for(start, end)]
    else:
        found.append(scene.whereabouts.latest(people))
    found.append(trip)
    dl = scene.dateline
    if dl is not None and dl.info.kind == "city" and (day is None or scene.article_date is None or abs(
            (day - scene.article_date).days) <= _NEAR_DAYS) and (trip is None or gz.compatible(trip, dl.place)):
        found.append(dl.place)
    # a city outside the country the trip goes to is where they were before it ("will lunch at the X Hotel" in a
    # preview, while the visitor is still at home)
    if trip is not None and trip.latitude is None and trip.country_code is not None and doc is not None \
            and _a_visitor_to(trip.country_code, parts, doc):
        capital = gz.capital_of(trip.country_code)
        found.append(capital.to_place() if capital is not None else None)
    return next((p for p in found if p is not None and p.latitude is not None and (
        trip is None or gz.compatible(p, trip))), None)


def _a_visitor_to(cc: str, parts: list[Participant], doc: Doc) -> bool:
    """Some participant is of another country than ``cc`` and none is of ``cc`` by the story's words ('Thai Prime
    Minister X'): the trip to ``cc`` is a visit, whose palace dinners and hotel receptions are in its capital. A
    participant of ``cc`` makes it a trip home, or a host's own movements."""
    homes = {p.country_code or nationality_in_story(doc, p.name) for p in parts}
    return cc not in homes and bool(homes - {None})


def at_venue_city(venue: Place, city: Place) -> Place:
    """The venue placed in its city: 'State House, Nairobi' ('here' is simply the city)."""
    if venue.name.strip().lower() in _DEICTIC:
        return city
    name = " ".join(venue.name.split())
    base = city.name.rsplit(", ", 1)[-1]
    return Place(f"{name}, {base}", city.country_code, city.latitude, city.longitude)
