"""Meeting and travel events: extraction from one parsed article, clustering across articles, itineraries.

    extract_events(doc, article_id=..., timexes=..., article_date=..., noise=...) -> list[Event]
    cluster_events(events) -> list[Event]          (cluster_id filled, gaps reconciled)
    build_itineraries(events) -> list[ItineraryStop]
    find_noise(text, title) -> NoiseReport          (re-exported from dateline.extractors.cleaning)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..cleaning import find_noise
    from .assemble import extract_events
    from .cluster import cluster_events, cluster_status
    from .itinerary import build_itineraries

__all__ = ["build_itineraries", "cluster_events", "cluster_status", "extract_events", "find_noise"]

# Imported on first use (PEP 562): the merge, in the flow process, needs clustering and itineraries, not the
# extraction side, which pulls in spaCy (about a second of every run's fixed cost).
_HOMES = {"find_noise": "..cleaning", "extract_events": ".assemble", "cluster_events": ".cluster",
          "cluster_status": ".cluster", "build_itineraries": ".itinerary"}


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_HOMES[name], __name__), name)
    globals()[name] = value
    return value
