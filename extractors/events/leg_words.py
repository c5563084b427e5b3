"""The words of ``data/legs.json``, apart from the code that reads trips with them.

Why a module of its own: the leg builder (``legs``) reads status through the trip builder, while the status rules
(``status_cues.journey_purpose``, ``own_relative.begun_by_its_clause``) need only these words (the leaving and the
starting verbs); here, with no import of either side, every reader imports them at the top.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "legs.json"


@dataclass(frozen=True, slots=True)
class LegVerbs:
    """The words of ``data/legs.json``: the sequence verbs, keyed by lemma, with the prepositions that give the place
    each reaches; the subordinators that put an adverbial clause after the trip ('before moving on to Nice'); and,
    for ``bound_for``, the leaving verbs, the heading words with their prepositions and the route nouns."""

    preps: dict[str, frozenset[str]]
    later_marks: frozenset[str]
    of_place_nouns: frozenset[str]
    start_verbs: frozenset[str]
    departure_verbs: frozenset[str]
    heading: dict[str, frozenset[str]]
    route_nouns: frozenset[str]


@lru_cache(maxsize=1)
def leg_verbs() -> LegVerbs:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    return LegVerbs({k: frozenset(v) for k, v in raw["sequence_verbs"].items()}, frozenset(raw["later_marks"]),
                    frozenset(raw["of_place_nouns"]), frozenset(raw["start_verbs"]),
                    frozenset(raw["departure_verbs"]), {k: frozenset(v) for k, v in raw["heading_words"].items()},
                    frozenset(raw["route_nouns"]))
