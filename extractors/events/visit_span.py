"""An arrival that begins a visit is the visit: one event from the landing to the visit's last day the story gives.

News tells a state visit by its landing ("arrived in Lima on Monday for a three-day visit", "will arrive on Tuesday
heading a delegation on a three day state visit", "Ruiz, who flew in on a five-day visit") and names the visit's
end, if at all, by its length or by the departure it tells later ("is due to leave Peru on Sunday", "stays till
Monday, when he leaves for Quito"). The reading the gold takes (the seed's T2, dev_t's notes): such an arrival is a
mention of the visit, one event, dated from the arrival day to the last day the text gives, or from the arrival day
alone. The sentence readers date a landing by its own day and take a length only from a trip noun the verb is
'on' or 'for' in the parse; elsewhere the length was dropped, and where it was read the landing came out twice (a
one-day arrival beside the visit it begins). This pass, run on an article's merged events, gives each dated
landing the visit's last day:

1. a length told by a trip noun in the landing's own clause ("for a historic five-day visit", "on a three day
   state visit"), read from the words before the noun (so a parse that hangs the phrase elsewhere still counts);
2. else the length another landing of the same travellers at the same place on the same day tells (a headline's
   landing and the lead's, merged into one event);
3. else the one length the article tells for a trip of theirs to that place ("will reach Quito on Monday ... a
   two-day state visit to Ecuador");
4. else the day the story has the travellers leave that place (a departure from it, or one to elsewhere with no
   landing anywhere else between), or land in another country: the visit's last day is that day.
5. else the last day the story has them at that place, up to the first step that has them elsewhere
   (``visit_end.last_day_there``: "arrived on Sunday ... talks there on Wednesday"); this one also for a one-day trip
   to a place that is no landing ("will travel to Lima on Sunday then hold meetings Monday").

Not a length that is a tour's ("an 11-day, four-nation tour", "the first leg of a six-day tour", "a tour of
Africa"), nor a trip told before or after the landing ("arrived after a three-day visit to Quito"), nor a landing
told with days of its own already, one that was called off, or one of several legs. A landing whose own sentence
gave the visit's days is emitted once, as the visit (the arrival twin is dropped).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from ..places import gazetteer
from ..records import Place
from .candidate import Candidate, merge_people, named_people
from .clauses import DAY_COUNT_WORDS
from .dates import is_period_value
from .length_after import page_lengths
from .told_length import hold_trips_to_length
from .visit_end import last_day_there, one_day, single_move

if not Doc.has_extension("trip_lengths"):
    # the trip references that tell how long the trip they point at lasts ("during his three-day trip"), with the
    # days (``trip_references.join_trip_references`` sets them, ``reference_length`` reads them)
    Doc.set_extension("trip_lengths", default=None)

TRIP_NOUNS = frozenset({"visit", "trip", "tour", "stay", "journey"})
_LANDINGS = frozenset({"arrive"})
_DEPARTURES = frozenset({"depart", "return"})
_SETTING_OFF = frozenset({"depart"})  # a departure for a place is the first day of the trip there
_STAYS = frozenset({"visit", "trip", "tour"})
_LENGTH = re.compile(r"\b(\d{1,2}|" + "|".join(DAY_COUNT_WORDS) + r")[\s-]+days?\b|\b(week)[\s-]*long\b")
# "a four-nation tour", "a three-country trip", "a two-leg swing": the length is the whole tour's
_SEVERAL = re.compile(r"\b(\d{1,2}|" + "|".join(DAY_COUNT_WORDS) + r"|multi|several)[\s-]+"
                      r"(nations?|country|countries|legs?|city|cities|states|stops?)\b")
_BEFORE_OR_AFTER = frozenset({"after", "following", "since", "before", "ahead", "prior", "from"})
_PART_OF = frozenset({"leg", "stop", "part", "stage", "half", "portion", "segment"})
MAX_DAYS = 21  # a told length above three weeks is no visit's ("a 30-day tour")
_DEPARTURE_WITHIN = 14  # a departure further from the landing than this leaves from another visit


def told_days(noun: Token) -> int | None:
    """The days a trip noun says it lasts, read from the words before it ('a historic five-day visit', 'a three day
    state visit', 'a week-long trip'); None without a length or when the length is a tour's ('an 11-day,
    four-nation tour')."""
    if noun.lemma_.lower() not in TRIP_NOUNS:
        return None
    before = noun.doc.text[noun.left_edge.idx:noun.idx].lower()
    if _SEVERAL.search(before):
        return None
    m = _LENGTH.search(before)
    if m is None:
        return None
    if m.group(2):
        return 7
    word = m.group(1)
    days = int(word) if word.isdigit() else DAY_COUNT_WORDS[word]
    return days if 1 < days <= MAX_DAYS else None


def part_of_more(noun: Token, top: Token) -> bool:
    """The trip noun sits under a word that makes it bigger than the landing's stay ('on the first leg of a six-day
    tour') or another trip ('arrived after a three-day visit to Quito'), between it and ``top``."""
    t = noun
    while t.head != t and t != top:
        if t.lower_ in _BEFORE_OR_AFTER or t.lemma_.lower() in _PART_OF:
            return True  # "after a visit", "ahead of a six-day tour" (the 'of' hangs on 'ahead'), "a leg of"
        t = t.head
    return False


def _names_elsewhere(noun: Token, here: Place | None) -> bool:
    """The trip noun names a place of its own that is not the landing's ('a five-day visit to Peru' on landing in
    Lima is the same stay; 'a tour of Africa', 'a visit to Quito and Lima' is more than it)."""
    gz = gazetteer()
    places = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in {"to", "of", "in"}
              for o in c.children if o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC"}]
    if not places:
        return False
    if len(places) > 1 or any(c.dep_ == "conj" for p in places for c in p.children):
        return True
    name = noun.doc[places[0].left_edge.i:places[0].right_edge.i + 1].text
    if gz.world_region(name):
        return True
    info = gz.lookup(name)
    return info is not None and here is not None and not gz.compatible(info.to_place(), here)


def landing_length(c: Candidate) -> int | None:
    """The length of the visit a landing begins, told by a trip noun in the landing's own clause (see the module
    docstring)."""
    t = c.trigger
    top = t if t.pos_ in {"VERB", "AUX"} else t.head
    sent = t.sent
    for noun in sent:
        if noun.i <= t.i or noun.lemma_.lower() not in TRIP_NOUNS or noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        if top not in noun.ancestors or part_of_more(noun, top) or _names_elsewhere(noun, c.destination):
            continue
        if (days := told_days(noun)) is not None:
            return days
    return None


def story_length(c: Candidate, cands: Sequence[Candidate], known: set[str]) -> int | None:
    """The one length the article tells for a trip of the landing's travellers to the landing's place ('will reach
    Quito on Monday ... a two-day state visit to Ecuador'); None when it tells none, or several."""
    gz = gazetteer()
    day = one_day(c)
    told = {n for o in cands if o.event_type == "travel" and o.subtype in _STAYS and o.leg == 0
            and not o.more_destinations and o.status != "cancelled" and o.destination is not None
            and gz.compatible(o.destination, c.destination) and _same_people(c, o, known)
            and (o.date_start is None or day is None or o.date_start <= day + timedelta(days=1))
            and (o.date_end is None or day is None or o.date_end >= day)
            and (n := _length_of(o, c.destination)) is not None}
    return next(iter(told)) if len(told) == 1 else None


def reference_length(c: Candidate, cands: Sequence[Candidate], known: set[str]) -> int | None:
    """The length told by the first trip reference after a departure ``c`` that names one of its travellers
    ('departed for X on Monday ... is expected to meet Y on Tuesday during his three-day trip'), when no trip of theirs
    elsewhere is told between the two: the reference points back at the trip the departure begins. None otherwise."""
    who = named_people(c, known)
    refs = sorted(((r, n) for r, n in c.trigger.doc._.trip_lengths or []
                   if r.start_char > c.start_char and who & named_people(r, known)),
                  key=lambda rn: rn[0].start_char)
    if not refs:
        return None
    ref, days = refs[0]
    gz = gazetteer()
    between = [o for o in cands if o.event_type == "travel" and c.start_char < o.start_char < ref.start_char
               and who & named_people(o, known) and not gz.compatible(o.destination, c.destination)]
    return None if between else days


def page_length(c: Candidate) -> int | None:
    """The length the landing's page tells only after a trip noun ('a visit of less than two days', 'It is "less than
    two days"', see ``length_after``), when every length the page tells, before a trip noun or after, is that one,
    and the noun is no more than the stay there (no other place, no leg of a tour)."""
    doc = c.trigger.doc
    after = {k for n, k in page_lengths(doc, TRIP_NOUNS)
             if not part_of_more(n, n.sent.root) and not _names_elsewhere(n, c.destination)}
    if not after:
        return None
    told = after | {k for t in doc if (k := told_days(t)) is not None}
    return next(iter(told)) if len(told) == 1 else None


def _length_of(o: Candidate, here: Place | None) -> int | None:
    """The days trip ``o`` is told to last: by its own trip noun ('a two-day state visit to Ecuador'), else by a
    reference joined to it ('will visit the plants during his three-day trip'); None when the noun's length is of
    more than the trip ('the first leg of a six-day tour') or names another place."""
    if o.trigger.pos_ in {"NOUN", "PROPN"}:
        if _names_elsewhere(o.trigger, here) or part_of_more(o.trigger, o.trigger.sent.root):
            return None
        if (n := told_days(o.trigger)) is not None:
            return n
    return o.told_days


def _is_landing(c: Candidate) -> bool:
    """An arrival dated to one day: the first day of the visit a length or a departure may end."""
    return single_move(c, _LANDINGS) and one_day(c) is not None


def sets_off(c: Candidate) -> bool:
    """A dated departure for a place ('departed for X on Monday', 'left May 2 on a six-day trip to X'): the trip there
    begins that day. Not one from a place alone ('left X on Sunday' ends a stay there), nor one from the place it
    heads for."""
    gz = gazetteer()
    return single_move(c, _SETTING_OFF) and c.destination is not None and one_day(c) is not None \
        and (c.origin is None or not gz.compatible(c.origin, c.destination))


def _same_people(a: Candidate, b: Candidate, known: set[str]) -> bool:
    pa, pb = named_people(a, known), named_people(b, known)
    return bool(pa) and bool(pa & pb)


def _departure_day(a: Candidate, cands: Sequence[Candidate], known: set[str]) -> date | None:
    """The day the story has ``a``'s travellers leave the place they landed in: a departure from it, or one from
    nowhere named to another place, with no landing of theirs elsewhere in between."""
    gz = gazetteer()
    day = one_day(a)
    if day is None or a.destination is None:
        return None
    moves = sorted((c for c in cands if c is not a and c.event_type == "travel" and _same_people(a, c, known)
                    and (d := one_day(c)) is not None and day < d <= day + timedelta(days=_DEPARTURE_WITHIN)
                    and c.status != "cancelled"), key=lambda c: (c.date_start, c.start_char))
    for m in moves:
        if m.subtype in _DEPARTURES:
            if m.origin is not None:
                return m.date_start if gz.compatible(m.origin, a.destination) else None
            if m.destination is not None and not gz.compatible(m.destination, a.destination):
                return m.date_start
            return None
        if m.destination is not None and not gz.compatible(m.destination, a.destination):
            # a landing elsewhere first: in another country, the stay there ended that day (the flight between
            # is the day's); in the same one, on a day the story does not give
            return m.date_start if _other_country(m.destination, a.destination) else None
    return None


def _other_country(a: Place | None, b: Place | None) -> bool:
    return a is not None and b is not None and a.country_code is not None and b.country_code is not None \
        and a.country_code != b.country_code


def visit_last_day(c: Candidate, cands: Sequence[Candidate], known: set[str]) -> date | None:
    """The last day of the visit a dated one-day landing ``c`` begins, from the first of (see the module docstring):
    a length its own clause tells, one another telling of the same landing tells, the one length the article tells
    for that trip, the day the story has its travellers leave; None when the story gives none of them. Read by
    ``span_landings`` and by the timeline's stays (``timeline.stays_of``), so the steps of a visit told only by its
    landing take the visit's days."""
    gz = gazetteer()
    day = one_day(c)
    if sets_off(c):
        # "departed for X on Monday ... during his three-day trip": the length a later reference tells counts from the
        # day it set off. Only that one: a length in the departure's own clause or told of the trip elsewhere in the
        # story (the landing's first and third sources) changed departures on a transfer split for the worse (see
        # RESULTS_events.md, issue-37span). No length: the departure stays its one day.
        days = reference_length(c, cands, known)
        return None if day is None or days is None else day + timedelta(days=days - 1)
    if not _is_landing(c) or day is None:
        return None
    days = landing_length(c)
    if days is None:  # another telling of the same landing that gives the length
        days = next((n for o in cands if o is not c and _is_landing(o) and one_day(o) == day
                     and _same_people(c, o, known) and gz.compatible(o.destination, c.destination)
                     and (n := landing_length(o)) is not None), None)
    if days is None:
        days = story_length(c, cands, known)
    if days is None:  # told only after a trip noun of the page ('It is "less than two days"')
        days = page_length(c)
    if days is not None:
        return day + timedelta(days=days - 1)
    return _departure_day(c, cands, known)


def _date_the_trip_it_begins(dep: Candidate, events: Sequence[Candidate], known: set[str]) -> None:
    """A departure given its trip's days ('departed for X on Monday ... his three-day trip'): another telling of a
    trip of its travellers to its place dated only by the month or week those days fall in ('will visit the plants
    there during his three-day trip', dated by the month the story is in) is that trip, with the same days."""
    gz = gazetteer()
    for o in events:
        if o is dep or o.event_type != "travel" or o.subtype not in _STAYS or o.leg != 0 or o.more_destinations \
                or o.status == "cancelled" or not is_period_value(o.date_value) or o.date_start is None \
                or o.date_end is None or dep.date_start is None or dep.date_end is None:
            continue
        if o.destination is not None and gz.compatible(o.destination, dep.destination) \
                and _same_people(dep, o, known) and o.date_start <= dep.date_start <= dep.date_end <= o.date_end:
            o.date_start, o.date_end, o.date_value = dep.date_start, dep.date_end, None


def span_landings(merged: list[Candidate], cands: Sequence[Candidate], known: set[str]) -> list[Candidate]:
    """Give each dated landing the days of the visit it begins (see the module docstring); returns the events with
    a landing whose visit twin its own sentence already gave dropped into that twin."""
    twins = {c.trigger.i: c for c in merged if c.event_type == "travel" and c.subtype == "visit" and c.leg < 0}
    landings = {c.trigger.i: c for c in merged if c.event_type == "travel" and c.subtype in _LANDINGS
                and c.leg == 0 and c.status != "cancelled"}
    out: list[Candidate] = []
    for c in merged:
        landing = landings.get(c.trigger.i) if c.leg < 0 and c.subtype == "visit" else None
        if landing is not None and twins.get(c.trigger.i) is c and one_day(landing) == c.date_start:
            # "arrived on Monday on a four-day visit": one event, the landing, with the visit's days
            landing.participants = merge_people(landing.participants, c.participants)
            landing.date_end, landing.date_value = c.date_end, c.date_value
            landing.destination = landing.destination or c.destination
            landing.merged += c.merged
            continue
        out.append(c)
    for c in out:
        setting_off = sets_off(c)
        last = visit_last_day(c, cands, known) if _is_landing(c) or setting_off else None
        if last is None and not setting_off and one_day(c) is not None:
            last = last_day_there(c, cands, known)  # no length, no departure: the last day the story has them there
        if last is not None:
            c.date_end, c.date_value = last, None
            if setting_off:
                _date_the_trip_it_begins(c, out, known)
    hold_trips_to_length(out)  # "the final leg of his three-day visit": a trip told with its length, from its first day
    return out


__all__ = ["MAX_DAYS", "TRIP_NOUNS", "landing_length", "page_length", "part_of_more", "reference_length", "sets_off",
           "span_landings", "told_days", "visit_last_day"]
