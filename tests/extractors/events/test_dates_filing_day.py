"""A print page is dated the morning after its dateline: "BAGHDAD, Feb. 22 - ... met this afternoon" on Monday's
(Feb. 23) page met on the 22nd. ``article_date.filing_day`` finds such a dateline; ``process.analyse_doc`` resolves
the story's own times from it. Made-up text."""

from __future__ import annotations

from datetime import date

from dateline.extractors.temporal.article_date import filing_day

RUN = date(2026, 12, 4)
PAGE = date(2019, 4, 23)


def test_a_dateline_a_day_before_the_page_is_the_filing_day():
    text = "LIMA, April 22 - Chancellor Hans Weber met President Maria Lopez this afternoon."
    assert filing_day(text, PAGE, run_date=RUN) == date(2019, 4, 22)


def test_a_dash_glued_to_the_first_word_still_closes_the_dateline():
    text = "LIMA, Peru, April 22—Chancellor Hans Weber met President Maria Lopez this afternoon."
    assert filing_day(text, PAGE, run_date=RUN) == date(2019, 4, 22)


def test_a_dateline_of_the_page_s_own_day_or_long_before_changes_nothing():
    assert filing_day("LIMA, April 23 - Chancellor Hans Weber met Maria Lopez.", PAGE, run_date=RUN) is None
    assert filing_day("LIMA, April 12 - Chancellor Hans Weber met Maria Lopez.", PAGE, run_date=RUN) is None
    assert filing_day("Chancellor Hans Weber met Maria Lopez on April 22.", PAGE, run_date=RUN) is None


def test_the_story_s_today_counts_from_the_filing_day(nlp):
    from dateline.extractors.process import analyse_doc
    from dateline.ingest import Article

    text = "LIMA, April 22 - Chancellor Hans Weber met President Maria Lopez in Lima today."
    art = Article(article_id="made-up", input_id="made-up", text=text, published=PAGE)
    result = analyse_doc(nlp(text), art, run_date=RUN)
    assert result.article_date.value == PAGE
    assert {t.value for t in result.timexes if t.text == "today"} == {"2019-04-22"}
