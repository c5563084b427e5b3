"""A page dated by a year-less dateline takes its year from another report of the same story in its batch.

Why: "CITY, Sep 17 (Agency):" gives the day but not the year. When the page states no year anywhere near its top,
``article_date`` falls back to weak evidence (the latest matching year before the run date or the copyright line, a
weekday guess, a full date somewhere in the body, which may be a historical one), and every event date on the page
follows that year. Wire stories come in several reports: another page of the same batch that tells the same story
and is dated strongly (metadata, the page header, a full date at its top) settles the year, if its date lies within
``WINDOW_DAYS`` of the year-less day placed in its year. Same story means at least two shared protagonists among the
pages' events: two people (by surname), or one traveller and his destination (a head of government in his own capital
is in many stories; who goes where is the story's). When the mates that fit name different years,
nothing changes.

One job: decide new article dates. The caller (``extractors.process``) re-runs the page's analysis with the date
given, as metadata would be, so its timexes and events are dated from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from .records import ArticleDate, Event
from .temporal.article_date_values import calendar_date

WINDOW_DAYS = 45  # a story's reports fall within weeks of each other
MIN_SHARED = 2  # two protagonists: two surnames, or a traveller and his destination
# how ``article_date`` words a year that the page did not state near its top (see ``_Page.resolve``): the run date or
# copyright bound, a weekday guess, a weekday+date pair further down, a full date elsewhere in the body
WEAK_YEAR_WORDING = (
    "year from the latest year",
    "year from the weekday+date pair",
    "year from the page's full date",
)
STRONG_SOURCES = ("metadata", "header")


class Analysed(Protocol):
    """What is read of one analysed article (``process.ArticleResult``)."""

    article: Any  # has ``article_id``
    article_date: ArticleDate
    events: tuple[Event, ...]
    error: str | None


@dataclass(frozen=True)
class Report:
    """One page as a possible mate: its date, how firm its year is, the protagonists its events name."""

    article_id: str  # named by id, not file: a file name in another page's evidence would read as that page's
    day: date | None
    weak: bool  # its year came only from weak evidence: it may borrow one
    strong: bool  # its date is firm: it may lend its year
    surnames: frozenset[str]
    trips: frozenset[tuple[str, str]]  # (traveller's surname, destination) of its travel events


StoredMates = Callable[[Sequence[date]], Iterable[Report]]  # the weak pages' days -> reports of earlier batches


def weak_year(article_date: ArticleDate) -> bool:
    """Whether the date's year came only from weak evidence (the page's text gave the day without it)."""
    if article_date.value is None or article_date.source != "inferred" or not article_date.evidence:
        return False
    return any(w in article_date.evidence for w in WEAK_YEAR_WORDING)


def strong_date(article_date: ArticleDate) -> bool:
    """Metadata, the header, or a date the page states with its year (or whose year a stated date near it gives)."""
    if article_date.value is None:
        return False
    source = article_date.source
    return source in STRONG_SOURCES or source.endswith("-metadata") or (source == "inferred" and not weak_year(
        article_date))


def _surname(name: str) -> str | None:
    """The last word of a person's name ('Ana Ruiz' -> 'ruiz'); None for a group or a lower-case phrase."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return words[-1].strip(".,'’").lower() or None


def make_report(article_id: str, article_date: ArticleDate, people: Iterable[str],
                trips: Iterable[tuple[str, str]]) -> Report:
    """A page's date and protagonists: the people its events name, by surname, and its trips as (traveller,
    destination): a traveller and where he goes, not a host in his own capital, whom many stories name."""
    return Report(article_id, article_date.value, weak_year(article_date), strong_date(article_date),
                  frozenset(s for name in people if (s := _surname(name))),
                  frozenset((s, to.lower()) for name, to in trips if to and (s := _surname(name))))


def report_of(item: Analysed) -> Report:
    """``make_report`` of an analysed page."""
    return make_report(item.article.article_id, item.article_date,
                       (p.name for e in item.events for p in e.participants),
                       ((p.name, e.destination.name) for e in item.events
                        if e.event_type == "travel" and e.destination is not None for p in e.participants))


def same_story(a: Report, b: Report) -> bool:
    """At least two shared protagonists: two people, or the same traveller going to the same place."""
    return len(a.surnames & b.surnames) >= MIN_SHARED or bool(a.trips & b.trips)


def near_in_some_year(day: date, anchor: date | None) -> bool:
    """Whether ``day``'s month and day, placed in the year nearest ``anchor``, fall within the window of it."""
    return anchor is not None and placed_near(day, anchor) is not None


def placed_near(day: date, anchor: date) -> date | None:
    """``day``'s month and day in the year putting it nearest ``anchor``, when that falls within the window."""
    placed = placed_in_year_of(day, anchor)
    return placed if placed is not None and abs((placed - anchor).days) <= WINDOW_DAYS else None


def placed_in_year_of(day: date, anchor: date) -> date | None:
    """``day``'s month and day in the year putting it nearest ``anchor``."""
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    options = [d for y in years if (d := calendar_date(y, day.month, day.day))]
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None


def borrowed_date(page: Report, mates: Iterable[Report]) -> tuple[date, Report] | None:
    """The page's day in the year its strongly dated same-story mates agree on, and the first such mate; None when
    none fits, when they disagree, or when the year is the page's own already."""
    fits: list[tuple[date, Report]] = []
    for mate in mates:
        if mate.article_id == page.article_id or not mate.strong or mate.day is None or not same_story(page, mate):
            continue
        if (placed := placed_near(page.day, mate.day)) is not None:
            fits.append((placed, mate))
    if not fits or len({d for d, _ in fits}) > 1 or fits[0][0] == page.day:
        return None
    return fits[0]


def borrow_years(items: Sequence[Analysed], stored: StoredMates | None = None) -> dict[int, ArticleDate]:
    """Position in ``items`` -> the new article date of each weakly dated page a same-story mate re-dates (mates are
    the other ``items`` and, when ``stored`` is given, the reports it finds near the weak pages' days: earlier
    batches of the incremental store)."""
    reports = [None if item.error else report_of(item) for item in items]
    weak_days = [r.day for r in reports if r is not None and r.weak and r.day is not None]
    if not weak_days:
        return {}
    mates = [r for r in reports if r is not None and r.strong] + (list(stored(weak_days)) if stored else [])
    out: dict[int, ArticleDate] = {}
    for i, page in enumerate(reports):
        if page is None or not page.weak:
            continue
        found = borrowed_date(page, mates)
        if found is None:
            continue
        day, mate = found
        old = items[i].article_date
        evidence = f"{old.evidence} -> year from the same story's report {mate.article_id} ({mate.day.isoformat()})"
        out[i] = ArticleDate(day, old.source, evidence)
    return out
