"""Reconciliation of one cross-article cluster: what a member lacks is filled from the other members, never
overwriting evidence. A member without a date takes the dates the other members agree on, and one dated only by a
week or a month takes the days the others give inside it; a country/state-level place takes a city inside it;
missing named participants are added. Status stays per article (it is what each article reported)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from ..places import gazetteer
from ..records import Event, Participant
from .dates import is_period_value
from .names import is_person, person_names, same_person


def _votes(members: list[Event]) -> Counter[tuple[date, date]]:
    return Counter((m.date_start, m.date_end) for m in members if m.date_start is not None and m.date_end is not None)


def _consensus_dates(members: list[Event], votes: Counter[tuple[date, date]]) -> tuple[date, date] | None:
    """The days most reports give; on a tie, for a trip the longest reading (a visit's days over the day it began,
    which a report of the landing gives as the visit's), for a meeting the shortest (the day it was held inside the
    days it was planned for); then the earliest: the members' order says nothing. ``votes``: ``_votes(members)``."""
    if not votes:
        return None
    longer = 1 if members[0].event_type == "travel" else -1
    return max(votes, key=lambda d: (votes[d], longer * (d[1] - d[0]).days, -d[0].toordinal()))


def _contested(votes: Counter[tuple[date, date]]) -> bool:
    """Two readings of a visit's days, each of several days, with as many reports behind each ("from the 9th to
    the 12th" in one, "a four-day visit" counted to the 13th in another): neither is the consensus, and a report
    that gives its own days keeps them. A single day against several is not contested: it is the day the visit
    began (``_consensus_dates``). ``votes``: ``_votes`` of the cluster's members."""
    top = max(votes.values(), default=0)
    return sum(d[1] > d[0] for d in votes if votes[d] == top) >= 2


_SPAN_DAYS = 14  # a visit's days, not a month or a season that only says when


def _days_within(m: Event, members: list[Event]) -> tuple[date, date] | None:
    """The days that the other reports give inside the week or month ``m`` is dated by ("plans to visit in the
    second half of April" and "began his three-day visit on Wednesday"): a period says when, the days say which.
    The days most reports give win; on a tie the longest span (a visit's days over the day it began), then the
    earliest."""
    if not (is_period_value(m.date_value) and m.date_start is not None and m.date_end is not None):
        return None
    inside = Counter((x.date_start, x.date_end) for x in members
                     if x.date_start is not None and x.date_end is not None and not is_period_value(x.date_value)
                     and m.date_start <= x.date_start and x.date_end <= m.date_end
                     and (x.date_end - x.date_start).days <= _SPAN_DAYS)
    if not inside:
        return None
    return max(inside, key=lambda d: (inside[d], d[1] - d[0], -d[0].toordinal()))


def reconcile(members: list[Event]) -> list[Event]:
    """A cluster's members with the gaps each leaves filled from the others (see the module docstring)."""
    if len(members) == 1:
        return members
    gz = gazetteer()
    votes = _votes(members)
    cons = _consensus_dates(members, votes)
    contested = _contested(votes)
    loc = dest = origin = None
    for m in members:
        loc = gz.more_specific(loc, m.location) if gz.compatible(loc, m.location) else loc
        dest = gz.more_specific(dest, m.destination) if gz.compatible(dest, m.destination) else dest
        origin = gz.more_specific(origin, m.origin) if gz.compatible(origin, m.origin) else origin
    people: dict[str, Participant] = {}
    for m in members:
        for p in m.participants:
            if is_person(p) and not any(same_person(p.name, q) for q in people):
                people[p.name] = Participant(p.name, p.role, p.country_code, None)
    out = []
    for m in members:
        changes: dict = {}
        if (days := _days_within(m, members)) is not None:
            changes.update(date_start=days[0], date_end=days[1])
        elif cons is not None:
            s, e = cons
            if m.date_start is None and m.date_end is None:
                changes.update(date_start=s, date_end=e)
            elif (m.date_start is not None and m.date_end is not None and s is not None and e is not None
                  and not contested and s <= m.date_start and m.date_end <= e and (s, e) != (m.date_start, m.date_end)
                  and (e - s).days <= _SPAN_DAYS):
                # a narrower reading of the same visit; a month or season that only says when keeps the days a
                # report gives ("24-26 April" stays, though another report says "in April")
                changes.update(date_start=s, date_end=e)
            elif s is not None and e is not None and (e - s).days <= _SPAN_DAYS and (
                    m.date_start is None and m.date_end is not None and s <= m.date_end <= e
                    or m.date_end is None and m.date_start == s):
                # half of the span ("wrapped up its visit today", "will visit from December 21"): the other reports
                # give the whole of it
                changes.update(date_start=s, date_end=e)
        if m.event_type == "meeting" and loc is not None and gz.compatible(m.location, loc) and m.location != loc:
            changes["location"] = loc
        if m.event_type == "travel":
            if dest is not None and gz.compatible(m.destination, dest) and m.destination != dest:
                changes["destination"] = dest
            if origin is not None and gz.compatible(m.origin, origin) and m.origin != origin:
                changes["origin"] = origin
        mine = person_names(m)
        extra = [p for n, p in people.items() if not any(same_person(n, x) for x in mine)]
        if extra:
            changes["participants"] = tuple(m.participants) + tuple(extra)
        out.append(replace(m, **changes) if changes else m)
    return out
