"""Meeting and travel events: extraction from one parsed article, clustering across articles, itineraries.

    extract_events(doc, article_id=..., timexes=..., article_date=..., noise=...) -> list[Event]
    cluster_events(events) -> list[Event]          (cluster_id filled, gaps reconciled)
    build_itineraries(events) -> list[ItineraryStop]
    find_noise(text, title) -> NoiseReport          (re-exported from dateline.extractors.cleaning)
"""

from ..cleaning import find_noise
from .assemble import extract_events
from .cluster import cluster_events, cluster_status
from .itinerary import build_itineraries

__all__ = ["build_itineraries", "cluster_events", "cluster_status", "extract_events", "find_noise"]
