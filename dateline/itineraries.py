"""Itineraries that a run can extend instead of rebuilding: the builder's steps, split so its state can be kept.

``extractors.events.itinerary.build_itineraries`` looks at the whole history of every traveller at once. A store
that grows every day cannot afford that, so the same computation is cut into pieces whose results are kept
(``dateline.itinerary_store``):

1. per cluster, its representative report and the raw *visits* it gives (``Rep``): independent of every other
   cluster, so computed once, when the cluster's month is merged;
2. per group of names sharing a token, which name is which traveller (``canonical``): it depends only on the set
   of names, so a run recomputes it only for the groups whose names changed;
3. per traveller, the visits placed in time (an undated step takes the day of the step before it in its article,
   an undated departure that reaches nowhere the last day its article puts the traveller at its place: per
   article) and in a day's order (a stay before a departure that day: per day), sorted, and folded into stops.
   The fold looks only at the last stop, so a run that changes the visits from some day on keeps every stop before
   the one that day falls in and folds again from there (``fold`` with ``start``).

``itineraries(events)`` runs all three from nothing and equals ``build_itineraries(events)`` (tested); ties in the
builder's sorts (two reports at one offset of one article) are broken by event id here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from .extractors.events.cluster import is_person
from .extractors.events.itinerary import report_steps
from .extractors.events.itinerary_narrative import _date_undated, told_at
from .extractors.events.itinerary_stops import (
    _ARRIVE,
    _DEPART,
    _STAY,
    _STAY_ENDS,
    _Visit,
    absorb,
    close_stop,
    continues,
    day_kind,
    open_stop,
)
from .extractors.events.itinerary_travellers import (
    _canonical_travellers,
    _representatives,
    called_off_trip,
    person_tokens,
    traveller_names,
)
from .extractors.records import Event, ItineraryStop, Participant, Place


@dataclass(frozen=True, slots=True)
class Visit:
    """One step of a traveller as a cluster's representative report gives it: the place, the day the report dates
    it (``raw_key``; ``end`` closes a planned step dated by a period), its kind in a day's order (depart, arrive,
    stay). Once placed among the traveller's other steps: its day (``key``), kind and stop."""

    cluster_id: str
    event_id: str
    article_id: str
    start_char: int
    place_at: int
    raw_key: date | None
    end: date | None
    raw_kind: int
    place: Place
    arrive: date | None = None
    depart: date | None = None
    key: date | None = None
    kind: int = _STAY
    stop_index: int = -1
    raw_place: Place | None = None  # the report's own place once ``date_undated`` refined ``place`` (a return's home)
    earlier: bool = False  # undated, told as before the steps written before it ('Earlier, ...'): first on its day
    by: bool = False  # ``arrive`` is only a day the traveller was there by (``Step.by``)


@dataclass(frozen=True, slots=True)
class Rep:
    """What one cluster gives the itineraries: the people its representative names, those of them it makes
    travellers (a travel report naming them, not a bare title), and its visits."""

    cluster_id: str
    people: tuple[str, ...]
    travellers: tuple[str, ...]
    visits: tuple[Visit, ...]


def rep_of(cluster_id: str, members: Sequence[Event]) -> Rep | None:
    """The cluster's representative as the builder chooses it, as a ``Rep``; for a trip only ever reported called
    off, its travellers and no visit; ``None`` for any other cluster the builder skips."""
    reps = _representatives(members)
    e = reps[0] if reps else called_off_trip(members)
    if e is None:
        return None
    people = tuple(dict.fromkeys(p.name for p in e.participants if is_person(p)))
    travellers = tuple(dict.fromkeys(traveller_names(e)))
    return Rep(cluster_id, people, travellers, tuple(_raw_visits(cluster_id, e)) if reps else ())


def _raw_visits(cluster_id: str, e: Event) -> list[Visit]:
    """The builder's visits of one report (``report_steps``), for whoever it names."""
    at = told_at(e.sentence, e.trigger, e.start_char)  # where the story tells it ('before'/'after' phrases)
    return [Visit(cluster_id, e.event_id, e.article_id, at, st.place_at, st.key, st.end, st.kind,
                  st.place, arrive=st.arrive, depart=st.depart, earlier=st.earlier, by=st.by)
            for st in report_steps(e)]


def reps_of(events: Iterable[Event]) -> list[Rep]:
    """One ``Rep`` per cluster of clustered ``events`` (those the builder does not skip), by cluster id."""
    clusters: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        clusters[e.cluster_id or e.event_id].append(e)
    return [r for cid in sorted(clusters) if (r := rep_of(cid, clusters[cid])) is not None]


def person_groups(names: Iterable[str]) -> dict[str, str]:
    """Person name -> its group: names are linked when they share a name token (union-find over tokens); a name
    without any token of three letters is a group of its own. A name's traveller is always in its group."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    handles = {}
    for n in sorted(set(names)):
        toks = sorted(person_tokens(n))
        handles[n] = f"t:{toks[0]}" if toks else f"n:{n}"
        for t in toks[1:]:
            parent[find(f"t:{t}")] = find(handles[n])
    return {n: find(h) for n, h in handles.items()}


def canonical(names: Iterable[str]) -> dict[str, str]:
    """Name -> the traveller it is ('Ruiz' -> 'Ana Ruiz' when exactly one longer name holds its words): the
    builder's own rule, applied group by group (it only ever relates names of one group)."""
    by_group: dict[str, list[str]] = defaultdict(list)
    for n, g in person_groups(names).items():
        by_group[g].append(n)
    out: dict[str, str] = {}
    for group in by_group.values():
        holder = Event("", "", "meeting", None, tuple(Participant(n) for n in group))
        out.update(_canonical_travellers([holder]))
    return out


def _order(v: Visit) -> tuple:
    return v.article_id, v.start_char, v.place_at, v.event_id, v.raw_kind


def sort_key(v: Visit) -> tuple:
    """The builder's order of placed visits (day, kind in the day, text order), ties by event id."""
    return v.key is None, v.key or date.min, not v.earlier, v.kind, v.article_id, v.start_char, v.place_at, v.event_id


def day_key(day: date | None) -> tuple[bool, date]:
    """Visits sort by day first, undated ones last: the granularity at which a run decides what to fold again."""
    return day is None, day or date.min


def _builder_visit(v: Visit, key: date | None, kind: int, place: Place | None = None) -> _Visit:
    return _Visit(key, kind, place or v.place, arrive=v.arrive, depart=v.depart, event_ids=[v.event_id],
                  order=(v.article_id, v.start_char, v.place_at), end=v.end, earlier=v.earlier, by=v.by)


def _placed(v: Visit, key: date | None, kind: int, stop_index: int = -1) -> Visit:
    """``v`` placed (``dataclasses.replace`` costs three times this, on every visit of a full rebuild)."""
    return Visit(v.cluster_id, v.event_id, v.article_id, v.start_char, v.place_at, v.raw_key, v.end, v.raw_kind,
                 v.place, v.arrive, v.depart, key, kind, stop_index, v.raw_place, v.earlier, v.by)


def date_undated(visits: Iterable[Visit]) -> list[Visit]:
    """``visits`` with ``key`` set: the builder's dating of undated steps by the step before them in their article
    (and the place of the departure a return implies, as its article names it most precisely).
    Needs every visit of the traveller (it works article by article, but a return's journey may begin in
    another article's days: ``_date_undated``). It always starts
    from each report's own place (``raw_place`` once a run has refined it), as one build does: a store re-dating a
    step from a place an earlier run refined could not undo that refinement when a later run adds a step."""
    ordered = sorted(visits, key=_order)
    shadows = [_builder_visit(v, v.raw_key, v.raw_kind, v.raw_place or v.place) for v in ordered]
    _date_undated(shadows)
    return [_placed(v if s.place == v.place else replace(v, place=s.place, raw_place=v.raw_place or v.place),
                    s.key, v.kind, v.stop_index)
            for v, s in zip(ordered, shadows, strict=True)]


def with_kinds(visits: Sequence[Visit]) -> list[Visit]:
    """``visits`` with ``kind`` set: a stay on the day the traveller leaves that place, or reaches another, comes
    before the move (the builder's ``_stays_before_leaving``, with the moves looked up by day). Needs every visit of the
    traveller on the days concerned (it works day by day)."""
    leaving: dict[date, list[Place]] = defaultdict(list)
    arriving: dict[date, list[Place]] = defaultdict(list)
    for v in visits:
        if v.raw_kind in (_DEPART, _ARRIVE) and v.key is not None:
            (leaving if v.raw_kind == _DEPART else arriving)[v.key].append(v.place)
    out = []
    for v in visits:
        kind = v.raw_kind
        if v.key is not None:
            kind = day_kind(kind, v.place, leaving.get(v.key, ()), arriving.get(v.key, ()))
        out.append(_placed(v, v.key, kind, v.stop_index))
    return out


def fold(who: str, visits: Sequence[Visit], start: ItineraryStop | None = None,
         first_index: int = 0) -> tuple[list[ItineraryStop], list[Visit]]:
    """The builder's merge of sorted, placed visits into stops (``itinerary._stops``), numbered from
    ``first_index``, with each visit's stop. ``start`` is the stop before ``first_index`` as a full build left it:
    the fold resumes from it (the builder only ever looks at the last stop), and it is not returned."""
    last = None
    if start is not None:
        last = _Visit(None, _STAY, Place(start.place, start.country_code, start.latitude, start.longitude),
                      start.arrive, start.depart, list(start.event_ids))
    merged: list[_Visit] = []
    placed = []
    for v in visits:
        step = _builder_visit(v, v.key, v.kind)
        if last is not None and continues(last, step):
            absorb(last, step)
        elif v.kind == _STAY_ENDS:
            pass  # the end of a visit to a country already left: it widens nothing (the builder skips it)
        else:
            if last is not None:
                close_stop(last, step)
            last = open_stop(step)
            merged.append(last)
        placed.append(_placed(v, v.key, v.kind, first_index + len(merged) - 1))
    if merged:
        close_stop(merged[-1], None)
    stops = [
        ItineraryStop(traveler=who, stop_index=first_index + i, place=m.place.name,
                      country_code=m.place.country_code, latitude=m.place.latitude, longitude=m.place.longitude,
                      arrive=m.arrive, depart=m.depart, event_ids=tuple(dict.fromkeys(m.event_ids)))
        for i, m in enumerate(merged)
    ]
    return stops, placed


def build_one(who: str, visits: Iterable[Visit]) -> tuple[list[ItineraryStop], list[Visit]]:
    """A traveller's stops from all their visits (each cluster's visits once)."""
    placed = sorted(with_kinds(date_undated(visits)), key=sort_key)
    return fold(who, placed)


def travellers_of(reps: Iterable[Rep], canon: dict[str, str]) -> dict[str, list[Visit]]:
    """Traveller -> the visits of every rep that names them (once per rep, however many of their names it uses)."""
    reps = list(reps)
    travellers = {canon[n] for r in reps for n in r.travellers}
    out: dict[str, list[Visit]] = {t: [] for t in travellers}
    for r in reps:
        for who in {canon[n] for n in r.people} & travellers:
            out[who].extend(r.visits)
    return out


def itineraries(events: Sequence[Event]) -> list[ItineraryStop]:
    """The stops ``build_itineraries(events)`` gives, sorted by traveller and stop."""
    reps = reps_of(events)
    canon = canonical(n for r in reps for n in r.people)
    stops: list[ItineraryStop] = []
    for who, visits in sorted(travellers_of(reps, canon).items()):
        stops.extend(build_one(who, visits)[0])
    return stops

