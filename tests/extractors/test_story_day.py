"""A page with no date of its own takes the day of its story's dated reports at extraction (``extractors.story_day``):
the same traveller going to the same country, or two shared people, is a link; one shared name or a shared country
is not. Made-up pages and people."""

from __future__ import annotations

from datetime import date
from itertools import permutations

import pytest
from analysed_fakes import FakeArticle, FakeResult

from dateline.extractors.records import ArticleDate, Event, Participant, Place
from dateline.extractors.story_day import STORY_SOURCE, Mention, lent_story_days, story_days, story_page

RUN = date(2026, 11, 23)
DAY = date(2022, 4, 20)


def _page(art: str, *mentions: Mention, own: date | None = None):
    return story_page(art, list(mentions), own)


def _trip(*people: str, to: str = "PE", on: date | None = None) -> Mention:
    return Mention("travel", people, to, on, on)


def _talks(*people: str, on: date | None = None) -> Mention:
    return Mention("meeting", people, None, on, on)


def test_an_undated_wrap_up_takes_the_day_of_the_dated_report_of_its_trip() -> None:
    report = _page("r", _trip("Maria Lopez", on=DAY))
    wrap = _page("w", _trip("Lopez"))
    assert story_days([report, wrap]) == {"w": (DAY, ("r",))}


def test_a_page_dated_by_its_publication_lends_that_day() -> None:
    preview = _page("p", _trip("Maria Lopez"), own=DAY)
    assert story_days([preview, _page("w", _trip("Lopez"))])["w"][0] == DAY


def test_the_same_traveller_going_elsewhere_lends_nothing() -> None:
    assert story_days([_page("r", _trip("Maria Lopez", on=DAY)), _page("w", _trip("Lopez", to="CL"))]) == {}


def test_another_traveller_to_the_same_country_lends_nothing() -> None:
    assert story_days([_page("r", _trip("Maria Lopez", on=DAY)), _page("w", _trip("Tomas Berg"))]) == {}


def test_a_first_name_is_no_traveller() -> None:
    assert story_days([_page("r", _trip("Maria Lopez", on=DAY)), _page("w", _trip("Maria Sanz"))]) == {}


def test_one_shared_person_at_talks_lends_nothing_and_two_do() -> None:
    report = _page("r", _talks("Maria Lopez", "Tomas Berg", on=DAY))
    assert story_days([report, _page("w", _talks("Lopez", "Ivo Karas"))]) == {}
    assert story_days([report, _page("w", _talks("Lopez", "Berg"))])["w"][0] == DAY


def test_mates_far_apart_lend_nothing() -> None:
    pages = [_page("a", _trip("Maria Lopez", on=DAY)), _page("b", _trip("Maria Lopez", on=date(2023, 9, 1))),
             _page("w", _trip("Lopez"))]
    assert story_days(pages) == {}


def test_the_day_does_not_depend_on_the_order_of_the_batch() -> None:
    pages = [_page("a", _trip("Maria Lopez", on=DAY)), _page("b", _trip("Lopez", on=date(2022, 4, 25))),
             _page("c", _trip("Maria Lopez"), own=date(2022, 4, 18)), _page("w", _trip("Lopez")),
             _page("x", _talks("Lopez", "Tomas Berg"))]
    first = story_days(pages)
    assert first["w"] == (DAY, ("c", "a", "b"))
    assert all(story_days(list(order)) == first for order in permutations(pages))


def test_a_page_with_a_borrowed_day_lends_none() -> None:
    """No chains: the second undated page shares a person with the first only, and the first's day is borrowed."""
    items = [_result("r", ArticleDate(DAY, "metadata"), _event("Maria Lopez", "Tomas Berg")),
             _result("w", ArticleDate(DAY, STORY_SOURCE, "borrowed"), _event("Tomas Berg", "Ivo Karas")),
             _result("x", ArticleDate(None, "unknown"), _event("Ivo Karas", "Berg"))]
    assert lent_story_days(items) == {}


def test_the_stored_reports_lend_too() -> None:
    items = [_result("w", ArticleDate(None, "unknown"), _event("Lopez", "Berg"))]
    stored = [_page("old", _talks("Maria Lopez", "Tomas Berg"), own=DAY)]
    asked: list[frozenset[str]] = []
    got = {i: lent.article_date for i, lent in lent_story_days(items, lambda t: asked.append(t) or stored).items()}
    assert asked == [frozenset({"lopez", "berg"})]
    assert got[0].value == DAY and got[0].source == STORY_SOURCE
    assert "the day of the same story's reports old" in got[0].evidence




def _event(*people: str, to: Place | None = None) -> Event:
    return Event("e", "a", "travel" if to else "meeting", None, tuple(Participant(p) for p in people),
                 destination=to)


def _result(name: str, article_date: ArticleDate, *events: Event) -> FakeResult:
    return FakeResult(FakeArticle(name, ""), article_date, events)


@pytest.fixture(scope="module")
def nlp():
    from dateline.extractors.pipeline import load_nlp

    return load_nlp()


DATED_MONDAY_TALKS = FakeArticle("d", "Published: 16 September 2019\n\nPrime Minister Ana Velkova met President "
                                 "Tomas Brenner in Oslo on Monday to discuss trade.\n")


def _second_round(weekday: str) -> FakeArticle:
    """An undated page of the same story: the two met again in Oslo on ``weekday``."""
    return FakeArticle("u", "Prime Minister Ana Velkova and President Tomas Brenner met again in Oslo "
                       f"on {weekday} for a second round of talks.\n")


def _flow(nlp, *articles: FakeArticle) -> dict:
    """Each article's result from the flow's own batch processing, by article id."""
    from dateline.extractors.process import process_articles

    return {r.article.article_id: r for r in process_articles(nlp, list(articles), run_date=RUN)}


def test_the_flow_gives_the_undated_page_its_storys_day_without_re_dating_its_events(nlp) -> None:
    got = _flow(nlp, _second_round("Thursday"), DATED_MONDAY_TALKS)
    assert got["d"].story_day is None
    assert got["u"].story_day == date(2019, 9, 16)  # the dated report's talks: where the merge places the page
    assert got["u"].article_date.value is None  # its Thursday is days past what the report tells: not read
    assert [e.date_start for e in got["u"].events] == [None]


def test_the_flow_dates_an_undated_page_by_its_weekday_next_to_its_storys_day(nlp) -> None:
    """Its Tuesday is the day after the firm report's Monday (``story_weekday.lent_day_weekday``)."""
    got = _flow(nlp, _second_round("Tuesday"), DATED_MONDAY_TALKS)
    assert got["u"].article_date.value == date(2019, 9, 17)
    assert [e.date_start for e in got["u"].events] == [date(2019, 9, 17)]


def test_an_undated_preview_dates_its_trip_in_the_year_of_its_storys_report(nlp) -> None:
    """The lent day gives the page's year-less dates their year (``temporal.story_year``), not its weekdays."""
    report = FakeArticle("report", "Published: 9 May 2031\n\nPrime Minister Ana Velkova arrived in Oslo on Friday "
                         "for a two-day visit and met President Tomas Brenner.\n")
    preview = FakeArticle("preview", "Prime Minister Ana Velkova will visit Oslo on May 9, her office said on "
                          "Monday. She will meet President Tomas Brenner during the visit.\n")
    page = _flow(nlp, preview, report)["preview"]
    assert page.article_date.value is None and page.story_day is not None  # the page stays undated
    assert {t.text: t.value for t in page.timexes} == {"May 9": "2031-05-09", "Monday": "XXXX-WXX-1"}
    trips = [e for e in page.events if e.event_type == "travel"]
    assert [(e.date_start, e.status) for e in trips] == [(date(2031, 5, 9), "planned")]
