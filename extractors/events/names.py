"""Names of people as clustering reads them: which participants are named people, and when two names are one
person (a shared significant token, so 'Ruiz' meets 'Ana Ruiz'). Shared by cross-article linking, reconciliation
and itineraries."""

from __future__ import annotations

from functools import lru_cache

from ..records import Event, Participant

_TITLE_TOKENS = {"mr", "mrs", "ms", "dr", "the"}


@lru_cache(maxsize=65_536)
def name_tokens(name: str) -> frozenset[str]:
    """The significant tokens of a name (three letters or more, no 'Mr' or 'the'), as the shared scorer reads them:
    'Ana Maria Ruiz da Costa' and 'Ruiz' share 'ruiz'."""
    words = name.lower().replace("-", " ").replace(".", " ").split()
    return frozenset(w.strip(",'’") for w in words if len(w.strip(",'’")) >= 3 and w not in _TITLE_TOKENS)


def is_person(p: Participant) -> bool:
    """A named person rather than a group description ('Chinese counterparts')."""
    return _person_name(p.name)


def is_person_name(name: str) -> bool:
    """``is_person`` of a bare name (a staged row's participant, not yet a ``Participant``)."""
    return _person_name(name)


@lru_cache(maxsize=65_536)
def _person_name(name: str) -> bool:
    """``is_person`` by name, once per name (asked several times of every mention when a merge clusters)."""
    words = name.split()
    return bool(words) and all(w[:1].isupper() or w.lower() in {"bin", "al", "da", "de", "van", "von"} for w in words)


def same_person(a: str, b: str) -> bool:
    """Two names of one person: they share a significant token ('Ruiz' and 'Ana Ruiz')."""
    return bool(name_tokens(a) & name_tokens(b))


def person_names(e: Event) -> list[str]:
    """The names of the mention's participants that are named people."""
    return [p.name for p in e.participants if is_person(p)]


__all__ = ["is_person", "is_person_name", "name_tokens", "person_names", "same_person"]
