"""A page that nothing dates takes the day of its own story's dated reports, at extraction.

Why: a merge unit is an event type and a month (``events.blocks``); a page with no date of its own (no metadata, no
stamp, no dated mention) has no anchor, so its mentions sit in a unit of their own and join nothing, and its "on
Wednesday" resolves to nothing. Such pages are common (a wire story saved without its header, a wrap-up that says
only "on Wednesday"), and they tell the same visit or summit that the dated previews and reports of their story
tell. Another report of the same batch (or of the store's earlier runs) that tells the same story is dated; its
anchor says which days the undated page is about.

Only where the merge places the page, not its article date: the lent day is a mate's anchor, days away from when the
page was written, and resolving the page's "on Saturday" against it dated events wrongly (measured on the real-news
splits, ``RESULTS_events.md``, issue-32dups: more wrong participants and stops, lower precision, no article date
right). ``cluster`` still decides mention by mention (type, place, people, dates) what the page's mentions join.
One thing the lent day does say is the story's year: the page's dates written without one ("on April 28") are placed
in the year nearest it (``temporal.story_year``), and only those.

Why at extraction, not in the merge: the merge runs per staging part (``incremental``), so a day borrowed there
depends on which articles share a part and a store merged in several runs would differ from one build. Decided here,
the day is written once to the articles table (its ``story_day`` column), which every later merge reads
(``store.published_dates``) whatever the partition. The opposite direction (an undated page stored before its dated
mate arrives) is not done: the stored page would have to be analysed again.

Same story is a strong link between the two pages' mentions: the same traveller going to the same country (by the
last name token of three letters or more, so "Ana Ruiz" and "Ruiz" meet, and the destination's country, so a city
and its country meet), or two people both pages name. One shared name or only a shared country is no link. Mates
whose anchors lie further apart than ``MATE_SPREAD_DAYS`` disagree about the story's days: nothing is borrowed. Only
pages with a firm date of their own lend one (metadata, a header, a stated year: ``batch_year.strong_date``): a
guessed year would carry its error over, and a borrowed day is not firm, so there are no chains. The low median of
the mates' anchors is taken over the mates sorted by day, so the day does not depend on the order of the batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .batch_year import Analysed, strong_date
from .events.blocks import article_anchors
from .events.names import is_person_name, name_tokens
from .records import ArticleDate, Event

MATE_SPREAD_DAYS = 14  # a story's reports within two weeks of each other agree about its days
MIN_SHARED_PEOPLE = 2  # two people, or one traveller and where he goes
STORY_SOURCE = "story"  # how a lent day is sourced (``ArticleDate.source``): never a page's own date


@dataclass(frozen=True)
class StoryPage:
    """What the story test reads of one page: its anchor (None: the page has no date of its own), its people (one
    token set per person) and its trips (traveller's last name token, destination country)."""

    article_id: str
    anchor: date | None
    people: tuple[frozenset[str], ...]
    trips: frozenset[tuple[str, str]]
    lends: bool = True  # its own date is firm (``batch_year.strong_date``): a guessed year would mislead its mates
    own: date | None = None  # the page's own date (its anchor is its mentions' days, which a preview tells ahead)

    @property
    def tokens(self) -> frozenset[str]:
        return frozenset().union(*self.people)


@dataclass(frozen=True)
class Mention:
    """The fields of one event mention the page summary reads (an ``Event`` or a staged row)."""

    event_type: str
    people: tuple[str, ...]
    country: str | None  # of its destination (a trip) or its place (a meeting)
    date_start: date | None
    date_end: date | None


def mention_of(e: Event) -> Mention:
    place = (e.destination or e.location) if e.event_type == "travel" else e.location
    return Mention(e.event_type, tuple(p.name for p in e.participants), place.country_code if place else None,
                   e.date_start, e.date_end)


def persons_named(mentions: Iterable[Mention]) -> tuple[frozenset[str], ...]:
    """The people ``mentions`` name, each as its name tokens (see ``_persons``); not groups or titles."""
    return _persons(p for m in mentions for p in m.people if is_person_name(p))


def _persons(names: Iterable[str]) -> tuple[frozenset[str], ...]:
    """Name token sets, names sharing a token joined into one person ('Ana Ruiz' and 'Ruiz')."""
    groups: list[set[str]] = []
    for name in names:
        tokens = set(name_tokens(name))
        if not tokens:
            continue
        touching = [g for g in groups if g & tokens]
        for g in touching:
            tokens |= g
            groups.remove(g)
        groups.append(tokens)
    return tuple(sorted((frozenset(g) for g in groups), key=sorted))


def _surname(name: str) -> str | None:
    """The last significant token of a name ('Ana Ruiz' -> 'ruiz'): a first name is shared by too many travellers
    to say which trip."""
    words = [w.strip(",'’") for w in name.lower().replace("-", " ").replace(".", " ").split()]
    words = [w for w in words if w in name_tokens(name)]
    return words[-1] if words else None


def story_page(article_id: str, mentions: Sequence[Mention], own_date: date | None, lends: bool = True
               ) -> StoryPage:
    """The page's anchor (the low median start of its narrow-dated mentions, else its own date: what the merge
    anchors it by, ``blocks.article_anchors``), its people and its trips; ``lends``: its own date is firm."""
    anchors = article_anchors(((article_id, m.date_start, m.date_end) for m in mentions), {article_id: own_date})
    trips = frozenset((s, m.country) for m in mentions if m.event_type == "travel" and m.country
                      for p in m.people if is_person_name(p) and (s := _surname(p)))
    return StoryPage(article_id, anchors.get(article_id), persons_named(mentions), trips, lends, own_date)


def same_story(a: StoryPage, b: StoryPage) -> bool:
    """A shared trip (traveller and destination country), or two people of ``a`` whom ``b`` names too."""
    if a.trips & b.trips:
        return True
    theirs = b.tokens
    return sum(not p.isdisjoint(theirs) for p in a.people) >= MIN_SHARED_PEOPLE


def story_days(pages: Sequence[StoryPage], mates: Iterable[StoryPage] = ()) -> dict[str, tuple[date, tuple[str, ...]]]:
    """Article id -> (borrowed day, the mates that lent it) for each page of ``pages`` with no anchor whose dated
    same-story mates (the other ``pages`` and ``mates``, e.g. the store's earlier reports) agree within
    ``MATE_SPREAD_DAYS``: the low median of their anchors."""
    lenders = {p.article_id: p for p in [*pages, *mates] if p.anchor is not None and p.lends}
    out: dict[str, tuple[date, tuple[str, ...]]] = {}
    for page in pages:
        if page.anchor is not None or not page.people:
            continue
        found = sorted((m.anchor, m.article_id) for m in lenders.values()
                       if m.article_id != page.article_id and same_story(page, m))
        if found and (found[-1][0] - found[0][0]).days <= MATE_SPREAD_DAYS:
            out[page.article_id] = (found[(len(found) - 1) // 2][0], tuple(a for _, a in found))  # type: ignore[misc]
    return out


StoredStory = Callable[[frozenset[str]], Iterable[StoryPage]]  # name tokens -> dated pages of earlier runs naming them


def own_date(article_date: ArticleDate) -> date | None:
    """The page's own date: a borrowed story day is none (so it never lends one: no chains)."""
    return None if article_date.source == STORY_SOURCE else article_date.value


@dataclass(frozen=True)
class LentDay:
    """A lent day and the pages that lent it (their own dates and anchors say which days the story is told on)."""

    article_date: ArticleDate
    lenders: tuple[StoryPage, ...]


def lent_story_days(items: Sequence[Analysed], stored: StoredStory | None = None) -> dict[int, LentDay]:
    """Position in ``items`` -> the day (with the reports that lent it as evidence) of each page with no date of
    its own that its story's dated reports lend (mates: the other ``items`` and, when ``stored`` is given, the
    store's earlier pages naming the same people), with the lending pages themselves (``story_weekday
    .lent_day_weekday`` reads them). The flow keeps the day as the page's ``story_day``."""
    pages = [None if item.error else story_page(item.article.article_id, [mention_of(e) for e in item.events],
                                                own_date(item.article_date), strong_date(item.article_date))
             for item in items]
    undated = [p for p in pages if p is not None and p.anchor is None and p.people]
    if not undated:
        return {}
    mates = list(stored(frozenset().union(*(p.tokens for p in undated)))) if stored else []
    known = [p for p in pages if p is not None]
    by_id = {p.article_id: p for p in [*known, *mates]}
    days = story_days(known, mates)
    out: dict[int, LentDay] = {}
    for i, page in enumerate(pages):
        if page is not None and page.article_id in days:
            day, lenders = days[page.article_id]
            out[i] = LentDay(ArticleDate(day, STORY_SOURCE, "no date of its own: the day of the same story's reports "
                                         + ", ".join(lenders)), tuple(by_id[a] for a in lenders))
    return out
