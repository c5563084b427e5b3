"""A page with no date of its own takes the one day from which its relative days ('arrived yesterday', 'this
morning') put its own news on the day a strongly dated report of its story gives the same event (``story_events``);
never from a weekday alone, never from sides that meet on several days, never against a matched event that falls on
another day. Made-up pages and people; the resolver is a stand-in that counts each relative day from the anchor."""

from __future__ import annotations

from datetime import date, timedelta

from analysed_fakes import FakeArticle, FakeResult

from dateline.extractors.records import ArticleDate, Event, Participant, Place, Timex
from dateline.extractors.story_day import mention_of
from dateline.extractors.story_events import SOURCE, mate_day, same_event, story_event_dates
from dateline.extractors.story_weekday import dated_mates

ARRIVED = date(2021, 3, 10)  # a Wednesday
UNDATED = ArticleDate(None, "unknown")
TRIP = "Ana Ruiz arrived in Lorvia yesterday."
TALKS = "Ruiz met Tomas Vek this morning."
TEXT = f"{TRIP} {TALKS}"



def _trip(who: str, to: str, start: date | None = None, end: date | None = None, sentence: str = TRIP) -> Event:
    return Event("e", "a", "travel", "arrive", (Participant(who),), destination=Place(to, "LV"),
                 date_start=start, date_end=end or start, sentence=sentence, start_char=TEXT.find(sentence))


def _meeting(a: str, b: str, on: date | None = None, sentence: str = TALKS) -> Event:
    return Event("m", "a", "meeting", "talks", (Participant(a), Participant(b)), location=Place("Lorvia", "LV"),
                 date_start=on, date_end=on, sentence=sentence, start_char=TEXT.find(sentence))


def _resolver(told: dict[int, tuple[int, str]]):
    """start_char -> (days from the anchor, rule): each relative day counted from the anchor."""
    def resolve(anchor: date) -> list[Timex]:
        out = []
        for pos, (days, rule) in told.items():
            d = anchor + timedelta(days=days)
            out.append(Timex(pos, pos + 5, "day", "DATE", d.isoformat(), start_date=d, end_date=d, rule=rule))
        return out
    return resolve


YESTERDAY = {TEXT.find("yesterday"): (-1, "relative_day")}
THIS_MORNING = {TEXT.find("this morning"): (0, "this_part_of_day")}


def _batch(page_events: tuple[Event, ...], mate_events: tuple[Event, ...], told: dict[int, tuple[int, str]],
           mate_date: ArticleDate | None = None):
    page = FakeResult(FakeArticle("page", TEXT), UNDATED, page_events)
    mate = FakeResult(FakeArticle("mate", ""), mate_date or ArticleDate(ARRIVED, "metadata"), mate_events)
    return [page, mate], [_resolver(told), None]


def test_an_arrival_told_as_yesterday_dates_the_page_the_day_after_its_mates_arrival():
    items, resolvers = _batch((_trip("Ana Ruiz", "Lorvia"),), (_trip("Ana Ruiz", "Lorvia", ARRIVED),), YESTERDAY)
    got = story_event_dates(items, resolvers)
    assert list(got) == [0] and got[0].value == ARRIVED + timedelta(days=1) and got[0].source == SOURCE


def test_a_meeting_told_as_this_morning_dates_the_page_the_meetings_day():
    talks = ARRIVED + timedelta(days=1)
    items, resolvers = _batch((_meeting("Ana Ruiz", "Tomas Vek"),), (_meeting("Ana Ruiz", "Tomas Vek", talks),),
                              THIS_MORNING)
    assert story_event_dates(items, resolvers)[0].value == talks


def test_sides_the_story_has_meet_on_two_days_date_nothing():
    days = (ARRIVED, ARRIVED + timedelta(days=1))
    items, resolvers = _batch((_meeting("Ana Ruiz", "Tomas Vek"),),
                              tuple(_meeting("Ana Ruiz", "Tomas Vek", d) for d in days), THIS_MORNING)
    assert story_event_dates(items, resolvers) == {}


def test_a_weekday_alone_leaves_seven_days_and_dates_nothing():
    weekday = {TEXT.find("yesterday"): (-2, "weekday")}  # stand-in: any day from which it falls on the mate's
    told = {pos: (days, rule) for pos, (days, rule) in weekday.items()}

    def resolve(anchor: date) -> list[Timex]:  # 'on Wednesday', told as past: the last Wednesday up to the anchor
        d = anchor - timedelta(days=(anchor.weekday() - ARRIVED.weekday()) % 7)
        return [Timex(pos, pos + 5, "Wednesday", "DATE", d.isoformat(), start_date=d, end_date=d, rule="weekday")
                for pos in told]
    items, _ = _batch((_trip("Ana Ruiz", "Lorvia"),), (_trip("Ana Ruiz", "Lorvia", ARRIVED),), told)
    assert story_event_dates(items, [resolve, None]) == {}


def test_two_matched_events_on_days_that_disagree_date_nothing():
    told = {**YESTERDAY, **THIS_MORNING}
    # the arrival was 'yesterday' (page of the 11th) but the talks 'this morning' are the mate's 13th
    items, resolvers = _batch((_trip("Ana Ruiz", "Lorvia"), _meeting("Ana Ruiz", "Tomas Vek")),
                              (_trip("Ana Ruiz", "Lorvia", ARRIVED),
                               _meeting("Ana Ruiz", "Tomas Vek", ARRIVED + timedelta(days=3))), told)
    assert story_event_dates(items, resolvers) == {}


def test_another_traveller_a_weak_mate_or_a_dated_page_date_nothing():
    items, resolvers = _batch((_trip("Bo Lund", "Lorvia"),), (_trip("Ana Ruiz", "Lorvia", ARRIVED),), YESTERDAY)
    assert story_event_dates(items, resolvers) == {}
    items, resolvers = _batch((_trip("Ana Ruiz", "Lorvia"),), (_trip("Ana Ruiz", "Lorvia", ARRIVED),), YESTERDAY,
                              mate_date=ArticleDate(ARRIVED, "fallback"))
    assert story_event_dates(items, resolvers) == {}
    items, resolvers = _batch((_trip("Ana Ruiz", "Lorvia"),), (_trip("Ana Ruiz", "Lorvia", ARRIVED),), YESTERDAY)
    items[0] = FakeResult(items[0].article, ArticleDate(date(2021, 3, 20), "metadata"), items[0].events)
    assert story_event_dates(items, resolvers) == {}


def test_same_event_needs_the_traveller_or_both_sides_in_the_same_country():
    mine = mention_of(_meeting("Ana Ruiz", "Tomas Vek"))
    assert same_event(mine, mention_of(_meeting("Ruiz", "Vek", ARRIVED)))
    assert not same_event(mine, mention_of(_meeting("Ana Ruiz", "Ida Holm", ARRIVED)))
    assert not same_event(mention_of(_trip("Ana Ruiz", "Lorvia")), mention_of(_meeting("Ana Ruiz", "Tomas Vek")))


def test_a_mates_tour_longer_than_a_visit_gives_no_day():
    long_tour = _trip("Ana Ruiz", "Lorvia", ARRIVED, ARRIVED + timedelta(days=20))
    items, _ = _batch((), (long_tour,), {})
    assert mate_day(mention_of(_trip("Ana Ruiz", "Lorvia")), dated_mates(items)) is None
