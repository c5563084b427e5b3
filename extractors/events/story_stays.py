"""The story's day for a planned meeting its own report leaves undated.

A report written ahead of a visit often tells the talks with no day ("a meeting with the prime minister is
expected", "the envoy will meet the premier"), while the day the traveller is at that place comes from another report
of the story (the announcement's "the visit on May 7", the arrival report's "touched down on Wednesday"). The page
alone cannot date the talks (``timeline.date_from_stays`` reads one article, before the merge), and the cross-article
clustering works per event type, so a meeting never sees its travellers' trip. Once a month's reports are clustered
(the merge's partition: a month is re-merged whole whenever a run touches it, so a split into runs lends as one run
does), a planned meeting with no day at all takes the one day the story puts its travellers at the meeting's place:
a one-day visit there, or the day an arrival there fixes when the story tells no longer stay.

It declines when the story's trips there span several days (which day of a visit holds the talks is not told: the
meeting stays undated), when the meeting's place is not on the map, when no traveller of a dated trip there is a
side of it, when the trips there are called off or span more than a month, and for a departure or a return (they
tell where a traveller goes or comes home, not a stay at the place). Only the events table is lent to: clusters and
itineraries keep what the reports told.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from ..places import gazetteer
from ..records import Event, on_the_map
from .blocks import NO_ANCHOR, article_anchors, month_of_unit, unit_of
from .dates import is_period_value
from .story_hosts import lend_story_hosts, side_names
from .timeline import one_window

_LONGEST_STAY = 31  # days: a longer window is a period ('this year'), not a visit
_UNDATED_STATUS = frozenset({"planned"})  # talks told ahead; a done meeting with no day is told as past, not placed
_NO_STAY = frozenset({"depart", "return"})  # where a traveller goes from, or comes home: no stay at the place


def _dated_trip(e: Event) -> bool:
    """A trip whose days put its travellers at its place: both ends known, at most a month, a place on the map, not
    called off, not a departure or a return."""
    return e.event_type == "travel" and e.subtype not in _NO_STAY and e.status != "cancelled" \
        and e.date_start is not None \
        and e.date_end is not None and 0 <= (e.date_end - e.date_start).days <= _LONGEST_STAY \
        and not is_period_value(e.date_value) and on_the_map(e.destination)


def _undated_plan(e: Event) -> bool:
    return e.event_type == "meeting" and e.status in _UNDATED_STATUS and e.date_start is None \
        and e.date_end is None and e.date_value is None and on_the_map(e.location)


def trip_window(meeting: Event, trips: Sequence[Event]) -> tuple[date, date] | None:
    """The one day the story puts ``meeting``'s sides at its place, from ``trips`` (dated trips only): None when
    their trips there are not one visit, or the visit spans more than that day."""
    gz = gazetteer()
    sides = side_names(meeting)
    spans = [(t.date_start, t.date_end) for t in trips
             if side_names(t) & sides and gz.compatible(t.destination, meeting.location)]
    window = one_window(spans) if spans else None  # type: ignore[arg-type]
    return window if window is not None and window[0] == window[1] else None


def lend_story_days(events: Sequence[Event]) -> list[Event]:
    """``events`` (one month's clustered reports) with each undated planned meeting given the one day its travellers
    are at its place (see the module docstring), and each meeting placed nowhere the home of its counterpart where
    the story sends its visitor (``story_hosts``); every other event as it was."""
    trips = [e for e in events if _dated_trip(e)]
    out = []
    for e in events:
        if trips and _undated_plan(e) and (window := trip_window(e, trips)) is not None:
            e = replace(e, date_start=window[0], date_end=window[1])
        out.append(e)
    return lend_story_hosts(out)  # and a meeting placed nowhere its counterpart's home (``story_hosts``)


def lent_by_month(staged: Sequence[Event], clustered: Sequence[Event],
                  published: Mapping[str, date | None] | None = None) -> list[Event]:
    """``clustered`` (``cluster_events(staged, published)``, same order) lent its story days month by month, the
    partitions the flow's merge writes (``blocks``: each mention's month from its staged days), so an in-process run
    lends as the flow does; the months nothing dates are left alone (they hold no dated trip)."""
    anchors = article_anchors(((e.article_id, e.date_start, e.date_end) for e in staged), published)
    month = {e.event_id: month_of_unit(unit_of(e.event_type, e.article_id, e.date_start, e.date_end,
                                               anchors.get(e.article_id))) for e in staged}
    groups: dict[str, list[Event]] = defaultdict(list)
    for e in clustered:
        groups[month[e.event_id]].append(e)
    lent = {e.event_id: e for m, group in groups.items() if m != NO_ANCHOR for e in lend_story_days(group)}
    return [lent.get(e.event_id, e) for e in clustered]


__all__ = ["lend_story_days", "lent_by_month", "trip_window"]
