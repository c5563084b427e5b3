"""Itineraries: per traveller, the ordered places of their trips with arrive/depart dates.

Built from clustered events, one representative per cluster (so three articles about one flight give one leg), from
travel events (origin = a stop left on the travel date, destination = a stop reached) and from meetings the traveller
attends at a known place on one known day (they were there on that day: a stop first known from a meeting arrives
on its day). Only people who travel get an itinerary: named in a travel event, or at a dated meeting in a country
that is not their own (an envoy's talks abroad are a trip even when no flight is reported); cancelled events are
ignored, planned and occurred ones both count (an itinerary is a schedule).

On one day the order is: what they did at the place they leave (or anywhere but where they arrive), leave, arrive
at the new place, meet there. An arrival/departure day is only taken from a single-day date ("early next month" says
when, not which day), or from the start of a trip dated only by its start. A stop no trip reached or left, known
only from meetings, runs from the first of their days to the last.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from ..people import role_words
from ..places import gazetteer
from ..records import Event, ItineraryStop, Participant, Place
from .cluster import is_person, name_tokens
from .dates import is_period_value

_BEFORE_LEAVING, _DEPART, _ARRIVE, _STAY = -1, 0, 1, 2
_STAY_ENDS = 3  # the last day of a visit to a country, told with its first city ('a five-day visit to France')


@dataclass
class _Visit:
    key: date | None
    kind: int
    place: Place
    arrive: date | None = None
    depart: date | None = None
    event_ids: list[str] = field(default_factory=list)
    order: tuple[str, int, int] = ("", 0, 0)  # (article, offset, place in the sentence), to place undated stops
    end: date | None = None  # last day of a planned period-dated step ("next week"); None otherwise
    moved: bool = True  # as a stop: a trip reached or left it (False: known only from meetings there)
    last_seen: date | None = None  # as a stop: the last single day of a meeting there


def open_stop(v: _Visit) -> _Visit:
    """A new stop from its first visit."""
    stop = _Visit(v.key, v.kind, v.place, v.arrive, v.depart, list(v.event_ids), moved=False)
    _note(stop, v)
    return stop


def absorb(stop: _Visit, v: _Visit) -> None:
    """A visit at the stop's place (or a place in it, or containing it) widens the stop."""
    stop.place = _more_specific(stop.place, v.place)
    stop.arrive = min((d for d in (stop.arrive, v.arrive) if d), default=None)
    stop.depart = max((d for d in (stop.depart, v.depart) if d), default=None)
    stop.event_ids.extend(v.event_ids)
    _note(stop, v)


def _note(stop: _Visit, v: _Visit) -> None:
    if v.kind in (_DEPART, _ARRIVE):
        stop.moved = True
    elif v.arrive is not None:
        stop.last_seen = max(stop.last_seen or v.arrive, v.arrive)


# a visit this long after everything known of a stop is another trip; also the longest stay ``_stay`` reads as one
STOP_GAP_DAYS = 31


def _last_day(stop: _Visit) -> date | None:
    """The latest day known of a stop (from what its ``ItineraryStop`` keeps, or its meetings)."""
    return max((d for d in (stop.arrive, stop.depart, stop.last_seen) if d is not None), default=None)


def _long_after(stop: _Visit, day: date | None) -> bool:
    last = _last_day(stop)
    return day is not None and last is not None and (day - last).days > STOP_GAP_DAYS


def continues(stop: _Visit, v: _Visit) -> bool:
    """Whether visit ``v`` widens the open stop: the same place (or one inside the other), and not weeks after all
    that is known of the stop (a state visit to Washington and a summit there the next year are two stops, not
    one stay of a year)."""
    return compatible(stop.place, v.place) and not _long_after(stop, v.key)


def close_stop(stop: _Visit, following: _Visit | None) -> None:
    """A stop's last day, once the visit that starts the next stop (``following``) is known: they left the day
    they reached the next place (unless that is weeks later: another trip, the way back from this one unreported);
    a stop known only from meetings there ('talks in Tunis on Sunday') is left after the last of them, as far as
    anyone can tell; a stop followed by a departure from another place is left by that departure's day (they were
    there by then)."""
    if stop.depart is None and following is not None and following.kind == _ARRIVE and following.arrive is not None \
            and not _long_after(stop, following.arrive):
        stop.depart = following.arrive
    if following is not None and following.arrive is not None and stop.depart is not None \
            and stop.depart > following.arrive:
        # "arrived in Lyon on a five-day visit to France ... in Paris on the 24th": the visit's last day is not the
        # first city's; nobody leaves a place after reaching the next one
        stop.depart = max(following.arrive, stop.arrive) if stop.arrive is not None else following.arrive
    if stop.depart is None and not stop.moved and stop.last_seen is not None:
        stop.depart = stop.last_seen
    if stop.depart is None and following is not None and following.kind == _DEPART and following.key is not None \
            and _last_day(stop) is not None and not _long_after(stop, following.key):
        # they are next known leaving another place on that day: the stop was left by then (as by the day they
        # reach the next place, above)
        stop.depart = following.key


@lru_cache(maxsize=65_536)
def _more_specific(a: Place, b: Place) -> Place:
    return gazetteer().more_specific(a, b)  # type: ignore[return-value]


def _day(start: date | None, end: date | None) -> date | None:
    return start if start is not None and start == end else None


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
    one does: two people who share a given name ('John Paul', 'John Magufuli') are not one traveller."""
    names = sorted({p.name for e in reps for p in e.participants if is_person(p)}, key=lambda n: (-len(n), n))
    canon: dict[str, str] = {}
    for n in names:
        toks = person_tokens(n)
        longer = {c for c in canon.values() if toks and toks <= person_tokens(c)}
        canon[n] = longer.pop() if len(longer) == 1 else n
    return canon


_STAYS = frozenset({"visit", "trip", "tour"})


def _stay(e: Event) -> tuple[date, date] | None:
    """A visit dated by its days ('a visit to Japan from July 12 to 14', 'arrived on Monday on a three-day visit'):
    there from the first day to the last.
    Not a visit dated by a period ('this week', 'in March'), which says when, not which days."""
    if (e.subtype in _STAYS or e.subtype == "arrive") and e.date_start is not None and e.date_end is not None \
            and e.date_start < e.date_end \
            and (e.date_end - e.date_start).days <= STOP_GAP_DAYS and e.date_start.day != 1 \
            and not is_period_value(e.date_value):
        return e.date_start, e.date_end
    return None


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
    return (e.event_type == "meeting" and _resolved(loc) and (e.date_start or e.date_end) is not None
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


def _resolved(p: Place | None) -> bool:
    """A stop must be on the map: geocoded or at least placed in a country. Described places ('besieged areas',
    'abroad') and named sites the gazetteer lacks are kept on the event but are no itinerary stop."""
    return p is not None and (p.latitude is not None or p.country_code is not None)


@dataclass(frozen=True, slots=True)
class Step:
    """One step a report gives its people: leave ``place`` (depart), reach it (arrive) or be there (stay), on the
    day ``key`` (``end`` closes a planned step dated by a period), with the arrive/depart days it fixes;
    ``place_at`` is where the place is written in the sentence, to order a list of places one verb governs."""

    kind: int
    place: Place
    arrive: date | None
    depart: date | None
    key: date | None
    end: date | None
    place_at: int


@lru_cache(maxsize=65_536)
def _country_of(place: Place) -> Place | None:
    """The country a place lies in, as a place on the map (None when unknown)."""
    country = gazetteer().country(place.country_code) if place.country_code else None
    return country.to_place() if country is not None else None


def _arrival_day(e: Event, day: date | None) -> date | None:
    """The day a trip reaches its destination: its one day, or the first day of a trip dated only by its start
    ('will visit Japan from Monday'); never the start of a period ('in March')."""
    if day is not None or e.date_end is not None or e.date_start is None or is_period_value(e.date_value):
        return day
    return e.date_start


def _place_at(e: Event, place: Place) -> int:
    """Where the sentence names ``place``, or its country when the report's place was refined from another report
    ('visiting Portugal, France and Norway' with France made Paris by a report from there); 0 when it names
    neither."""
    if not e.sentence:
        return 0
    at = e.sentence.find(place.name)
    if at < 0 and place.country_code:
        country = gazetteer().country(place.country_code)
        at = e.sentence.find(country.name) if country else -1
    return max(at, 0)


def report_steps(e: Event) -> list[Step]:
    """The steps of one report (a cluster's representative): a trip leaves its origin and reaches its
    destination; a meeting held somewhere on one known day puts its people there, arriving on that day (a stop
    first known from a meeting is dated by it). A meeting dated only by a span ('this year', 'in March', 'during
    the three-day visit') says when, not which day: it cannot be ordered against the days of the trips (it would
    split the stop it falls in), and the news tells such meetings mostly as recalled or hoped for; it gives no
    step."""
    day = _day(e.date_start, e.date_end)
    key = e.date_start or e.date_end
    # a planned step dated by a period ("returning next week") may be narrated after steps inside it
    end = e.date_end if day is None and e.date_start is not None and e.status == "planned" else None
    out = []
    if e.event_type == "travel":
        if e.origin is not None and _resolved(e.origin):
            out.append(Step(_DEPART, e.origin, None, day, key, end, _place_at(e, e.origin)))
        if e.destination is not None and _resolved(e.destination):
            arrive, depart = _stay(e) or (_arrival_day(e, day), None)
            country = _country_of(e.destination) if depart is not None else None
            if country is not None:
                # 'arrived in Lyon on a five-day visit to France': the last day is when France was left, from
                # Lyon or from a city reached after it
                out.append(Step(_STAY_ENDS, country, None, depart, depart, None, _place_at(e, e.destination)))
                depart = None
            out.append(Step(_ARRIVE, e.destination, arrive, depart, key, end, _place_at(e, e.destination)))
            if e.subtype == "return" and e.origin is None:
                # 'before returning to Rome': the journey it ends began there. An undated departure that reaches
                # nowhere else, dated as ``_date_undated`` dates those (a step there before it, or the article's
                # first day)
                out.append(Step(_DEPART, e.destination, None, None, None, None, _place_at(e, e.destination)))
    elif e.location is not None and _resolved(e.location) and key is not None and day is not None:
        out.append(Step(_STAY, e.location, day, None, key, end, _place_at(e, e.location)))
    return out


def build_itineraries(events: Sequence[Event]) -> list[ItineraryStop]:
    reps = _representatives(events)
    called_off = _called_off_trips(events)
    canon = _canonical_travellers([*reps, *called_off])
    # a traveller is anyone the story sends somewhere, even on a trip later called off: the meetings they still
    # hold elsewhere are their stops ("cancelled Berlin, then met Lavrov in Sochi")
    travellers = sorted({canon.get(n, n) for e in [*reps, *called_off] for n in traveller_names(e)})
    out: list[ItineraryStop] = []
    for who in travellers:
        visits: list[_Visit] = []
        for e in reps:
            if not any(is_person(p) and canon.get(p.name) == who for p in e.participants):
                continue
            for st in report_steps(e):
                visits.append(_Visit(st.key, st.kind, st.place, arrive=st.arrive, depart=st.depart,
                                     event_ids=[e.event_id], order=(e.article_id, e.start_char, st.place_at),
                                     end=st.end))
        _date_undated(visits)
        _stays_before_leaving(visits)
        out.extend(_stops(who, visits))
    return out


def _date_undated(visits: list[_Visit]) -> None:
    """An undated step ("will then travel to X") sorts after the last dated step written before it in the same
    article, which is how news narrates a schedule; so does a step dated only by a period that contains that
    step's day ("... Algiers on Tuesday, then Mauritania, before returning to Beijing next week").

    Not a departure that reaches nowhere in its report ("before leaving Oslo, she said ..."): the step before it
    may be somewhere else, and its day would put Oslo between two days of that other stop. It is dated only by
    what places the traveller at its place (``_departure_day``), once every other step has its day (so the day of
    the return that implies it is known however steps at one place in the text are ordered). Works article by
    article, as the incremental store re-dates them."""
    by_text = sorted(visits, key=lambda v: v.order)
    own_day = [v for v in by_text if v.key is not None]  # dated by their reports, not by the narrative below
    arriving: dict[str, list[_Visit]] = {}
    for v in by_text:
        if v.kind == _ARRIVE:
            for i in v.event_ids:
                arriving.setdefault(i, []).append(v)
    days: dict[str, list[date]] = {}  # per article, the days of its steps (not periods)
    for v in by_text:
        if v.key is not None and v.end is None and v.kind != _STAY_ENDS:
            days.setdefault(v.order[0], []).append(v.key)
    last: dict[str, date] = {}
    leaving: list[int] = []  # departures that reach nowhere, dated once the others are
    for at, v in enumerate(by_text):
        art = v.order[0]
        if v.kind == _STAY_ENDS:
            continue  # dated by its visit, and no step of the narrative
        if v.key is None and v.kind == _DEPART and not _reaches_elsewhere(v, arriving):
            leaving.append(at)
            continue
        within = v.key is None or (v.end is not None and art in last and v.key <= last[art] <= v.end)
        if within and art in last:
            v.key = last[art]
        elif v.key is not None and v.end is None:
            last[art] = max(v.key, last.get(art, v.key))
    _date_opening(by_text, set(leaving))
    for at in leaving:
        v = by_text[at]
        art = v.order[0]
        # the steps written before it (not at its own place in the text, whose order is a tie) that have a day
        # (not a period)
        before = [w for w in by_text[:at] if w.order[0] == art and w.order < v.order and w.kind != _STAY_ENDS
                  and w.key is not None and w.end is None]
        back = _return_day(v, arriving)
        if back is not None:  # the journey a return ends began before it: not a stay there once back home
            before = [w for w in before if w.key < back]  # type: ignore[operator]
            v.place = _home_in_article(v, own_day, back)
        v.key = _departure_day(v.place, before, _journey_start(v, arriving, days.get(art, ())))


def _date_opening(by_text: Sequence[_Visit], skip: set[int]) -> None:
    """A step still undated once the narrative dated what it could (nothing dated is written before it in its
    article: 'will visit A and B, then reach C on Friday') is part of the schedule the article tells, not of some
    time after all of it: it takes the day of the first step dated by its report written after it, and sorts
    before that step on that day by its place in the text."""
    following: dict[str, date] = {}
    for at in range(len(by_text) - 1, -1, -1):
        v = by_text[at]
        art = v.order[0]
        if v.kind == _STAY_ENDS or at in skip:
            continue
        if v.key is None:
            if art in following:
                v.key = following[art]
        else:
            following[art] = v.key


def _reaches_elsewhere(v: _Visit, arriving: dict[str, list[_Visit]]) -> bool:
    """Whether the report of departure ``v`` also reaches a place other than the one left (a return's own
    departure, from the place it returns to, reaches nowhere else)."""
    return any(not compatible(a.place, v.place) for i in v.event_ids for a in arriving.get(i, ()))


def _home_in_article(v: _Visit, by_text: Sequence[_Visit], back: date) -> Place:
    """Where the journey a return (on the day ``back``) ends began, as its article names it most precisely:
    'returning home to Japan' and talks in Tokyo once back make it begin in Tokyo. Only when the article puts the
    traveller, once back, in exactly one place inside the one returned to (a city of that country visited before
    leaving it is no home). Only steps dated by their own reports count: a step dated by the narrative may be
    dated otherwise once another report of it arrives, and the home would then change under the store's stops."""
    inside = {w.place for w in by_text if w.order[0] == v.order[0] and w.key is not None and w.key >= back
              and w.place != v.place and compatible(w.place, v.place) and _more_specific(v.place, w.place) == w.place}
    return inside.pop() if len(inside) == 1 else v.place


def _return_day(v: _Visit, arriving: dict[str, list[_Visit]]) -> date | None:
    """For the departure a return implies, the day of the return its report gives (None for any other departure,
    or a return nobody dated)."""
    return min((a.key for i in v.event_ids for a in arriving.get(i, ()) if a.key is not None), default=None)


def _journey_start(v: _Visit, arriving: dict[str, list[_Visit]], days: Sequence[date]) -> date | None:
    """The first day of the article's journey that departure ``v`` begins: its first day, or, for the departure a
    return implies, its first day within ``STOP_GAP_DAYS`` before the return (an earlier trip the article recalls,
    'visited Washington in February', is another journey)."""
    back = _return_day(v, arriving)
    since = back - timedelta(days=STOP_GAP_DAYS) if back is not None else date.min
    return min((d for d in days if d >= since), default=None)


def _departure_day(place: Place, before: Sequence[_Visit], first: date | None) -> date | None:
    """The day of an undated departure from ``place`` that reaches nowhere in its report: the day of the last step
    written before it that puts the traveller there (arrived, met there, left it); with none, the article's first
    day, as the departure that starts the journey it tells ("Before leaving Oslo, she said ..." of a trip reported
    from elsewhere: Oslo comes first, whatever the other stop's later days)."""
    there = [v for v in before if compatible(v.place, place)]
    # the last written; of steps at one place in the text (a return and the departure it implies), the latest day
    return max(there, key=lambda v: (v.order, v.key)).key if there else first


def before_leaving(place: Place, leaving: Sequence[Place], arriving: Sequence[Place]) -> bool:
    """Whether a stay at ``place`` came before the day's moves, given the places left and reached that day. On the
    day someone leaves a place, what they did there came first (a meeting in Cairo on the day of the Cairo-Tunis
    flight); on the day they reach a place, what they did somewhere else came first ('talks in Cairo, then flew to
    Tunis' on one day). A stay where they arrive that day comes after the arrival."""
    if any(compatible(p, place) for p in leaving):
        return True
    return bool(arriving) and not any(compatible(p, place) for p in arriving)


@lru_cache(maxsize=65_536)
def compatible(a: Place, b: Place) -> bool:
    """The gazetteer's answer, once per pair of places (a long history visits the same few places)."""
    return gazetteer().compatible(a, b)


def day_kind(kind: int, place: Place, leaving: Sequence[Place], arriving: Sequence[Place]) -> int:
    """A step's kind in its day's order, given the places left and reached that day: a stay that came before the
    day's moves (``before_leaving``) sorts before them. On a day that reaches several places ('touched down in
    Khartoum and held talks there, then flew on to Addis Ababa for talks'), a stay at one of them sorts with the
    arrivals, in the order the text gives them, so each place's talks follow its own arrival."""
    if kind != _STAY:
        return kind
    if before_leaving(place, leaving, arriving):
        return _BEFORE_LEAVING
    if len(arriving) > 1 and any(compatible(p, place) for p in arriving):
        return _ARRIVE
    return kind


def _stays_before_leaving(visits: list[_Visit]) -> None:
    """Each step's kind in its day's order (``day_kind``)."""
    leaving: dict[date, list[Place]] = {}
    arriving: dict[date, list[Place]] = {}
    for v in visits:
        if v.key is not None and v.kind in (_DEPART, _ARRIVE):
            (leaving if v.kind == _DEPART else arriving).setdefault(v.key, []).append(v.place)
    for v in visits:
        if v.key is not None:
            v.kind = day_kind(v.kind, v.place, leaving.get(v.key, ()), arriving.get(v.key, ()))


def _stops(who: str, visits: list[_Visit]) -> list[ItineraryStop]:
    visits.sort(key=lambda v: (v.key is None, v.key or date.min, v.kind, v.order))
    merged: list[_Visit] = []
    for v in visits:
        last = merged[-1] if merged else None
        if last is not None and continues(last, v):
            absorb(last, v)
            continue
        if v.kind == _STAY_ENDS:
            continue  # the visit's country was left before this day: nothing to widen
        if last is not None:
            close_stop(last, v)
        merged.append(open_stop(v))
    if merged:
        close_stop(merged[-1], None)
    return [
        ItineraryStop(traveler=who, stop_index=i, place=v.place.name, country_code=v.place.country_code,
                      latitude=v.place.latitude, longitude=v.place.longitude, arrive=v.arrive, depart=v.depart,
                      event_ids=tuple(dict.fromkeys(v.event_ids)))
        for i, v in enumerate(merged)
    ]
