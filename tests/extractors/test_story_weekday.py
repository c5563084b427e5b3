"""A page with no date of its own takes the day its weekdays name inside its story's days (``story_weekday``):
a weekday on exactly one of the days a same-story dated report tells is that day; the page is dated the last day it
tells as past, never from weekdays all told ahead, never from another traveller's story. Made-up pages and people;
the resolver is a stand-in that places each weekday by the tense it is given."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from analysed_fakes import FakeArticle

from dateline.extractors.records import ArticleDate, Event, Participant, Place, Timex
from dateline.extractors.story_weekday import (
    SOURCE,
    EarlierMates,
    Mention,
    PlacedWeekday,
    mention_days,
    page_day,
    place,
    story_weekday_dates,
    weekdays,
)
from dateline.extractors.temporal.productions import weekday_occurrence

TUE, WED, THU = 1, 2, 3  # Monday = 0
VISIT = (date(2021, 6, 8), date(2021, 6, 10))  # Tuesday to Thursday


@dataclass(frozen=True)
class _Result:
    article: FakeArticle
    article_date: ArticleDate
    events: tuple[Event, ...]
    timexes: tuple[Timex, ...] = ()
    error: str | None = None


def _weekday(pos: int, wd: int) -> Timex:
    return Timex(pos, pos + 7, "Weekday", "DATE", f"XXXX-WXX-{wd + 1}")


def _resolver(told: dict[int, tuple[int, str]]):
    """start_char -> (weekday, tense): each placed from the anchor as the resolver does for that tense."""
    def resolve(anchor: date) -> list[Timex]:
        out = []
        for pos, (wd, tense) in told.items():
            d = weekday_occurrence(anchor, wd, tense)
            out.append(Timex(pos, pos + 7, "Weekday", "DATE", d.isoformat(), start_date=d, end_date=d))
        return out
    return resolve


def _trip(who: str, to: str, start: date | None = None, end: date | None = None) -> Event:
    return Event("e", "a", "travel", "arrive", (Participant(who),), destination=Place(to, to[:2].upper()),
                 date_start=start, date_end=end)


def test_a_weekday_on_one_story_day_is_placed_and_one_on_two_is_not():
    days = frozenset(VISIT[0] + timedelta(days=i) for i in range(3))
    assert place([(10, WED)], days) == [PlacedWeekday(10, date(2021, 6, 9))]
    assert place([(10, WED)], days | {date(2021, 6, 16)}) == []
    assert place([(10, 5)], days) == []  # a Saturday the story does not reach


def test_story_days_are_narrow_near_the_report_and_a_last_day_counts():
    mate_day = date(2021, 6, 7)
    got = mention_days([Mention("travel", ("Ana Ruiz",), "PE", None, VISIT[1]),
                        Mention("travel", ("Ana Ruiz",), "PE", date(2021, 5, 1), date(2021, 5, 30)),
                        Mention("meeting", ("Ana Ruiz",), None, date(2019, 6, 9), date(2019, 6, 9))], mate_day)
    assert VISIT[1] in got and date(2021, 5, 15) not in got and date(2019, 6, 9) not in got


def test_the_page_is_dated_its_last_past_weekday_not_after_one_told_ahead():
    told = {10: (TUE, "past"), 40: (WED, "future")}
    placed = [PlacedWeekday(10, VISIT[0]), PlacedWeekday(40, date(2021, 6, 9))]
    assert page_day(placed, _resolver(told)) == VISIT[0]


def test_a_page_whose_weekdays_are_all_ahead_stays_undated():
    told = {10: (WED, "future")}
    assert page_day([PlacedWeekday(10, date(2021, 6, 9))], _resolver(told)) is None


def _batch(page_trip: Event, mate_trip: Event):
    page = _Result(FakeArticle("page", ""), ArticleDate(None, "unknown"), (page_trip,), (_weekday(10, THU),))
    mate = _Result(FakeArticle("mate", ""), ArticleDate(date(2021, 6, 7), "metadata"), (mate_trip,))
    return [page, mate], [_resolver({10: (THU, "past")}), None]


def test_a_page_takes_the_day_its_weekday_names_in_its_travellers_story():
    items, resolvers = _batch(_trip("Ana Ruiz", "Lima"), _trip("Ana Ruiz", "Lima", *VISIT))
    got = story_weekday_dates(items, resolvers)
    assert list(got) == [0] and got[0].value == VISIT[1] and got[0].source == SOURCE


def test_another_travellers_story_lends_no_day():
    items, resolvers = _batch(_trip("Ana Ruiz", "Lima"), _trip("Bo Lund", "Lima", *VISIT))
    assert story_weekday_dates(items, resolvers) == {}


def test_a_page_with_its_own_date_is_left_alone():
    items, resolvers = _batch(_trip("Ana Ruiz", "Lima"), _trip("Ana Ruiz", "Lima", *VISIT))
    items[0] = _Result(items[0].article, ArticleDate(date(2021, 6, 20), "metadata"), items[0].events,
                       items[0].timexes)
    assert story_weekday_dates(items, resolvers) == {}


def test_weekdays_reads_unanchored_days_only():
    got = weekdays([_weekday(3, TUE), Timex(20, 33, "every Tuesday", "SET", "XXXX-WXX-2"),
                    Timex(40, 50, "June 8", "DATE", "2021-06-08")])
    assert got == [(3, TUE)]


def test_a_dated_page_of_an_earlier_chunk_dates_the_page_as_in_one_chunk():
    items, resolvers = _batch(_trip("Ana Ruiz", "Lima"), _trip("Ana Ruiz", "Lima", *VISIT))
    earlier = EarlierMates()
    earlier.add(items[1:])  # the mate's chunk came first
    got = story_weekday_dates(items[:1], resolvers[:1], earlier)
    assert got == story_weekday_dates(items, resolvers)
    assert got[0].value == VISIT[1]
    assert earlier(frozenset({"nobody"})) == []


def test_earlier_mates_ask_the_store_once_per_chunk_with_every_undated_pages_people():
    items, resolvers = _batch(_trip("Ana Ruiz", "Lima"), _trip("Bo Lund", "Lima", *VISIT))
    stored_mates = EarlierMates()
    stored_mates.add([_Result(FakeArticle("stored", ""), ArticleDate(date(2021, 6, 7), "metadata"),
                              (_trip("Ana Ruiz", "Lima", *VISIT),))])
    asked: list[frozenset[str]] = []
    earlier = EarlierMates(lambda tokens: asked.append(tokens) or stored_mates(tokens))
    got = story_weekday_dates([items[0], items[0], items[1]], [resolvers[0], resolvers[0], None], earlier)
    assert {i: d.value for i, d in got.items()} == {0: VISIT[1], 1: VISIT[1]}
    assert asked == [frozenset({"ana", "ruiz"})]
