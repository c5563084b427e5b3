"""Itineraries over a long history: ``build_itineraries`` run per group of people whose names share tokens.

Why in groups: the builder looks at every representative event once per traveller, which is quadratic over a long
history. It canonicalises traveller names only among names sharing a token ('Ruiz' -> 'Ana Ruiz'), so a group of
names linked by shared tokens, given every cluster that names one of them, yields exactly the stops the whole
history would yield for the group's travellers. Inside a group's call the other people are masked (``_OTHER``), so
the call neither canonicalises nor follows them; their own group's call does.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from .extractors.events import build_itineraries
from .extractors.events.cluster import is_person, name_tokens
from .extractors.events.itinerary import _representatives  # the builder's own choice, so ours cannot drift
from .extractors.records import Event, ItineraryStop, Participant

_OTHER = Participant("(other)")  # not a person (``is_person``): keeps a participant's place in the count only


def person_names(events: Iterable[Event]) -> set[str]:
    return {p.name for e in events for p in e.participants if is_person(p)}


def person_groups(names: Iterable[str]) -> dict[str, str]:
    """Person name -> its group: names are linked when they share a name token (union-find over tokens); a name
    without any token of three letters is a group of its own."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    handles = {}
    for n in sorted(set(names)):
        toks = sorted(name_tokens(n))
        handles[n] = f"t:{toks[0]}" if toks else f"n:{n}"
        for t in toks[1:]:
            parent[find(f"t:{t}")] = find(handles[n])
    return {n: find(h) for n, h in handles.items()}


def _only_group(e: Event, group: str, group_of: Mapping[str, str]) -> Event:
    """``e`` with the people outside ``group`` masked; non-persons (absent from ``group_of``) kept. The builder's
    choice of a cluster's representative counts participants, so masking keeps the count."""
    if all(group_of.get(p.name, group) == group for p in e.participants):
        return e
    masked = tuple(p if group_of.get(p.name, group) == group else _OTHER for p in e.participants)
    return Event(**{**e.__dict__, "participants": masked})  # dataclasses.replace, at a third of its cost


def _deciding_members(members: list[Event]) -> list[Event]:
    """The members of a cluster the builder's choices depend on: its representative, and one member reporting that
    it happened and one that it was called off (whether the cluster counts). The builder picks the same
    representative among these as among all, and a big cluster is not masked member by member in every group."""
    reps = _representatives(members)
    if not reps:  # called off and never reported as held: no stop, but its traveller is one
        return members[:1] if all(m.status == "cancelled" for m in members) else members[:0]
    keep = {reps[0].event_id: reps[0]}
    for status in ("occurred", "cancelled"):
        m = next((m for m in members if m.status == status), None)
        if m is not None:
            keep.setdefault(m.event_id, m)
    return list(keep.values())


def itineraries(events: Sequence[Event]) -> list[ItineraryStop]:
    """The stops ``build_itineraries(events)`` gives, sorted by traveller and stop, built group by group."""
    group_of = person_groups(person_names(events))
    clusters: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        clusters[e.cluster_id or e.event_id].append(e)
    clusters = {cid: _deciding_members(members) for cid, members in clusters.items()}
    groups: dict[str, list[str]] = defaultdict(list)
    for cid, members in clusters.items():
        for g in sorted({group_of[p.name] for e in members for p in e.participants if p.name in group_of}):
            groups[g].append(cid)
    stops: list[ItineraryStop] = []
    for g, cids in groups.items():
        members = [_only_group(e, g, group_of) for cid in cids for e in clusters[cid]]
        stops.extend(s for s in build_itineraries(members) if group_of.get(s.traveler) == g)
    return sorted(stops, key=lambda s: (s.traveler, s.stop_index))
