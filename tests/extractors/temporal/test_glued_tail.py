"""A date whose year a page's markup glued to the next word ('1998|By', '2015Air'): the expression is what its rule
matched, not the glued token (made-up texts)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.temporal import resolve_timexes

ANCHOR = date(2020, 12, 16)


@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour news\nMarch 3, 2011|By Ana Ruiz | Staff\nThe ferry resumed service.", "March 3, 2011"),
    ("Harbour news\nMarch 3, 2011The ferry resumed service on the coast.", "March 3, 2011"),
])
def test_glued_tail_is_not_the_date(nlp, text, expected):
    tx = next(t for t in resolve_timexes(nlp(text), ANCHOR) if t.value == "2011-03-03")
    assert tx.text == expected
    assert text[tx.start_char:tx.end_char] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry resumed service in the 1990s.", "the 1990s"),
    ("The ferry resumed service on March 3, 2011 at the harbour.", "March 3, 2011"),
])
def test_spaced_and_suffixed_dates_keep_their_span(nlp, text, expected):
    assert expected in [t.text for t in resolve_timexes(nlp(text), ANCHOR)]
