"""A trip the story tells only as a reference ("Gates' visit is particularly poignant", "Brown's visit will
consist of working meetings"): no trip of that traveller is told with a place, so the reference points at no trip
to join (``trip_references``). The story still says where the traveller went: they arrived somewhere ("having
landed in Japan"), or they took part in a meeting the story places ("is meeting ministers at the University of
Cambridge", dateline Cambridge). A reader takes the visit to be there; so does this module, and only there: a
traveller the story places nowhere, or only in their own country (a local meeting is no visit), leaves the
reference no event.
"""

from __future__ import annotations

from dataclasses import replace

from .candidate import Candidate, named_people, named_place
from .nationality import nationality_in_story

_ARRIVE = "arrive"


def visit_where_the_story_has_them(ref: Candidate, cands: list[Candidate], known: set[str]) -> Candidate | None:
    """The visit ``ref`` names, to where the story places its travellers, or None.

    Only a reference that names its travellers ("Gates' visit", "the visit of X"), and that the caller found to be
    what its clause is about ("Gates' visit is particularly poignant", "Brown is making a working visit"): "during
    his visit" is the setting of what its sentence tells, and an unowned "the visit" may be anyone's. The place is
    that of an arrival of theirs or of a meeting they take part in, the nearest told before the reference, else the
    first after it, not in a traveller's own country. The visit keeps the days its own clause gives; with none, it
    was under way on the day of the event that places it (its end unknown), and it has begun when that event has
    taken place."""
    who = named_people(ref, known)
    if not who:
        return None
    homes = {cc for p in ref.participants if p.name in who
             and (cc := p.country_code or nationality_in_story(ref.trigger.doc, p.name))}
    placing = [k for k in cands if named_people(k, known) >= who and not _at_home(k, homes) and (
        k.event_type == "travel" and k.subtype == _ARRIVE and named_place(k.destination)
        or k.event_type == "meeting" and named_place(k.location))]
    if not placing:
        return None
    before = [k for k in placing if k.start_char < ref.start_char]
    placer = max(before, key=lambda k: k.start_char) if before else min(placing, key=lambda k: k.start_char)
    if ref.status == "cancelled" and placer.status == "occurred":
        return None  # "met X in Berlin ... his visit was cancelled": another visit than the one that took place
    visit = replace(ref, participants=list(ref.participants), destination=placer.place, explicit_place=False,
                    subtype="visit" if ref.subtype in {"trip", "travel"} else ref.subtype)
    if visit.date_start is None and visit.date_end is None and placer.date_start is not None:
        visit.date_start, visit.date_end, visit.date_value = placer.date_start, None, None
        visit.date_source = "context"
    if visit.status == "unknown" or visit.status == "planned" and placer.status == "occurred":
        visit.status = placer.status
    return visit


def _at_home(placer: Candidate, homes: set[str]) -> bool:
    """The place is in a traveller's own country (a meeting in one's own capital is no visit)."""
    where = placer.place
    return where is not None and where.country_code is not None and where.country_code in homes
