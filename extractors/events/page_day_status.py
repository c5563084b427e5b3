"""An event its own page tells as held but dates after that page's day is still ahead: it is planned.

Why after clustering: a mention's status is read from its clause (``status``) against the days the clause itself
gives. A present "is on a two-day visit" in a preview, or a welcome the clause leaves undated, gets its days only
when its cluster reconciles it (``reconcile``), and then a day after the page's own day can sit on a mention told
as held. No report can tell as done what starts after the day it was written, so the page's day wins over the
clause's wording.

Only the page's own day counts (its publication date, metadata or read from the page: the articles table's
``published``). The day a same-story page lends an undated page (``story_day``, which the merge anchors such a page
by) is no firm day: weighed by it, held visits of undated pages came out planned (issue-42status, v5)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date

from ..records import Event

HELD = "occurred"
AHEAD = "planned"


def not_yet_held(event: Event, own_day: date | None) -> Event:
    """``event`` planned when it is told held and its first day is after ``own_day`` (its page's own day); else
    unchanged. A page with no day of its own changes nothing."""
    if own_day is None or event.status != HELD or event.date_start is None or event.date_start <= own_day:
        return event
    return replace(event, status=AHEAD)


def held_by_page_day(events: Iterable[Event], own_days: Mapping[str, date | None] | None) -> list[Event]:
    """``events`` (same order), each weighed by its own page's day (article id -> day; ``None`` or no entry: no
    firm day)."""
    if not own_days:
        return list(events)
    return [not_yet_held(e, own_days.get(e.article_id)) for e in events]


__all__ = ["held_by_page_day", "not_yet_held"]
