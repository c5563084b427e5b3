"""Itinerary travellers: which reports stand for a cluster (``_representatives``), who travels, and one name per
traveller ('Ruiz' -> 'Ana Ruiz').

Split out of ``itinerary``; the incremental store (``dateline.itineraries``) uses the same rules.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from ..people import role_words
from ..places import gazetteer
from ..records import Event, Participant, on_the_map
from .cluster import is_person, name_tokens
from .dates import is_period_value


def _by_cluster(events: Sequence[Event]) -> dict[str, list[Event]]:
    by_cluster: dict[str, list[Event]] = {}
    for e in events:
        by_cluster.setdefault(e.cluster_id or e.event_id, []).append(e)
    return by_cluster


def _representatives(events: Sequence[Event]) -> list[Event]:
    reps = []
    for members in _by_cluster(events).values():
        if any(m.status == "cancelled" for m in members) and not any(m.status == "occurred" for m in members):
            continue
        # a report dated by its days stands for the cluster before one dated by a period ("this week")
        rep = max(members, key=lambda m: (m.date_start is not None, m.date_end is not None,
                                          not is_period_value(m.date_value), len(m.participants), m.confidence,
                                          m.event_id))
        reps.append(rep)
    return reps


def called_off_trip(members: Sequence[Event]) -> Event | None:
    """A cluster's member that stands for it when the cluster is a trip only ever reported called off: it makes no
    stop, but its traveller is one. None for any other cluster."""
    if not members or members[0].event_type != "travel" or any(m.status != "cancelled" for m in members):
        return None
    return min(members, key=lambda m: m.event_id)


def _called_off_trips(events: Sequence[Event]) -> list[Event]:
    return [trip for members in _by_cluster(events).values() if (trip := called_off_trip(members)) is not None]


@lru_cache(maxsize=65_536)
def person_tokens(name: str) -> frozenset[str]:
    """A name's tokens without accents: 'José Muñoz Ruiz' and 'Jose Munoz Ruiz' are one person, so
    'Muñoz' beside both is not ambiguous."""
    return frozenset(unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode() or t
                     for t in name_tokens(name))


def _canonical_travellers(reps: list[Event]) -> dict[str, str]:
    """Map every person name to the longest name that contains all its words ('Ruiz' -> 'Ana Ruiz'), when exactly
    one does: two people who share a given name ('John Paul', 'John Berg') are not one traveller."""
    names = sorted({p.name for e in reps for p in e.participants if is_person(p)}, key=lambda n: (-len(n), n))
    canon: dict[str, str] = {}
    for n in names:
        toks = person_tokens(n)
        longer = {c for c in canon.values() if toks and toks <= person_tokens(c)}
        if not longer:
            longer = {c for c in canon.values() if _given_name_variant(n, c)}
        canon[n] = longer.pop() if len(longer) == 1 else n
    return canon


@lru_cache(maxsize=65_536)
def _given_and_surname(name: str) -> tuple[str, str, frozenset[str]] | None:
    """A name's first and last significant words, and the words between (None for a one-word name)."""
    toks = person_tokens(name)
    words = [w for w in (unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode() or t
                         for t in name.lower().replace("-", " ").replace(".", " ").split()) if w in toks]
    return (words[0], words[-1], frozenset(words[1:-1])) if len(words) >= 2 else None


def _given_name_variant(short: str, long: str) -> bool:
    """'Tom Weber' and 'Thomas R. Weber': one surname, given names that begin alike (a short form of the
    given name), and nothing else in the shorter name the longer lacks. The reports of one traveller name them both
    ways; two itineraries would split each stop between them."""
    a, b = _given_and_surname(short), _given_and_surname(long)
    return (a is not None and b is not None and a[1] == b[1] and a[0] != b[0] and a[0][:2] == b[0][:2]
            and a[2] <= b[2])


@lru_cache(maxsize=65_536)
def _bare_title(name: str) -> bool:
    """'President', 'the Prime Minister': a traveller the story left unresolved has no itinerary of their own.
    (Cached: the same people travel again and again.)"""
    words = role_words()
    return all(w.lower().strip(".") in words["head_nouns"] | words["modifiers"] | {"the"} for w in name.split())


def meets_abroad(e: Event, p: Participant) -> bool:
    """A person at a dated meeting (a day or a period) held in a country they are known not to belong to ('the
    envoy met the president in the capital on Sunday'): they travelled there. The host, and anyone whose country is
    unknown, is no traveller."""
    loc = e.location
    return (e.event_type == "meeting" and on_the_map(loc) and (e.date_start or e.date_end) is not None
            and p.country_code is not None and loc is not None and loc.country_code is not None
            and p.country_code != loc.country_code and _full_name(p.name))


@lru_cache(maxsize=65_536)
def _full_name(name: str) -> bool:
    """A first name and a surname, and not a country read as a party ('talks with India')."""
    return len(name.split()) >= 2 and gazetteer().country_code(name) is None


def traveller_names(e: Event) -> list[str]:
    """The people a report makes travellers: everyone a travel report names (not a bare title), and those meeting
    abroad."""
    return [p.name for p in e.participants
            if is_person(p) and not _bare_title(p.name) and (e.event_type == "travel" or meets_abroad(e, p))]

