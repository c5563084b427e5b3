"""The .txt reader strips the first line as the title; inference still sees it, as the weakest evidence, while
``text`` and its offsets stay as they were. Made-up article."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from dateline.extractors.process import analyse_doc
from dateline.ingest import split_txt


def test_the_title_line_the_txt_reader_strips_still_dates_the_article(nlp):
    title, body, header = split_txt("20100718 examplenews\n\nThe president arrived on Sunday for a state visit.\n")
    assert title == "20100718 examplenews" and "20100718" not in body and header is None
    article = SimpleNamespace(article_id="a1", text=body, title=title, published=None, header_date=None, url=None)
    result = analyse_doc(nlp(body), article, run_date=date(2026, 11, 23))
    assert result.error is None
    assert result.article_date.value == date(2010, 7, 18)
    assert result.article_date.evidence.startswith("title 20100718 [title_compact_date")
