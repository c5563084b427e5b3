"""Where an itinerary stop lies on the map, for a report's place the gazetteer did not resolve.

Domestic tours are told district by district ('the president will visit Ukerewe district, then Magu district'):
the gazetteer holds towns, not the districts named after them, so such a place comes out unresolved and the
traveller's stop is lost. A district named after a town is placed at that town (its country is what a stop needs
first; the town lies inside its district). Only for the place's own name with an administrative word at its end:
described places ('a border district', 'besieged areas') stay off the map.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ..places import gazetteer
from ..records import Place

_DATA = Path(__file__).parent / "data" / "stop_places.json"


@lru_cache(maxsize=1)
def area_words() -> frozenset[str]:
    """The words that end an administrative area's name ('district', 'province'), from the data file."""
    return frozenset(json.loads(_DATA.read_text(encoding="utf-8"))["area_words"])


def _resolved(p: Place) -> bool:
    return p.latitude is not None or p.country_code is not None


@lru_cache(maxsize=65_536)
def on_the_map(p: Place | None) -> Place | None:
    """``p`` when the gazetteer placed it; an administrative area named after a town ('Alwar district'), placed at
    that town under its own name; None for anything else (a stop must be on the map)."""
    if p is None or _resolved(p):
        return p
    words = p.name.split()
    if len(words) < 2 or words[-1].lower() not in area_words():
        return None
    head = " ".join(words[:-1])
    if not head[:1].isupper() or head.lower().startswith(("the ", "a ", "an ")):
        return None  # 'a border district', 'the northern province': described, not named
    hit = gazetteer().lookup(head)
    if hit is None or hit.kind != "city" or hit.latitude is None:
        return None  # an area named after a country or a state is no place to put a stop
    return Place(p.name, hit.country_code, hit.latitude, hit.longitude)
