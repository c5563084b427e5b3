"""The records extractors hand to the rest of dateline.

Frozen dataclasses, one per row kind, mirroring the Parquet tables in ``dateline.schemas``. Extractors build them
from spaCy Docs; flows turn lists of them into Arrow tables with the schema builders. Keeping them free of spaCy
and Prefect lets cross-article steps (clustering, itineraries) and tests work on plain values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Timex:
    """One temporal expression, resolved against an anchor (normally the article date).

    ``start_char``/``end_char`` index the article text as ingested. ``value`` is a TIMEX3 value string;
    ``start_date``/``end_date`` the inclusive calendar range it covers (None for durations, sets and
    expressions that could not be anchored). ``rule`` names the detection/normalisation rule, so every
    output row can be traced. ``direction`` is the past/future bias applied ("past", "future" or None)
    and ``note`` carries remarks such as a weekday/date conflict.
    """

    start_char: int
    end_char: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str | None = None  # START | MID | END | APPROX | BEFORE | AFTER | ...
    start_date: date | None = None
    end_date: date | None = None
    granularity: str | None = None  # day | week | month | quarter | season | year | decade | century | time | ...
    rule: str = ""
    direction: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class ArticleDate:
    """The article's own date and where it came from (``metadata`` | ``header`` | ``inferred`` | ``fallback`` |
    ``unknown``), with the evidence text when it was inferred."""

    value: date | None
    source: str
    evidence: str | None = None


@dataclass(frozen=True)
class Participant:
    name: str  # canonical full name ("Ada Lovelace"), or a group ("their counterparts")
    role: str | None = None  # title/role ("Secretary of State")
    country_code: str | None = None  # ISO 3166-1 alpha-2
    mention: str | None = None  # the surface string in the sentence


@dataclass(frozen=True)
class Place:
    name: str
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None


def on_the_map(p: Place | None) -> bool:
    """Geocoded, or at least placed in a country: a place an itinerary, a stay or a presence can stand on.
    Described places ('besieged areas', 'abroad') and named sites the gazetteer lacks are not."""
    return p is not None and (p.latitude is not None or p.country_code is not None)


def in_a_country(p: Place | None) -> bool:
    """Placed in a country the gazetteer knows (a city, a state, a country), not one only capitalised ("the Andean
    country") nor a site geocoded with no country: the place then says which event it is."""
    return p is not None and p.country_code is not None


@dataclass(frozen=True)
class Event:
    """A meeting or travel mention in one article. ``cluster_id`` is filled by cross-article merging."""

    event_id: str
    article_id: str
    event_type: str  # meeting | travel
    subtype: str | None
    participants: tuple[Participant, ...] = ()
    location: Place | None = None
    origin: Place | None = None
    destination: Place | None = None
    date_start: date | None = None
    date_end: date | None = None
    date_value: str | None = None  # TIMEX3 value of the attached expression
    status: str = "unknown"  # occurred | planned | cancelled | unknown
    trigger: str = ""
    sentence: str = ""
    start_char: int = 0
    end_char: int = 0
    confidence: float = 0.5
    cluster_id: str | None = None


@dataclass(frozen=True)
class ItineraryStop:
    traveler: str
    stop_index: int
    place: str
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    arrive: date | None = None
    depart: date | None = None
    event_ids: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class NoiseReport:
    """What of an article is not article text: character ranges to skip for event extraction (captions
    repeated, share/subscribe boilerplate, embedded posts) with reasons, and whether the title matches the body."""

    ignored: tuple[tuple[int, int, str], ...] = ()
    headline_matches_body: bool | None = None
    # the title: it may name in full whom the body calls by one word (a full name beside that same word is theirs
    # even in a teaser the body shares few words with)
    headline: str | None = None
