"""A meeting told as what a visit is for lasts as the visit does: "will arrive in Lima on Tuesday on a three-day visit
for talks with the president", "is travelling to Lima on Monday, where she will meet the president".

Inside one sentence (``sentence.refine_sentence``) such a meeting takes the trip's days, which are then the landing's
one day: the sentence tells when the traveller arrives, not on which day of the stay the talks fall. The visit's last
day is read only later, over the whole article (``visit_span.span_landings``: a length, a departure, the last day the
story has the traveller there). A reader dates talks told only as the visit's purpose by the visit, not by its first
day: the gold of several splits does (RESULTS_events.md, issue-38dates and issue-40dates). So the sentence reader
notes which trip a purpose meeting took its days from (``note_purpose``), and once the landings have their windows,
``follow_the_visits`` gives each such meeting, still on its trip's first day, the window of the visit that trip is.

Only a meeting the trip's clause holds as its purpose or setting: the path up the parse from the meeting word to the
trip's verb crosses no conjunct ("arrived on Monday and met the president": a step of its own, on that day), no
relative clause ("a tour that includes meetings with A and B": steps the tour lists, each on its own day), no reported
clause, and no 'before'/'after' phrase. Not a meeting whose day is its own, one the merge moved to another day, nor
one called off while its visit is not (or the other way round).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from ..places import gazetteer
from .candidate import Candidate, named_people
from .clauses import DAY_COUNT_WORDS
from .visit_end import STEPS_AWAY
from .visit_span import MAX_DAYS, TRIP_NOUNS

if not Doc.has_extension("visit_purposes"):
    # meeting trigger index -> the trigger index of the trip whose days it took as its purpose or setting
    Doc.set_extension("visit_purposes", default=None)

_CROSSES = frozenset({"conj", "relcl", "ccomp", "parataxis"})  # a clause of its own: no purpose of the trip
_AROUND = frozenset({"before", "after", "following", "since", "ahead", "prior", "by"})  # another time, or how it began
_WHEN = frozenset({"DATE", "TIME"})
_STORY_DAYS = frozenset({"context", "sequence", "none"})  # a day the story lent, not the clause's own
_GATHERINGS = frozenset({"summit", "conference", "meeting", "talks", "talk", "forum", "session", "dialogue"})
_ENDING = frozenset({"end", "conclude", "close", "wrap", "finish"})
_LENGTH = re.compile(r"\b(\d{1,2}|" + "|".join(DAY_COUNT_WORDS) + r"|a|one)[\s-]+(days?|weeks?|nights?|hours?)\b"
                     r"|\bweek[\s-]*long\b")
_DAYS = re.compile(r"\b(\d{1,2}|" + "|".join(DAY_COUNT_WORDS) + r")[\s-]+days?\b")


def held_for(meeting: Token, trip: Token) -> bool:
    """The meeting word hangs under the trip's verb (or noun) as its purpose or setting ("to meet", "for talks",
    "where she will meet"): every step up the parse from ``meeting`` to ``trip`` is an argument or modifier, none a
    conjunct, a relative or reported clause, nor a 'before' / 'after' phrase."""
    t, path = meeting, {meeting.i}
    while t.i != trip.i:
        if t.head.i == t.i:
            return False  # the trip is not above the meeting
        path.add(t.head.i)
        if t.dep_ == "conj" and t.head.i != trip.i and t.head.dep_ != "conj":
            pass  # "where she will meet X and hold talks with Y": the purpose's conjunct is a purpose too
        elif t.dep_ in _CROSSES and not (t.dep_ == "relcl" and (t.head.lemma_.lower() not in TRIP_NOUNS
                                                                 or _during_which(t))):
            return False  # "where she will meet X", "a visit during which she will meet X"; not "a tour that includes"
        if t.lower_ in _AROUND:
            return False
        t = t.head
    return not _day_of_its_own(meeting, trip, path)


def _a_length(x: Token) -> bool:
    """``x`` is in a date entity that tells a length ("three day", "two-day", "week-long"), not a day."""
    ent = next((e for e in x.doc.ents if e.start <= x.i < e.end), None)
    return ent is not None and _LENGTH.search(ent.text.lower()) is not None


def _during_which(clause: Token) -> bool:
    """A relative clause told as the trip's time ("a five-day visit during which she will hold talks")."""
    return any(c.dep_ == "prep" and c.lower_ in {"during", "in"} and any(o.lower_ == "which" for o in c.children)
               for c in clause.children)


def in_the_visit(meeting: Token) -> bool:
    """The meeting's clause sets it in a visit the story tells, with no trip word the sentence reader made a trip:
    "will also meet X during his stay in Lima", "while in Lima, she was expected to meet X". Read up to the clause's
    border (a reported or relative clause, or the sentence's root)."""
    for t in [meeting, *meeting.ancestors]:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "during" and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in TRIP_NOUNS for o in c.children):
                return True
            if c.dep_ == "mark" and c.lower_ == "while" and any(x.dep_ == "prep" and x.lower_ in {"in", "at"}
                                                                 for x in t.children):
                return True
        if t.dep_ in {"ccomp", "relcl", "parataxis", "advcl"}:
            return False
    return False


def _day_of_its_own(meeting: Token, trip: Token, path: set[int]) -> bool:
    """A date hangs on the meeting's own words below the trip ("to hold talks with X on Wednesday"): the talks are
    on that day, not over the visit."""
    t = meeting
    while t.i != trip.i and t.lemma_.lower() not in TRIP_NOUNS:  # a trip noun's length is the visit's
        if any(x.ent_type_ in _WHEN and not _a_length(x) for c in t.children if c.i not in path
               for x in c.subtree):  # "the two-day summit", "on a three day visit" tell how long, not which day
            return True
        t = t.head
    return False


def note_purpose(meeting: Candidate, trip: Candidate, trip_verb: Token | None, *, during: bool = False) -> None:
    """Note that ``meeting`` took ``trip``'s days as the trip's purpose or setting (see ``held_for``), or as held
    'during' it (``during``: "will hold talks with X during a visit to Lima")."""
    top = trip.trigger if trip_verb is None or trip.trigger in meeting.trigger.ancestors else trip_verb
    if during:
        if meeting.trigger.pos_ in {"VERB", "AUX"} and any(x.ent_type_ in _WHEN for x in meeting.trigger.subtree):
            return  # "met X on Monday during the visit": that day
    elif not held_for(meeting.trigger, top):
        return
    doc = meeting.trigger.doc
    if doc._.visit_purposes is None:
        doc._.visit_purposes = {}
    doc._.visit_purposes.setdefault(meeting.trigger.i, trip.trigger.i)


def _visit_end(m: Candidate, trip_i: int, events: Sequence[Candidate], known: set[str]) -> date | None:
    """The last day of the visit that holds ``m``: the trip ``m`` took its days from, when it begins on ``m``'s day and
    has a window; else (that trip was merged into a departure, or is only the landing's day) the one last day that the
    trips of ``m``'s travellers to a place nested with ``m``'s, beginning on ``m``'s day, give ("is travelling to A
    where she will meet X" beside "will be in A on July 9-10"). None when they give none, or several."""
    def fits(t: Candidate) -> bool:
        return t.date_start == m.date_start and t.date_end is not None and t.date_end > t.date_start \
            and (t.status == "cancelled") == (m.status == "cancelled")

    trips = [t for t in events if t.event_type == "travel"]
    own = next((t for t in trips if t.trigger.i == trip_i), None)
    if own is not None and fits(own):
        return own.date_end
    gz = gazetteer()
    who = named_people(m, known)
    ends = {t.date_end for t in trips if fits(t) and t.subtype not in STEPS_AWAY and who & named_people(t, known)
            and t.destination is not None and (m.place is None or gz.compatible(m.place, t.destination))}
    return ends.pop() if len(ends) == 1 else None


def gathering_days(noun: Token) -> int | None:
    """The days a gathering noun says it lasts ("the two-day summit", "a three-day conference"); None without a
    length, or for a gathering told by its end ("the two-day summit ended on Friday": the day is its last)."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lemma_.lower() not in _GATHERINGS \
            or noun.head.lemma_.lower() in _ENDING:
        return None
    m = _DAYS.search(noun.doc.text[noun.left_edge.idx:noun.idx].lower())
    if m is None:
        return None
    days = int(m.group(1)) if m.group(1).isdigit() else DAY_COUNT_WORDS.get(m.group(1))
    return days if days is not None and 1 < days <= MAX_DAYS else None


def follow_the_visits(events: Sequence[Candidate], known: set[str]) -> None:
    """Give each purpose meeting (``note_purpose``) still on its trip's first day the window of the visit that trip is
    (see the module docstring). Run on the merged events, after the landings have their windows."""
    if not events:
        return
    purposes = events[0].trigger.doc._.visit_purposes or {}
    for m in events:
        if m.event_type != "meeting" or m.date_start is None or m.date_start != m.date_end:
            continue
        if (days := gathering_days(m.trigger)) is not None:  # "arrived on Thursday to attend the two-day summit"
            m.date_end, m.date_value = m.date_start + timedelta(days=days - 1), None
            continue
        trip_i = purposes.get(m.trigger.i)
        if trip_i is None and m.date_source in _STORY_DAYS and in_the_visit(m.trigger):
            trip_i = -1  # set in a visit no trip word of its sentence tells: the trip of its people that day
        if trip_i is None:
            continue
        last = _visit_end(m, trip_i, events, known)
        if last is not None and m.date_start < last <= m.date_start + timedelta(days=MAX_DAYS):
            m.date_end, m.date_value = last, None


__all__ = ["follow_the_visits", "gathering_days", "held_for", "in_the_visit", "note_purpose"]
