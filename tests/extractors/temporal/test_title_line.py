"""The title line the .txt reader strips from the text has its timexes too, in the timex table only: a page that opens
with its date, a headline that names a day. Made-up pages, names and places."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from dateline.extractors.process import analyse_doc
from dateline.extractors.temporal.title_line import HEADER_NOTE, TITLE_NOTE, header_timexes, title_timexes
from dateline.ingest import split_txt
from dateline.tables import article_row, timex_rows


@pytest.mark.parametrize(("title", "anchor", "text", "value"), [
    ("Wed, Mar 14, 2012 - Page 3 Local News", date(2012, 3, 14), "Mar 14, 2012", "2012-03-14"),
    ("Fri, 07 Feb 2003", date(2003, 2, 7), "07 Feb 2003", "2003-02-07"),
    ("Saturday, October 9, 2004", None, "Saturday, October 9, 2004", "2004-10-09"),
    ("Mayor Tolvan Welcomes Envoy to Brennick - 2011-06-02", date(2011, 6, 2), "2011-06-02", "2011-06-02"),
    ("What the minister did in Velmora on April 6", date(2016, 4, 7), "April 6", "2016-04-06"),
])
def test_a_date_in_the_title_line_is_a_timex(title, anchor, text, value):
    found = title_timexes(title, anchor)
    assert [(t.text, t.value) for t in found] == [(text, value)]
    assert title[found[0].start_char:found[0].end_char] == text and found[0].note == TITLE_NOTE


@pytest.mark.parametrize("title", [None, "", "Mayor Tolvan welcomes the envoy", "Envoy lands in Velmora"])
def test_a_title_with_no_date_has_no_timex(title):
    assert title_timexes(title, date(2020, 1, 1)) == ()


def test_the_title_rows_reach_the_timex_table_and_leave_the_body_alone(nlp):
    title, body, _ = split_txt("Tue, 03 Mar 2009\n\nThe envoy Arlen Duvik arrived in Velmora on Monday.\n")
    assert title == "Tue, 03 Mar 2009" and "2009" not in body
    article = SimpleNamespace(article_id="a1", text=body, title=title, published=None, header_date=None, url=None)
    result = analyse_doc(nlp(body), article, run_date=date(2026, 11, 23))
    assert result.error is None and result.article_date.value == date(2009, 3, 3)
    assert [t.text for t in result.timexes] == ["Monday"]  # the body's timexes, offsets into the body, as before
    assert [(t.text, t.value) for t in result.title_timexes] == [("03 Mar 2009", "2009-03-03")]
    rows = list(timex_rows(result))
    assert [(r["text"], r["value"]) for r in rows] == [("Monday", "2009-03-02"), ("03 Mar 2009", "2009-03-03")]
    assert len({r["timex_id"] for r in rows}) == 2


def test_the_header_line_date_is_a_timex_of_its_own():
    assert header_timexes(None) == ()
    (found,) = header_timexes(date(2014, 5, 9))
    assert (found.text, found.value, found.type, found.note) == ("2014-05-09", "2014-05-09", "DATE", HEADER_NOTE)


def test_the_header_row_reaches_the_timex_table_before_the_title_rows(nlp):
    title, body, header = split_txt(" date 2014-05-09\nFri, 09 May 2014\n\nThe envoy Arlen Duvik left Velmora today.\n")
    assert header == date(2014, 5, 9) and title == "Fri, 09 May 2014" and "2014" not in body
    article = SimpleNamespace(article_id="a2", input_id="a2.txt", text=body, title=title, published=None,
                              header_date=header, url=None)
    result = analyse_doc(nlp(body), article, run_date=date(2026, 11, 23))
    assert result.error is None and [t.text for t in result.timexes] == ["today"]
    rows = list(timex_rows(result))
    assert [(r["text"], r["value"]) for r in rows] == [
        ("today", "2014-05-09"), ("2014-05-09", "2014-05-09"), ("09 May 2014", "2014-05-09")]
    assert len({r["timex_id"] for r in rows}) == 3
    assert article_row(result, "run-1")["n_timexes"] == 3  # the article's count is its rows in the timex table
