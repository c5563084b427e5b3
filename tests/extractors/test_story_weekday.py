"""A page with no date of its own takes the day its weekdays name inside its story's days (``story_weekday``):
a weekday on exactly one of the days a same-story dated report tells is that day; the page is dated the last day it
tells as past, never from weekdays all told ahead, never from another traveller's story. Made-up pages and people;
the resolver is a stand-in that places each weekday by the tense it is given."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from analysed_fakes import FakeArticle, FakeResult

from dateline.extractors.records import ArticleDate, Event, Participant, Place, Timex
from dateline.extractors.story_day import STORY_SOURCE, LentDay, StoryPage
from dateline.extractors.story_weekday import (
    SOURCE,
    EarlierMates,
    Mention,
    PlacedWeekday,
    lent_day_weekday,
    mention_days,
    near,
    page_day,
    place,
    story_weekday_dates,
    weekdays,
)
from dateline.extractors.temporal.productions import weekday_occurrence

TUE, WED, THU = 1, 2, 3  # Monday = 0
VISIT = (date(2021, 6, 8), date(2021, 6, 10))  # Tuesday to Thursday



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
    page = FakeResult(FakeArticle("page", ""), ArticleDate(None, "unknown"), (page_trip,), (_weekday(10, THU),))
    mate = FakeResult(FakeArticle("mate", ""), ArticleDate(date(2021, 6, 7), "metadata"), (mate_trip,))
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
    items[0] = FakeResult(items[0].article, ArticleDate(date(2021, 6, 20), "metadata"), items[0].events,
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
    stored_mates.add([FakeResult(FakeArticle("stored", ""), ArticleDate(date(2021, 6, 7), "metadata"),
                              (_trip("Ana Ruiz", "Lima", *VISIT),))])
    asked: list[frozenset[str]] = []
    earlier = EarlierMates(lambda tokens: asked.append(tokens) or stored_mates(tokens))
    got = story_weekday_dates([items[0], items[0], items[1]], [resolvers[0], resolvers[0], None], earlier)
    assert {i: d.value for i, d in got.items()} == {0: VISIT[1], 1: VISIT[1]}
    assert asked == [frozenset({"ana", "ruiz"})]


SAT, SUN, MON = 5, 6, 0
LENT = date(2021, 6, 13)  # a Sunday: the day a page's story lends it
UNDATED = ArticleDate(None, "unknown")


def _lent(*lenders: tuple[date, date]) -> LentDay:
    """The lent day with its lenders, each (own date, anchor: the days it tells)."""
    pages = tuple(StoryPage(f"r{i}", anchor, (frozenset({"ana", "ruiz"}),), frozenset({("ruiz", "LI")}), True, own)
                  for i, (own, anchor) in enumerate(lenders))
    return LentDay(ArticleDate(LENT, STORY_SOURCE), pages)


REPORT = _lent((LENT + timedelta(days=1), LENT))  # written the day after the Sunday it tells


def test_each_weekday_names_its_occurrence_nearest_the_lent_day():
    got = near([(1, SAT), (2, SUN), (3, MON), (4, WED), (5, THU)], LENT)
    assert [p.day for p in got] == [date(2021, 6, 12), LENT, date(2021, 6, 14), date(2021, 6, 16),
                                    date(2021, 6, 10)]


def _undated(told: dict[int, tuple[int, str]], article_date: ArticleDate = UNDATED, clause: int = 100):
    """A page whose one trip of Ana Ruiz is told in its first sentence, ``clause`` characters long."""
    text = "a" * clause + "b" * 400  # the trip's sentence, then the rest of the page
    trip = replace(_trip("Ana Ruiz", "Lima"), start_char=0, end_char=9, sentence="a" * clause)
    page = FakeResult(FakeArticle("page", text), article_date, (trip,),
                   tuple(_weekday(pos, wd) for pos, (wd, _) in told.items()))
    return page, _resolver(told)


def test_a_departure_told_the_day_before_its_storys_day_dates_the_page():
    # 'Ana Ruiz left for Lima on Saturday': the story's report tells the Sunday she arrived
    page, resolve = _undated({10: (SAT, "past")})
    got = lent_day_weekday(page, resolve, REPORT)
    assert got is not None and got.value == date(2021, 6, 12) and got.source == SOURCE


def test_a_report_of_the_day_after_dates_the_page_on_its_last_past_weekday():
    # 'talks on Monday' told as done, 'leaves on Wednesday' ahead
    page, resolve = _undated({10: (MON, "past"), 40: (WED, "future")})
    got = lent_day_weekday(page, resolve, REPORT)
    assert got is not None and got.value == date(2021, 6, 14)


def test_a_day_lent_by_a_preview_or_a_misdated_page_is_not_read_against():
    # the lender's own date is weeks from the days it tells: written well before them, or misdated
    page, resolve = _undated({10: (SAT, "past")})
    assert lent_day_weekday(page, resolve, _lent((LENT - timedelta(days=20), LENT))) is None
    assert lent_day_weekday(page, resolve, _lent((LENT + timedelta(days=30), LENT))) is None
    assert lent_day_weekday(page, resolve, _lent((LENT, LENT), (LENT + timedelta(days=12), LENT))) is None


def test_a_weekday_day_outside_the_days_the_lenders_tell_takes_no_day():
    # the lender tells the Sunday only; 'talks on Wednesday' told as done is three days past it
    page, resolve = _undated({10: (WED, "past")})
    assert lent_day_weekday(page, resolve, _lent((LENT, LENT))) is None
    got = lent_day_weekday(page, resolve, _lent((LENT + timedelta(days=3), LENT)))  # written on that Wednesday
    assert got is not None and got.value == date(2021, 6, 16)


def test_a_weekday_outside_the_clauses_of_the_storys_people_is_not_read():
    # 'Ana Ruiz arrived in Lima.' ... a teaser further down: 'talks held on Saturday'
    page, resolve = _undated({300: (SAT, "past")}, clause=40)
    assert lent_day_weekday(page, resolve, REPORT) is None


def test_a_preview_whose_weekdays_are_all_ahead_takes_no_day():
    page, resolve = _undated({10: (MON, "future")})
    assert lent_day_weekday(page, resolve, REPORT) is None


def test_a_page_with_its_own_date_or_no_weekday_is_left_alone():
    page, resolve = _undated({10: (SAT, "past")}, ArticleDate(date(2021, 6, 20), "metadata"))
    assert lent_day_weekday(page, resolve, REPORT) is None
    page, resolve = _undated({})
    assert lent_day_weekday(page, resolve, REPORT) is None
