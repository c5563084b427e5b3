"""Where the story is, as its sentences are read: the scene of each day, each traveller's whereabouts, the places
of the larger events it has named, and the last dated step of the narrative.

``StoryScene`` is the moving part of the story model (``story.py`` holds what is fixed for the article: its
dateline). The sentence extractors ask it where a meeting with no place of its own happened, and tell it what each
sentence reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from ..places import gazetteer
from ..records import Participant, Place
from .candidate import Candidate
from .clauses import (
    earlier_phrase,
    narrative_day,
    past_perfect_clause,
    precedes_a_step,
    span_days,
    told_as_earlier,
    trigger_anchors,
    with_conjuncts,
)
from .dates import is_period_value
from .locate import place_at, stay_nouns
from .story import Dateline, dateline_holds, dateline_scene, seat_of_office
from .triggers import lexicon
from .venue_city import at_venue_city, off_map_venue, venue_city

_WITHIN_PREPS = frozenset({"during", "at", "on"})  # a meeting held within a larger event
_STAYS = frozenset({"visit", "trip", "arrive"})  # a trip that puts its travellers somewhere for a while
_PLAN_WINDOW = 7  # days a called-off trip's plan covers after its first day
_SIDELINES = frozenset({"sideline", "sidelines", "margin", "margins"})
_LEAVING = frozenset({"leave", "depart", "fly", "head"})  # "met X before leaving for Y": still where they were


@dataclass
class Whereabouts:
    """Where each traveller is, as the narrative reports it: an arrival or a visit puts its travellers in a place
    from its day on; a meeting held somewhere puts its participants there that day. Asked for a meeting with no
    place of its own: it happens where its participants are that day."""

    _seen: dict[str, list[tuple[date | None, Place]]] = field(default_factory=dict)

    def note(self, person: str, day: date | None, place: Place) -> None:
        if _unmapped(place):
            return  # a place off the map ("the hotel") tells where nobody is
        if ", " in place.name and place.latitude is not None:  # "Beijing airport, Beijing": they are in Beijing
            place = Place(place.name.rsplit(", ", 1)[1], place.country_code, place.latitude, place.longitude)
        self._seen.setdefault(person, []).append((day, place))

    def all_places(self) -> list[list[Place]]:
        """Every place the story has put each of its people, person by person."""
        return [[place for _, place in seen] for seen in self._seen.values()]

    def latest(self, people: list[str]) -> Place | None:
        """Where the story last put any of ``people``, whatever the day: for a meeting whose day is not told
        ("during his stay he will also meet ..."), the traveller's current stop."""
        placed = list(dict.fromkeys(name for name in people if self._seen.get(name)))
        if len(placed) != 1:
            return None  # nobody placed yet, or two travellers each somewhere: no one place to choose
        return self._seen[placed[0]][-1][1]

    def where(self, people: list[str], day: date) -> Place | None:
        """The place ``people`` were last put in on ``day`` or in the week before it; of several places that day,
        the most specific (Tokyo over Japan). None when nobody's whereabouts are known that week."""
        seen = [(d, k, place) for name in people for k, (d, place) in enumerate(self._seen.get(name, ()))
                if d is not None and 0 <= (day - d).days <= 7]
        if not seen:
            return None
        last = max(d for d, _, _ in seen)
        gz = gazetteer()
        out: Place | None = None
        for _, _, place in sorted((p for p in seen if p[0] == last), key=lambda p: p[:2]):
            out = place if out is None or not gz.compatible(out, place) else gz.more_specific(out, place)
        return out


class StoryScene:
    def __init__(self, dateline: Dateline | None, article_date: date | None, people: frozenset[str]) -> None:
        """``people``: the names of the article's people, whose whereabouts are followed."""
        self.dateline = dateline
        self.article_date = article_date
        self.people = people
        by_surname: dict[str, set[str]] = {}
        for name in people:
            by_surname.setdefault(name.split()[-1], set()).add(name) if " " in name else None
        # "Weber" for "Hans Weber": a surname the story gives one of its people only
        self._surnames = {last: next(iter(names)) for last, names in by_surname.items() if len(names) == 1}
        self.scene: tuple[Place, date | None] | None = None
        self.scenes: dict[date, Place] = {}  # day -> where the story was that day
        self.whereabouts = Whereabouts()  # person -> where they are, day by day
        self.event_places: dict[str, Place] = {}  # 'summit' -> where the story's summit is
        self.last_dated: Candidate | None = None
        self.arrivals: dict[str, list[tuple[date, Place]]] = {}  # person -> the dated arrivals reported so far
        self.landed: dict[str, list[tuple[date | None, Place]]] = {}  # person -> arrivals on the map, dated or not
        self.stays: dict[str, list[tuple[Place, date, date]]] = {}  # person -> visits with their first and last day
        self.trips: dict[str, Place] = {}  # person -> where the last trip the story told of them goes
        self.called_off: dict[str, tuple[date | None, Place]] = {}  # person -> the last cancelled trip's destination

    def person(self, name: str) -> str | None:
        """The story person ``name`` is: the person so named, or the one person of the story whose surname it is
        (the story names a traveller in full once and by surname after: both are one traveller's whereabouts)."""
        if " " not in name and name in self._surnames:
            return self._surnames[name]  # the registry may hold "Weber" apart from "Hans Weber": one person
        return name if name in self.people else None

    def persons(self, names: list[str]) -> list[str]:
        return [who for name in names if (who := self.person(name)) is not None]

    def stay_window(self, people: list[str], place: Place | None) -> tuple[date, date, Place] | None:
        """The visit a meeting with no day of its own belongs to: the last visit with a known first and last day
        that the story gave one of ``people``, at ``place`` or around it ("will meet the prime minister during his
        stay", in a story of a visit from the 23rd to the 24th). None when two travellers' visits compete."""
        gz = gazetteer()
        found = [(k, name, stay) for name in people for k, stay in enumerate(self.stays.get(name, ()))
                 if place is None or gz.compatible(stay[0], place)]
        if not found or len({name for _, name, _ in found}) > 1:
            return None
        _, _, (where, start, end) = max(found, key=lambda f: f[0])
        return start, end, where

    def current_trip(self, people: list[str]) -> Place | None:
        """Where the trip the story is telling goes, for "his visit", "the President's upcoming visit" with no place
        of their own: the destination of the last trip told of one of ``people`` (None when two of them travel)."""
        placed = list(dict.fromkeys(name for name in self.persons(people) if name in self.trips))
        return self.trips[placed[0]] if len(placed) == 1 else None

    def arrival_day(self, people: list[str], place: Place | None) -> date | None:
        """The day of an arrival the story already dated for one of ``people`` at ``place`` or around it: "has
        arrived in the US ... landed at Andrews Air Force Base" is one arrival, on one day (a site the gazetteer lacks
        is taken to be inside the place they arrived in)."""
        gz = gazetteer()
        if place is None:
            return None
        days = {d for name in people for d, seen in self.arrivals.get(name, ())
                if seen.country_code is not None and (_unmapped(place) or gz.compatible(seen, place))}
        return days.pop() if len(days) == 1 else None

    def meeting_place(self, location: Place | None, parts: list[Participant], start: date | None,
                       end: date | None, doc: Doc | None = None) -> Place | None:
        """Where a meeting is, from the story when its sentence does not say: where its participants are that day,
        else where the story is; the dateline around the article's day; a country's capital for talks with its
        office holders; the city of a venue the gazetteer lacks."""
        gz = gazetteer()
        if location is None and (start or end):
            location = self.whereabouts.where(self.persons([p.name for p in parts]), start or end)
            scene = self.scene_for(start, end)
            location = gz.more_specific(location, scene) if gz.compatible(location, scene) else location or scene
        elif location is None:
            location = self.whereabouts.latest(self.persons([p.name for p in parts]))
        elif off_map_venue(location) and (city := venue_city(self, parts, start, end, doc)) is not None:
            # "at State House" the morning after landing in Nairobi: in the city its participants are in that day
            location = at_venue_city(location, city)
        location = dateline_scene(location, self.dateline, start or end, self.article_date)
        return seat_of_office(location, [(p.role, p.country_code) for p in parts])

    def filed_from(self) -> Place | None:
        """The last resort for a meeting nothing else places on a page with no date: the dateline's place, while the
        story has not moved on (``story.dateline_holds``). On a dated page, or with no dateline, it gives nothing, so
        the story's places are not walked (asked for every meeting still unplaced, on every page)."""
        if self.dateline is None or self.article_date is not None:
            return None
        return dateline_holds(self.dateline, self.article_date, self._moved_away(self.dateline.place))

    def _moved_away(self, home: Place) -> bool:
        """The story has put someone somewhere other than ``home``, its dateline's place (a trip's destination, a
        stop, a meeting's place, a called-off plan's), so an unplaced meeting may be there rather than where it is
        filed."""
        gz = gazetteer()
        seen = [place for stops in self.whereabouts.all_places() for place in stops]
        seen += list(self.trips.values()) + [place for _, place in self.called_off.values()]
        seen += [self.scene[0]] if self.scene is not None else []
        return any(not _unmapped(place) and not gz.compatible(place, home) for place in seen)

    def scene_for(self, start: date | None, end: date | None) -> Place | None:
        """Where the story was on the meeting's day: the latest place reported for that day (or the day either
        side), else the last scene when it is undated or its day falls in a short range the meeting spans."""
        when = start or end
        if when is not None and when in self.scenes:
            return self.scenes[when]
        if self.scene is None:
            return None
        place, sday = self.scene
        if when is None or sday is None or (start and end and start <= sday <= end and (end - start).days <= 2) \
                or 0 <= (when - sday).days <= 1:
            return place
        return None

    def host_event_place(self, t: Token) -> Place | None:
        """'met during the summit', 'talks on the sidelines of the forum': a meeting held within a larger event the
        story has already placed ('the APEC summit in Busan') is where that event is; so is one held during (or on the
        sidelines of) an event its own phrase places ('took part in the forum in Vienna, during which he met X')."""
        for host in host_nouns(t):
            if (place := self.event_places.get(host.lemma_.lower())) is not None:
                return place
        for how, host in _hosts(t):  # "during the forum in Vladivostok": the place the host's own phrase gives it
            if how not in {"during", "sidelines"}:
                continue  # "will focus on the summit in Okinawa": a topic, not where they meet
            for prep in (c for c in host.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}):
                for o in (c for c in prep.children if c.dep_ == "pobj"):
                    if (place := place_at(o)) is not None and not _unmapped(place):
                        return place
        return None

    def trip_setting(self, t: Token, parts: list[Participant]) -> Place | None:
        """'On his maiden trip to India, X called on the prime minister', 'during her stay in Lima she met Y': a
        meeting set within a trip its own sentence names is where that trip goes (one place on the map), in the
        capital when a host office holder takes part (the traveller is the visitor). Not a trip someone else of
        the story makes ("during Ana Ruiz's visit to Lima" for a meeting she is not in)."""
        names = {w for p in parts for w in p.name.split()}
        for how, host in _hosts(t):
            if how not in {"during", "on"} or host.pos_ != "NOUN" or host.lemma_.lower() not in stay_nouns():
                continue
            owners = [c for c in host.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
            if any(o.text not in names for o in owners):
                continue
            found = {p.name: p for pp in host.children if pp.dep_ == "prep" and pp.lower_ in {"to", "in"}
                     for o in pp.children if o.dep_ == "pobj" for x in with_conjuncts(o)
                     if (p := place_at(x)) is not None and not _unmapped(p)}
            if len(found) == 1:
                return seat_of_office(next(iter(found.values())), [(p.role, p.country_code) for p in parts],
                                      visit=True)
        return None

    def note(self, cands: list[Candidate]) -> None:
        """Remember where the story is: per day, the place of the last reported arrival or meeting that happened
        (one on the map; a named venue the gazetteer lacks says less than the city it is in). First, the meetings of
        the sentence that the story could not place are placed by the sentence's own trip, or by a called-off trip."""
        gz = gazetteer()
        for c in cands:
            if c.event_type == "meeting" and c.location is not None and c.location.country_code is None \
                    and gz.world_region(c.location.name):
                # "opened a Middle East tour by meeting X", datelined RIYADH: a meeting is held in one city, the
                # dateline's around the article's day
                c.location = dateline_scene(c.location, self.dateline, c.date_start or c.date_end, self.article_date)
            if c.event_type == "meeting" and not c.explicit_place and c.subtype not in lexicon().remote_subtypes \
                    and not _named_after_a_place(c.trigger):
                trip = _sentence_stay(c, cands) or (self._called_off_plan(c) if c.location is None else None)
                place = trip or (self._before_leaving(c, cands) if c.location is None else None)
                if place is not None:
                    gz = gazetteer()  # "Washington" the scene gave stays within "a visit to the United States"
                    place = gz.more_specific(place, c.location) if gz.compatible(place, c.location) else place
                    c.location = seat_of_office(place, [(p.role, p.country_code) for p in c.participants],
                                                visit=trip is not None)
        for c in cands:
            self._note_whereabouts(c)
            if c.event_type == "travel" and c.subtype == "arrive" and c.destination is not None \
                    and c.status == "occurred" and c.date_start == c.date_end:
                for p in c.participants:
                    if c.date_start is not None:
                        self.arrivals.setdefault(p.name, []).append((c.date_start, c.destination))
                    if not _unmapped(c.destination):  # "arrived in Lima": where a later "landed at the airport" is
                        self.landed.setdefault(p.name, []).append((c.date_start, c.destination))
            if c.event_type == "meeting" and c.explicit_place and c.location is not None \
                    and c.location.country_code is not None:
                self.event_places[c.trigger.lemma_.lower()] = c.location  # "the summit" is this summit from now
            if c.date_end is not None and (c.date_source in {"own", "governing"} or (
                    c.date_source == "sequence" and narrative_day(trigger_anchors(c.trigger)) is not None)):
                self.last_dated = c
            if c.status != "occurred" or past_perfect_clause(c.trigger):
                continue  # "from Chennai, where he had held a summit": an earlier scene, not the current one
            p = c.place
            if p is None:
                continue
            day = c.date_end or c.date_start
            self.scene = (p, day)
            if c.event_type == "travel" and c.subtype == "depart" and c.origin is not None:
                p = c.origin  # "left Kathmandu for Beijing on Sunday": that day's meetings were before leaving
            if day is not None and (p.latitude is not None or p.country_code is not None):
                gz, seen = gazetteer(), self.scenes.get(day)
                # "the state visit to Nepal" after arriving in Kathmandu that day keeps Kathmandu
                self.scenes[day] = gz.more_specific(seen, p) if seen and gz.compatible(seen, p) else p

    def _called_off_plan(self, m: Candidate) -> Place | None:
        """'The visit to Lima was postponed. She was to meet the president there on Tuesday': a planned or
        called-off meeting of a traveller whose trip the story has called off was to be where that trip went
        (within its first week when both are dated). A meeting that happened is not placed by a plan."""
        if m.status not in {"planned", "cancelled"}:
            return None
        day = m.date_start or m.date_end
        plans = [self.called_off[p.name] for p in m.participants if p.name in self.called_off]
        if len({place.name for _, place in plans}) != 1:
            return None  # no plan, or two travellers' plans elsewhere
        first, place = plans[0]
        if day is not None and first is not None and not 0 <= (day - first).days <= _PLAN_WINDOW:
            return None
        return place

    def _before_leaving(self, m: Candidate, cands: list[Candidate]) -> Place | None:
        """'is to meet X today before leaving for Lima tomorrow': a meeting told before its participants' departure
        in the same sentence happens where they are until they leave: the place the departure sets out from, else
        where the story has put them by the meeting's day (not 'before arriving in Lima': where they were on the
        way is not told)."""
        before = [c for c in m.trigger.children if c.dep_ in {"prep", "mark"} and c.lower_ == "before"]
        within = {x.i for b in before for x in b.subtree}
        who = set(self.persons([p.name for p in m.participants]))
        dep = next((c for c in cands if c.event_type == "travel" and c.subtype == "depart" and c.trigger.i in within
                    and c.trigger.lemma_.lower() in _LEAVING
                    and who & set(self.persons([p.name for p in c.participants]))), None)
        if dep is None:
            return None
        if dep.origin is not None and not _unmapped(dep.origin):
            return dep.origin
        day = m.date_start or m.date_end
        return self.whereabouts.where(sorted(who), day) if day is not None else None

    def _note_whereabouts(self, c: Candidate) -> None:
        """Put the people of an event where it happens (or is to happen), from its day: the travellers of an
        arrival or a visit at its destination, those who leave at where they set out from, the participants of a
        meeting at its own place."""
        if c.status == "cancelled" and c.event_type == "travel" and c.subtype != "depart" \
                and c.destination is not None and not _unmapped(c.destination):
            for p in c.participants:  # where a called-off trip was to go: the place of the plans made for it
                if (who := self.person(p.name)) is not None:
                    self.called_off[who] = (c.date_start or c.date_end, c.destination)
        if c.status == "cancelled" or past_perfect_clause(c.trigger):
            return
        if c.event_type == "travel":
            place = c.origin if c.subtype == "depart" and c.origin is not None else c.destination
            if c.subtype != "depart" and c.destination is not None and not _unmapped(c.destination):
                for p in c.participants:
                    if (who := self.person(p.name)) is not None:
                        self.trips[who] = c.destination
            day = c.date_start or c.date_end
            first, last = c.date_start, c.date_end
            if first is not None and first == last and (n := span_days(c.trigger)):
                last = first + timedelta(days=n - 1)  # "arrived in Beijing today on a two-day visit"
            if c.subtype != "depart" and place is not None and first is not None and last is not None \
                    and last > first and (last - first).days <= 31 and not is_period_value(c.date_value):
                for p in c.participants:  # (not "this week": a period says when, not which days)
                    if p.name in self.people:
                        self.stays.setdefault(p.name, []).append((place, first, last))
        else:
            place, day = (c.location if c.explicit_place else None), c.date_start or c.date_end
        if place is None:
            return
        for p in c.participants:
            if (who := self.person(p.name)) is not None:
                self.whereabouts.note(who, day, place)
                self.called_off.pop(who, None)  # put somewhere since: the old plan no longer tells where


def earlier_in_place(t: Token, own_day: bool) -> bool:
    """'After meeting X for three hours this afternoon, the envoy and Y agreed on a deal': a meeting told as
    earlier than its sentence's main clause, on a day of its own, where that clause is no move (agreed, said, signed
    rather than flew, left, arrived): nobody went anywhere in between, so the meeting is where the story is that
    day. Not a meeting before or after a step of a trip ('having met X in Berlin, she flew to Paris', 'before
    arriving in Beijing, met X'), nor one with no day of its own ('after X said he met Y', months before)."""
    if not own_day or precedes_a_step(t) or (found := earlier_phrase(t)) is None:
        return False
    phrase, having = found
    if having:
        return False
    lex = lexicon()
    main = phrase.head
    moves = {main, *(c for c in main.children if c.dep_ == "conj")}
    return not any(m.lemma_.lower() in lex.travel_verbs or m.lemma_.lower() in lex.travel_nouns
                   for m in moves) and main.pos_ in {"VERB", "AUX"}


def _sentence_stay(m: Candidate, cands: list[Candidate]) -> Place | None:
    """'She will meet the president when she visits Peru', 'arrived in Lima on Monday and met X': a meeting
    with no place of its own happens where the stay its own sentence tells of one of its participants is (an
    arrival, a visit or a trip, named on the map, and the only such place of the sentence). Not a meeting told as
    before or earlier than the trip ('met X before flying to Lima'), nor one dated outside the stay, nor a trip a
    relative clause tells of someone ('will call on Maria Lopez, who is to visit Lima next week')."""
    if precedes_a_step(m.trigger) or told_as_earlier(m.trigger):
        return None
    who = {p.name for p in m.participants}
    day = m.date_start or m.date_end
    stays = {c.destination.name: c.destination for c in cands
             if c.event_type == "travel" and c.subtype in _STAYS and c.destination is not None
             and not _unmapped(c.destination) and who & {p.name for p in c.participants}
             and not any(a.dep_ == "relcl" for a in [c.trigger, *c.trigger.ancestors])
             and (c.status == "cancelled") == (m.status == "cancelled")  # a trip called off, a meeting too
             and (day is None or c.date_start is None or c.date_start <= day)
             and (day is None or c.date_end is None or c.subtype == "arrive" or day <= c.date_end)}
    return next(iter(stays.values())) if len(stays) == 1 else None


def _named_after_a_place(t: Token) -> bool:
    """'the Madrid NATO summit' (held in conjunction with a visit to Denmark): a gathering its name places."""
    gz = gazetteer()
    return any(c.dep_ in {"compound", "amod", "nmod"} and c.pos_ == "PROPN" and (info := gz.lookup(c.text))
               is not None and info.kind == "city" for c in t.children)


def _unmapped(p: Place) -> bool:
    """A place the gazetteer does not put on the map."""
    return p.latitude is None and p.country_code is None


def host_nouns(t: Token) -> list[Token]:
    """The event nouns a meeting is held within: 'during the summit', 'on the sidelines of the forum'."""
    return [host for _, host in _hosts(t)]


def _hosts(t: Token) -> list[tuple[str, Token]]:
    """``host_nouns`` with how each is reached: 'during', 'at', 'on', or 'sidelines' ('on the margins of ...')."""
    out = []
    for a in trigger_anchors(t):
        for prep in (c for c in a.children if c.dep_ == "prep" and c.lower_ in _WITHIN_PREPS):
            for o in (c for c in prep.children if c.dep_ == "pobj"):
                how = prep.lower_
                if o.lemma_.lower() in _SIDELINES:
                    how, o = "sidelines", next((x for pp in o.children if pp.dep_ == "prep" and pp.lower_ == "of"
                                                for x in pp.children if x.dep_ == "pobj"), o)
                if o.tag_ == "WDT":  # "the forum in Vladivostok, during which he held talks": the forum
                    o = _antecedent(o)
                out.append((how, o))
    return out


def _antecedent(which: Token) -> Token:
    """The noun a relative 'which' stands for: the head of its relative clause, or (when the parser read the clause
    as adverbial) the phrase just before its comma, 'in Vladivostok' climbing to 'the forum' it places."""
    if (rel := next((x for x in which.ancestors if x.dep_ == "relcl"), None)) is not None:
        return rel.head
    prep = which.head
    k = prep.i - 1
    while k >= which.sent.start and which.doc[k].is_punct:
        k -= 1
    if k < which.sent.start or which.doc[k].pos_ not in {"NOUN", "PROPN"}:
        return which
    noun = which.doc[k]
    while noun.dep_ == "pobj" and noun.head.lower_ in {"in", "at"} and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head.head  # "the forum in Vienna, during which": the forum, not Vienna
    return noun


def place_within_gatherings(cands: list[Candidate]) -> None:
    """A meeting held during a gathering the story places and dates anywhere ('will meet X during the regional summit
    this month ... the summit in Lima on Nov. 18-19') happens there, within those days. Read over the whole
    article, since the gathering is often told after the meetings held at it."""
    placed = [g for g in cands if g.event_type == "meeting" and g.location is not None and g.explicit_place
              and not _unmapped(g.location) and g.date_start is not None and g.date_end is not None
              and 0 <= (g.date_end - g.date_start).days <= 14]
    for m in cands:
        if m.event_type != "meeting":
            continue
        for host in host_nouns(m.trigger):
            found = {(g.location.name, g.date_start, g.date_end): g for g in placed
                     if g is not m and g.trigger.lemma_.lower() == host.lemma_.lower()}
            if len(found) != 1:
                continue
            (g,) = found.values()
            if m.location is None:
                m.location = g.location
            within = m.date_start is not None and m.date_end is not None and m.date_start <= g.date_start \
                and g.date_end <= m.date_end
            if (m.date_start is None and m.date_end is None) or within:
                m.date_start, m.date_end, m.date_value = g.date_start, g.date_end, None
            break


_REACHING = frozenset({"arrive", "return"})  # a step that reaches a place, not a tour's list of places


def head_for_the_next_stop(cands: list[Candidate]) -> None:
    """'Hans Weber left Bonn on Monday. ... She arrived in Vienna on Tuesday.': a departure that names no
    destination heads for the place its traveller's next arrival (or return) in the story reaches, when that
    arrival is not on or before the departure's day and is not back to where it started. Read over the whole
    article, in text order."""
    gz = gazetteer()
    trips = [c for c in cands if c.event_type == "travel"]
    for k, dep in enumerate(trips):
        if dep.subtype != "depart" or dep.destination is not None or not dep.participants:
            continue
        who = {p.name for p in dep.participants}
        nxt = next((c for c in trips[k + 1:] if who & {p.name for p in c.participants}), None)
        if nxt is None or nxt.subtype not in _REACHING or nxt.destination is None or nxt.status == "cancelled":
            continue
        if dep.origin is not None and gz.compatible(dep.origin, nxt.destination):
            continue  # "left Bonn ... returned to Bonn": a round trip says nothing of where it went first
        if dep.date_start is not None and nxt.date_start is not None and nxt.date_start <= dep.date_start:
            continue  # an earlier arrival is another journey; one the same day tells this one (its own event)
        dep.destination = nxt.destination
