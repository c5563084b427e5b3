"""Where a meeting the story places nowhere was held, read from who is abroad: the country the story sends its visitor
to, the counterpart's home.

"Ruiz held talks with Kestonian President Tom Vale on Tuesday. ... Ruiz also plans to visit a plant in the northern city
of Brill." The talks have no place of their own, and the scene (``scene.StoryScene``: the stays, the dateline, the
host's event), read in text order, placed them nowhere; a reader places them in Kestonia: the story has sent Ruiz there,
and the president is at home. So, once the story is merged, a meeting still placed nowhere takes the one country the
trips of its participants go to in the same article (trips of a participant not of that country, whose days do not
exclude the meeting's day), when a counterpart is of that country (``Participant.country_code``, from a title or
nationality: "Kestonian President Tom Vale"), the others of it or of none the story gives, never a third country's
people (a summit elsewhere), and when the story sends no participant of that country abroad (one with a trip out of
their country may be the visitor). A meeting of the same visitor that day whose counterparts the story gives no country
("his meetings with Vale and Minister Ana Brill") is held where those talks were. The place is the one city of that
country the trips name when each of them holds the meeting's day, else the country itself (a planned leg to one of its
cities says nothing of where the talks were). Trips into two countries place nothing; nor is a call, a meeting called
off, one told as earlier (its sentence's own place was read where it was told), or one whose sentence says who the
visitor is ("the visiting president", "his guest": that sentence's readers decide) placed this way.

After the merge, as ``presence_places`` learned (eighteenth pass): a place lent before it keeps two mentions of one
meeting apart. Thirty-second pass, issue-42place: the census class "no place" of meetings
(``benchmarks/real_news/place_relation_census.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from spacy.tokens import Token

from ..people import role_words
from ..places import gazetteer
from ..records import Place
from .candidate import Candidate
from .clauses import told_as_earlier
from .triggers import lexicon

_COARSE_KINDS = frozenset({"country", "state"})  # a trip's place that names no city of the country


def place_by_host_country(events: list[Candidate], person: Callable[[str], str | None]) -> None:
    """Place each meeting of ``events`` that has no place in the country its visitor is in (module docstring).
    ``person`` maps a participant's name to the story person (None for a group). In place, after the merge."""
    trips = [c for c in events if c.event_type == "travel" and c.status != "cancelled" and c.destination is not None
             and c.destination.country_code is not None]
    if not trips:
        return
    remote = lexicon().remote_subtypes
    open_meetings = [m for m in events if m.event_type == "meeting" and m.location is None
                     and m.subtype not in remote and m.status != "cancelled" and not told_as_earlier(m.trigger)
                     and not _tells_its_visitor(m.trigger)]
    placed: list[tuple[Candidate, set[str]]] = []
    for m in open_meetings:
        got = _visited_country(m, trips, person)
        if got is not None and got[0] in {p.country_code for p in m.participants}:
            m.location = one_city(got[1]) or country_place(got[0])  # a counterpart of that country: at home
            placed.append((m, _people(m, person)))
    for m in open_meetings:
        got = _visited_country(m, trips, person)
        if m.location is None and got is not None:
            # "his meetings with Singh and Minister Vale": the visitor's other talks that day, placed above
            same = [k for k, who in placed if k.date_start == m.date_start and who & _people(m, person)
                    and k.location is not None and k.location.country_code == got[0]]
            if same:
                m.location = same[0].location


def _visited_country(m: Candidate, trips: list[Candidate], person: Callable[[str], str | None]
                     ) -> tuple[str, list[Place | None]] | None:
    """The one country the trips of ``m``'s participants go to (see the module docstring), the places those trips
    name (None for one not known to hold the meeting's day); None when there is not one, when a third country's
    people are in the meeting, or when a participant of that country is abroad."""
    day = m.date_start or m.date_end
    found: dict[str, list[Place | None]] = {}
    visitors: set[str] = set()
    for p in m.participants:
        who = person(p.name)
        for t in trips:
            cc = t.destination.country_code
            if who is not None and cc != p.country_code and who in _people(t, person) and _may_hold(t, day):
                found.setdefault(cc, []).append(t.destination if _holds(t, day) else None)
                visitors.add(p.name)
    if len(found) != 1 or len(m.participants) < 2 or len(visitors) == len(m.participants):
        return None
    (cc, places), = found.items()
    own = {p.country_code for p in m.participants if p.name in visitors}
    if {p.country_code for p in m.participants if p.country_code} - own - {cc} or _abroad(m, cc, trips, person):
        return None  # a third country's people (a summit elsewhere), or the counterpart is the one abroad
    return cc, places


def _tells_its_visitor(t: Token) -> bool:
    """The meeting's sentence says who visits ("the visiting president", "his guest"): its own readers place it."""
    visitors = role_words()["visitor_nouns"]
    return any(w.lower_ == "visiting" or w.lemma_.lower() in visitors for w in t.sent)


def _abroad(m: Candidate, cc: str, trips: list[Candidate], person: Callable[[str], str | None]) -> bool:
    """A participant of ``m`` from ``cc`` has a trip in the story out of it: the counterpart may be the visitor."""
    hosts = {who for p in m.participants if p.country_code == cc and (who := person(p.name)) is not None}
    return any(t.destination.country_code != cc and hosts & _people(t, person) for t in trips)


def _people(c: Candidate, person: Callable[[str], str | None]) -> set[str]:
    return {who for p in c.participants if (who := person(p.name)) is not None}


def _may_hold(trip: Candidate, day: date | None) -> bool:
    """The trip's days, where both it and the meeting have them, hold the meeting's day."""
    first, last = trip.date_start or trip.date_end, trip.date_end or trip.date_start
    return day is None or first is None or first <= day <= last


def _holds(trip: Candidate, day: date | None) -> bool:
    """The trip's known days hold the meeting's known day: the visitor is in the trip's city that day."""
    first, last = trip.date_start or trip.date_end, trip.date_end or trip.date_start
    return day is not None and first is not None and first <= day <= last


def one_city(places: Sequence[Place | None]) -> Place | None:
    """The one city (or venue) the trips into the country name that day; None for none or two, or when a trip
    into the country is not known to hold the day (a planned leg: the visitor may be elsewhere in the country)."""
    gz = gazetteer()
    if any(p is None for p in places):
        return None
    cities = {p.name: p for p in places if p is not None and ((info := gz.info(p)) is None
                                                                 or info.kind not in _COARSE_KINDS)}
    return next(iter(cities.values())) if len(cities) == 1 else None


def country_place(cc: str) -> Place | None:
    """The country ``cc`` as a place (None for a code the gazetteer lacks)."""
    info = gazetteer().country(cc)
    return info.to_place() if info is not None else None
