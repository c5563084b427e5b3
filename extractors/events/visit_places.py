"""Where a meeting with no place of its own happens: on the visit one of its participants is making, wherever the
article tells that visit.

"Premier Wang met Tuesday with Ana Ruiz and her party. ... Ruiz is visiting Peru at the invitation of the trade
ministry." A reader places the meeting in Peru: the visitor's meetings happen where the visit goes. The sentence
readers and the story model (``scene.StoryScene``) cannot: the scene knows only what was told before the meeting,
and a traveller's whereabouts only on dated days. So, once every sentence is read, a meeting that is still placed
nowhere takes the destination of its participants' visit, read over the whole article, or the place a present or
future clause that is no event puts them in ("Ruiz is in Lima this week", "Ruiz joins ministers in Lima today"). A
meeting or an arrival at a venue the gazetteer lacks ("at the palace", "at the Airport") is put in that place's city.

Only when that is one place: the trips of the meeting's participants (not departures, returns or trips told as
earlier) that are on the map, called off exactly when the meeting is, and whose days (when both are dated) hold the
meeting's day, go to one place or to places inside one another (Lima within Peru: the most specific is taken). Two
destinations apart ("a tour of Peru and Chile") place nothing. Not a phone or video call, nor a meeting told as
earlier than its sentence ("had met in 2019"). In the capital when a host office holder takes part
(``story.seat_of_office``, the traveller being the visitor).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from ..places import gazetteer
from ..records import Place
from .candidate import Candidate
from .clauses import past_perfect_clause, told_as_earlier
from .locate import place_at
from .story import seat_of_office
from .triggers import lexicon
from .venue_city import at_venue_city, off_map_venue

_NOT_A_STAY = frozenset({"depart", "return"})  # where a traveller leaves, or goes home: not a visit's place
_ARRIVAL_DAYS = 7  # an arrival dated by one day: the stay it begins is taken to last up to a week


def place_by_the_visit(cands: list[Candidate], person: Callable[[str], str | None]) -> None:
    """Place each meeting of ``cands`` that has no place where its participants' visit goes (see the module
    docstring). ``person`` maps a participant's name to the story person (None for a group). In place, before the
    merge."""
    trips = [(c.destination, {w for p in c.participants if (w := person(p.name)) is not None}, c)
             for c in cands if c.event_type == "travel" and c.subtype not in _NOT_A_STAY
             and _mapped(c.destination) and not past_perfect_clause(c.trigger)]
    trips += [(place, {who}, None) for who, place in presences(cands[0].trigger.doc, person)] if cands else []
    if not trips:
        return
    remote = lexicon().remote_subtypes
    for m in cands:
        venue = m.place if off_map_venue(m.place) else None  # "at the palace", "at the airport", an unread "here"
        if m.event_type == "travel" and (venue is None or m.subtype in _NOT_A_STAY):
            continue  # a trip placed nowhere is not placed by another trip: that is the itinerary's reading
        if m.place is not None and venue is None or m.subtype in remote or past_perfect_clause(m.trigger) \
                or told_as_earlier(m.trigger) or _at_a_distance(m):
            continue
        who = {w for p in m.participants if (w := person(p.name)) is not None}
        found = [where for where, travellers, t in trips if who & travellers and (t is None or t is not m and (
            t.status == "cancelled") == (m.status == "cancelled") and _within(m, t))]
        place = _one_place(found)
        if place is None:
            continue
        if venue is not None:
            if place.latitude is not None:  # a venue is inside a city: a country says no more than the venue
                _put(m, at_venue_city(venue, place))
        else:
            m.location = seat_of_office(place, [(p.role, p.country_code) for p in m.participants], visit=True)


def presences(doc: Doc, person: Callable[[str], str | None]) -> list[tuple[str, Place]]:
    """Where the story says a person is, in a clause that is no event: a named person as the subject of a verb in
    the present or the future with an 'in' phrase naming a place on the map ("Ruiz joins ministers in Peru today",
    "Ruiz is in Lima this week"). A past clause ("Ruiz lived in Lima") says where they were, not are."""
    out: list[tuple[str, Place]] = []
    for tok in doc:
        if tok.pos_ not in {"VERB", "AUX"} or not _now_or_ahead(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.ent_type_ == "PERSON"), None)
        if subj is None or (who := person(ent_text_of(subj))) is None:
            continue
        for pp in (c for c in _phrases(tok) if c.dep_ == "prep" and c.lower_ == "in"):
            for o in (c for c in pp.children if c.dep_ == "pobj"):
                if _mapped(where := place_at(o)):
                    out.append((who, where))
    return out


def _phrases(verb: Token) -> list[Token]:
    """The verb's own phrases and those of its object's phrases, with no clause in between ('joins leaders from
    ten nations in Peru': the parser hangs 'in Peru' on 'from')."""
    out, todo = [], [c for c in verb.children if c.dep_ in {"prep", "dobj"}]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ in {"prep", "pobj"} and len(out) < 12]
    return out


def _now_or_ahead(verb: Token) -> bool:
    """A present-tense verb ('joins', 'is') or one with 'will'/'shall'; not a past, a perfect or a negation."""
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "neg"}}
    if aux & {"not", "n't", "never", "has", "have", "had", "was", "were"}:
        return False
    return verb.tag_ in {"VBZ", "VBP"} or bool(aux & {"will", "shall", "is", "are"})


def ent_text_of(tok: Token) -> str:
    """The whole name a person token ends: 'Ana Ruiz' for 'Ruiz' with its compound."""
    start = min([tok.i] + [c.i for c in tok.children if c.dep_ == "compound" and c.ent_type_ == "PERSON"])
    return tok.doc[start:tok.i + 1].text


def _at_a_distance(m: Candidate) -> bool:
    """The meeting's sentence names a medium ('was on the phone to speak with X', 'talked by video link'): a call
    its reader cannot place, even when the trigger was read as a plain meeting."""
    media = lexicon().media
    return any(t.lower_ in media for t in m.trigger.sent)


def _put(c: Candidate, place: Place) -> None:
    if c.event_type == "travel":
        c.destination = place
    else:
        c.location = place


def _mapped(p: Place | None) -> bool:
    return p is not None and (p.latitude is not None or p.country_code is not None)


def _within(m: Candidate, trip: Candidate) -> bool:
    """The meeting's day falls in the trip's days, when both are known (an arrival's day opens a stay of up to a
    week); an undated meeting or trip is taken to be within."""
    day = m.date_start or m.date_end
    first, last = trip.date_start, trip.date_end
    if day is None or (first is None and last is None):
        return True
    if first is not None and (last is None or last == first) and trip.subtype == "arrive":
        last = first + timedelta(days=_ARRIVAL_DAYS)
    lo, hi = first or date.min, last or date.max
    end = m.date_end or day
    return lo <= end and day <= hi


def _one_place(places: list[Place]) -> Place | None:
    """The one place ``places`` name, the most specific of nested ones (Lima over Peru); None when two are apart."""
    gz = gazetteer()
    out: Place | None = None
    for p in places:
        if out is None:
            out = p
        elif not gz.compatible(out, p):
            return None
        else:
            out = gz.more_specific(out, p)
    return out
