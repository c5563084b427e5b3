"""Article-date inference: metadata -> header -> publication line -> dateline -> update line -> self-dating phrases ->
weekday+date pairs -> fallback."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.temporal import infer_article_date
from dateline.extractors.temporal.article_date import most_recent_year

RUN = date(2026, 11, 23)


def _doc(nlp, shared, name):
    return nlp.make_doc((shared / "samples" / "seeds" / name).read_text(encoding="utf-8"))


def test_000_inferred_from_today_and_weekday_pair(blank, shared):
    got = infer_article_date(_doc(blank, shared, "000_5d79c838e0e00b24.txt"), run_date=RUN)
    assert got.value == date(2021, 3, 17) and got.source == "inferred"
    assert "17 March" in got.evidence


def test_002_has_no_date_in_text(blank, shared):
    doc = _doc(blank, shared, "002_6163d538cdfa4352.txt")
    assert infer_article_date(doc, run_date=RUN).source == "unknown"
    got = infer_article_date(doc, fallback=date(2021, 3, 16), run_date=RUN)
    assert (got.value, got.source) == (date(2021, 3, 16), "fallback")


def test_003_header_passed_by_ingestion(blank, shared):
    doc = _doc(blank, shared, "003_2b19ab9e10605249.txt")
    got = infer_article_date(doc, header=date(2021, 3, 16), run_date=RUN)
    assert (got.value, got.source) == (date(2021, 3, 16), "header")


def test_metadata_wins(blank):
    doc = blank("TOKYO, March 16 (Reuters) - Talks were held today (17 March).")
    got = infer_article_date(doc, metadata=date(2021, 3, 18), header=date(2021, 1, 1), run_date=RUN)
    assert (got.value, got.source) == (date(2021, 3, 18), "metadata")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("TOKYO, March 16 (Reuters) - Blinken met Motegi.", date(2026, 3, 16)),
        ("TOKYO, March 16, 2021 (Reuters) - Blinken met Motegi.", date(2021, 3, 16)),
        ("WASHINGTON (AP) — March 3, 2021 — The Senate voted.", date(2021, 3, 3)),
        ("The ministers said this Tuesday, March 16, that talks went well.", date(2021, 3, 16)),
        ("Blinken spoke on Tuesday (16 March) in Tokyo.", date(2021, 3, 16)),
    ],
)
def test_inferred_patterns(blank, text, expected):
    got = infer_article_date(blank(text), run_date=RUN)
    assert (got.value, got.source) == (expected, "inferred"), got


def test_weekday_pair_year_is_most_recent_coincidence():
    assert most_recent_year(3, 16, RUN, weekday=1) == date(2021, 3, 16)  # Tuesday 16 March
    assert most_recent_year(3, 16, date(2021, 3, 15), weekday=1) == date(2010, 3, 16)


def test_unknown_without_anything(blank):
    got = infer_article_date(blank("No dates here at all."), run_date=RUN)
    assert got.value is None and got.source == "unknown"


def test_yearless_dateline_takes_year_from_weekday_pair(blank):
    doc = blank("TOKYO, March 17 (Reuters) - Blinken, who arrived on Tuesday (16 March), met Motegi.")
    got = infer_article_date(doc, run_date=RUN)
    assert (got.value, got.source) == (date(2021, 3, 17), "inferred")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a byline timestamp and a year-less wire dateline under a byline (datelines are found on any header line)
        ("By Ann Lee and Tom Roe\nMarch 16, 2021 9:05 AM GMT+1\n\nPARIS, March 16 (AFP) - Ministers met.",
         date(2021, 3, 16)),
        ("By Ann Lee\n\nPARIS, March 16 (AFP) - Ministers met.", date(2026, 3, 16)),
        ("Published: 16 March 2021\n\nBy Ann Lee\n\nShe left on Tuesday, March 9, for Lima.", date(2021, 3, 16)),
        ("Posted on Tuesday, 16 March 2021\nThe talks opened.", date(2021, 3, 16)),
        ("Updated 6:41 AM EST, Tue March 16, 2021\nThe talks opened.", date(2021, 3, 16)),
        ("By Ann Lee | Mar 16, 2021\nThe talks opened.", date(2021, 3, 16)),
        ("Tue 16 Mar 2021 13.05 GMT\n\nThe talks opened.", date(2021, 3, 16)),
        ("2021-03-16T09:05:00Z\nThe talks opened.", date(2021, 3, 16)),
        ("Lima, 16 March 2021 – The envoy concluded her visit.", date(2021, 3, 16)),
        # an update line is later than the writing: the dateline wins and takes the year the update line states
        ("Updated: March 18, 2021\nTOKYO, March 16 (Reuters) - Blinken met Motegi.", date(2021, 3, 16)),
    ],
)
def test_page_furniture(blank, text, expected):
    got = infer_article_date(blank(text), run_date=RUN)
    assert (got.value, got.source) == (expected, "inferred"), got


def test_publication_line_beats_a_reported_weekday_date_pair(blank):
    text = ("A long week\nPublished: 28 August 2023\n\nThe envoy left the capital on Sunday, August 20, and returned "
            "on Friday.")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2023, 8, 28) and got.evidence == "Published: 28 August 2023"


def test_a_body_sentence_opening_with_a_label_word_is_not_a_publication_line(blank):
    body = "Ministers met in Lima. " * 40
    text = f"{body}\nDated March 3, the memo was leaked.\nUpdated figures released on March 5 showed a fall."
    assert infer_article_date(blank(text), run_date=RUN).source == "unknown"
    footer = infer_article_date(blank(f"{body}\nPublished: 3 March 2021\n"), run_date=RUN)
    assert footer.value == date(2021, 3, 3)
