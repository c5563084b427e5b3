"""Article-date inference from the page's weaker evidence and its edges: a 'published in' footer, a trailing agency
credit, a date only in the title, photo captions and header lines closed by a date, a year from a full date in the body,
and a weekday pair ahead of the writing. The page texts are made up, in forms real news pages use."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.temporal import infer_article_date

RUN = date(2026, 11, 23)


@pytest.mark.parametrize(
    "head",
    ["", "September 14, 2018\n"],  # nothing in the header, or a bare date line there (the site's today)
)
def test_a_published_in_outlet_footer_dates_the_page(blank, head):
    text = (f"{head}Ministers agree to reopen a trade route\n\nThe ministers, who met on Tuesday (September 11), "
            "agreed to reopen the route.\n\nPublished in Example Daily, September 12th, 2018\n")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2018, 9, 12) and "published_in_outlet" in got.evidence
    # a body sentence that says where something was published is no such line
    body = "Ministers meet\nThe letter was published in Example Daily, September 12th, 2018, and caused a stir."
    assert infer_article_date(blank(body), run_date=RUN).source == "unknown"


@pytest.mark.parametrize(
    "credit, expected, year_from",
    [
        ("AAP 7/2/00", date(2000, 2, 7), "'00' read as 2000"),  # day first, as Australian and British wires print it
        ("AAP 23/11/98", date(1998, 11, 23), "'98' read as 1998"),
        ("AAP 2/13/05", date(2005, 2, 13), "'05' read as 2005"),  # 13 cannot be the month
        ("AAP 1/1/29", date(1929, 1, 1), "a century back"),  # 2029 would be after the run date
        ("AFP 7/2/2000", date(2000, 2, 7), None),
    ],
)
def test_a_trailing_agency_credit_with_a_numeric_date(blank, credit, expected, year_from):
    text = f"Minister to visit\n\nThe minister will fly to the capital on Thursday for talks.\n\n{credit}\n"
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == expected and "agency_credit_numeric" in got.evidence
    assert year_from is None or year_from in got.evidence
    # inside a sentence it is no credit line
    assert infer_article_date(blank("He said AAP 7/2/00 was the code.\n"), run_date=RUN).source == "unknown"


@pytest.mark.parametrize(
    "title, expected",
    [
        ("20100718 examplenews", date(2010, 7, 18)),  # a feed item's compact date opening the title
        ("The minister speaks in the capital, 20 Jan 2011. (Photo: Ann Lee)", date(2011, 1, 20)),  # a caption
    ],
)
def test_a_date_only_in_the_title_dates_the_article(blank, title, expected):
    body = "The president arrived in the capital on Sunday for a two-day state visit."
    got = infer_article_date(blank(body), run_date=RUN, title=title)
    assert got.value == expected and got.evidence.startswith("title ")
    assert infer_article_date(blank(body), run_date=RUN).source == "unknown"


def test_the_title_is_the_weakest_evidence(blank):
    # a reported weekday+date pair in the body beats a date the title names (an event's day, often)
    body = "The ministers met on Tuesday (March 12, 2019) and will meet again."
    got = infer_article_date(blank(body), run_date=RUN, title="Summit set for June 10, 2019")
    assert got.value == date(2019, 3, 12) and "weekday_pair" in got.evidence
    # it still gives its year to a year-less dateline, after the header's and the URL's
    got = infer_article_date(blank("LIMA, March 3 (Reuters) - The ministers met."), run_date=RUN,
                             title="Ministers meet in Lima, 3 March 2019")
    assert got.value == date(2019, 3, 3) and "year from the title" in got.evidence


def test_a_photo_caption_with_a_date_is_weak_evidence(blank):
    caption = "The minister speaks to reporters in the capital, 20 Jan 2011. REUTERS/Ann Lee\n\n"
    got = infer_article_date(blank(caption + "The minister said talks would resume."), run_date=RUN)
    assert got.value == date(2011, 1, 20) and "photo_caption_date" in got.evidence
    # the body's reported weekday+date pair beats it; a date in a sentence with no photo credit is no caption
    got = infer_article_date(blank(caption + "They met on Tuesday (January 18, 2011)."), run_date=RUN)
    assert got.value == date(2011, 1, 18)
    plain = "The treaty was signed on 20 Jan 2011 in the capital.\nThe minister said talks would resume."
    assert infer_article_date(blank(plain), run_date=RUN).source == "unknown"


@pytest.mark.parametrize("head", [
    "The minister speaks at a dinner held in her honour in Porto, Portugal, 20 Jan 2011",
    "Minister arrives January 20, 2011",
])
def test_a_header_line_closed_by_a_full_date_is_weak_evidence(blank, head):
    body = "\n\nThe minister arrived in the city on Thursday, beginning the second leg of a long visit abroad."
    got = infer_article_date(blank(head + body), run_date=RUN)
    assert got.value == date(2011, 1, 20) and "head_line_ending_date" in got.evidence
    # a body sentence that ends with a date is not a header line, and the body's own dated weekday beats it
    assert infer_article_date(blank(head + "\n\nThey met on Tuesday (January 18, 2011)."), run_date=RUN).value \
        == date(2011, 1, 18)


def test_a_year_less_date_takes_its_year_from_a_full_date_in_the_body(blank):
    # the page states its own year further down: the run date gives it no year
    filler = "The two delegations went over the customs rules, the port fees and the rail links in detail. " * 8
    text = ("The ministers met on Tuesday (March 12) in Lima and agreed a timetable.\n\n" + filler + "\n\n"
            "The accord they revised was first signed on March 1, 2019, by both governments.")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2019, 3, 12) and "the page's full date" in got.evidence
    # without it, the latest Tuesday 12 March not after the run date
    got = infer_article_date(blank(text.split("\n\n")[0]), run_date=RUN)
    assert got.value == date(2024, 3, 12)


def test_a_weekday_pair_ahead_of_the_writing_is_the_weakest_guess(blank):
    ahead = "John Carter arrived in Lima on Saturday. On Thursday (March 14, 2019) he will visit the port."
    got = infer_article_date(blank(ahead), run_date=RUN, title="Minister arrives in Lima, 9 March 2019")
    assert got.value == date(2019, 3, 9) and "title" in got.evidence  # the title beats a day ahead
    got = infer_article_date(blank(ahead), run_date=RUN)
    assert got.value == date(2019, 3, 14) and "ahead of the writing" in got.evidence  # better than nothing
    # a reported pair with a future clause beside it is still a reported day
    reported = "The ministers met on Tuesday (March 12, 2019) and will meet again in May."
    got = infer_article_date(blank(reported), run_date=RUN, title="Summit set for June 10, 2019")
    assert got.value == date(2019, 3, 12) and "weekday_pair" in got.evidence


def test_a_caption_closed_by_a_dashed_agency_credit(blank):
    text = ("Maria Lopez held talks with the governor.\n\n"
            "Maria Lopez arrives at the airport in Lima on March 3, 2011. — AFP\n\nShe left on Monday.")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2011, 3, 3) and "caption_date_dash_credit" in got.evidence
