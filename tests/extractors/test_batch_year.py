"""A page dated by a year-less dateline borrows its year from a strongly dated report of the same story in its batch
(``extractors.batch_year``), and the flow's per-chunk analysis re-dates its events. Made-up pages and people."""

from __future__ import annotations

from datetime import date

import pytest
from analysed_fakes import FakeArticle, FakeResult

from dateline.extractors.batch_year import borrow_years, weak_year
from dateline.extractors.records import ArticleDate, Event, Participant, Place
from dateline.extractors.temporal import infer_article_date

RUN = date(2026, 11, 23)
FILLER = "The delegations spent the morning on a long agenda of trade, energy and transport matters.\n" * 8




def _event(*people: str, to: str | None = None) -> Event:
    return Event("e", "a", "travel" if to else "meeting", None, tuple(Participant(p) for p in people),
                 destination=Place(to) if to else None)


WEAK = ArticleDate(date(2026, 9, 17), "inferred", "OSLO, Sep 17 (Newswire) [dateline; year from the latest year not "
                                                    "after the run date]")


def _result(name: str, article_date: ArticleDate, *events: Event) -> FakeResult:
    return FakeResult(FakeArticle(name, "", origin=f"/some/where/{name}.txt"), article_date, events)


def test_a_weak_year_is_taken_from_the_same_storys_strong_report() -> None:
    items = [
        _result("weak", WEAK, _event("Ana Velkova", "Tomas Brenner")),
        _result("strong", ArticleDate(date(2019, 9, 16), "metadata"), _event("Ana Velkova", "Tomas Brenner")),
    ]
    (got,) = borrow_years(items).items()
    assert got[0] == 0 and got[1].value == date(2019, 9, 17)
    assert "year from the same story's report strong (2019-09-16)" in got[1].evidence


def test_a_traveller_and_his_destination_are_two_protagonists() -> None:
    items = [
        _result("weak", WEAK, _event("Ana Velkova", to="Oslo")),
        _result("strong", ArticleDate(date(2019, 9, 20), "metadata"), _event("Minister Ana Velkova", to="Oslo")),
    ]
    assert borrow_years(items)[0].value == date(2019, 9, 17)
    where_she_is = Event("e", "a", "meeting", None, (Participant("Ana Velkova"),), location=Place("Oslo"))
    items[1] = _result("strong", ArticleDate(date(2019, 9, 20), "metadata"), where_she_is)
    assert borrow_years(items) == {}
    another_visitor = _event("Ana Velkova", "Tomas Brenner", to="Oslo"), _event("Ilse Moravec", to="Oslo")
    items = [_result("weak", WEAK, _event("Ilse Moravec", to="Oslo")),
             _result("strong", ArticleDate(date(2019, 9, 20), "metadata"), *another_visitor)]
    assert borrow_years(items)[0].value == date(2019, 9, 17)
    items[1] = _result("strong", ArticleDate(date(2019, 9, 20), "metadata"), _event("Ilse Moravec", to="Bergen"),
                       _event("Tomas Brenner", to="Oslo"))
    assert borrow_years(items) == {}  # she goes elsewhere; another goes to Oslo


def test_one_shared_person_is_not_the_same_story() -> None:
    items = [
        _result("weak", WEAK, _event("Ana Velkova", "Tomas Brenner")),
        _result("strong", ArticleDate(date(2019, 9, 16), "metadata"), _event("Ana Velkova", "Ilse Moravec")),
    ]
    assert borrow_years(items) == {}


def test_a_mate_weeks_away_from_the_day_lends_nothing() -> None:
    items = [
        _result("weak", WEAK, _event("Ana Velkova", "Tomas Brenner")),
        _result("strong", ArticleDate(date(2019, 3, 2), "metadata"), _event("Ana Velkova", "Tomas Brenner")),
    ]
    assert borrow_years(items) == {}


def test_mates_that_disagree_change_nothing() -> None:
    people = _event("Ana Velkova", "Tomas Brenner")
    items = [
        _result("weak", WEAK, people),
        _result("one", ArticleDate(date(2019, 9, 16), "metadata"), people),
        _result("two", ArticleDate(date(2021, 9, 18), "header"), people),
    ]
    assert borrow_years(items) == {}


def test_a_weak_page_lends_no_year_and_a_strong_one_borrows_none() -> None:
    people = _event("Ana Velkova", "Tomas Brenner")
    other_weak = ArticleDate(date(2018, 9, 18), "inferred",
                             "x [dateline; year from the page's full date 'May 2, 2018']")
    items = [_result("weak", WEAK, people), _result("other", other_weak, people)]
    assert borrow_years(items) == {}
    strong = [_result("a", ArticleDate(date(2019, 9, 16), "metadata"), people),
              _result("b", ArticleDate(date(2020, 9, 16), "header"), people)]
    assert borrow_years(strong) == {}


def test_which_years_are_weak_as_article_date_words_them() -> None:
    page = "OSLO, Sep 17 (Newswire): Ana Velkova met Tomas Brenner here.\n"
    assert weak_year(infer_article_date(page, run_date=RUN))
    founded = page + FILLER + "The institute was founded on June 17, 1931, by her grandfather.\n"
    assert weak_year(infer_article_date(founded, run_date=RUN))
    assert not weak_year(infer_article_date("OSLO, Sep 17, 2019 (Newswire): Ana Velkova met Tomas Brenner.",
                                            run_date=RUN))
    assert not weak_year(infer_article_date(page, metadata=date(2019, 9, 17), run_date=RUN))


@pytest.fixture(scope="module")
def nlp():
    from dateline.extractors.pipeline import load_nlp

    return load_nlp()


def test_the_flow_redates_the_borrowing_pages_events(nlp) -> None:
    from dateline.extractors.process import process_articles

    strong = FakeArticle("s", "Published: 16 September 2019\n\nPrime Minister Ana Velkova met President "
                         "Tomas Brenner in Oslo on Monday to discuss trade.\n", origin="s.txt")
    weak = FakeArticle("w", "OSLO, Sep 17 (Newswire): Prime Minister Ana Velkova met President Tomas "
                       "Brenner in Oslo on Tuesday for a second round of talks.\n", origin="w.txt")
    got = {r.article.article_id: r for r in process_articles(nlp, [weak, strong], run_date=RUN)}
    assert got["s"].article_date.value == date(2019, 9, 16)
    assert got["w"].article_date.value == date(2019, 9, 17)
    assert "same story's report s " in got["w"].article_date.evidence
    dated = [e.date_start for e in got["w"].events if e.date_start is not None]
    assert dated and all(d.year == 2019 for d in dated)
