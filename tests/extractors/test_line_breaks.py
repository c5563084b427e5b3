"""``paragraphs.line_ends_sentence``: a single line break after a finished line starts a sentence (a heading block
in capitals, a credit in brackets), a hard-wrapped line does not; the event of the first sentence under
a heading then has a clause of its own. Made-up text only."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from dateline.extractors.pipeline import load_nlp

    return load_nlp()


def _sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_heading_in_capitals_is_its_own_sentence(nlp) -> None:
    text = ("MINISTRY PRESS STATEMENT\nVISIT BY PRESIDENT ANA ORTIZ OF VALDORIA, 3 TO 4 MAY 2001\n"
            "President Ana Ortiz of Valdoria will make a state visit to Lisbon from 3-4 May 2001.")
    got = _sentences(nlp, text)
    assert got[-1] == "President Ana Ortiz of Valdoria will make a state visit to Lisbon from 3-4 May 2001."


def test_credit_in_brackets_and_finished_line_end_a_sentence(nlp) -> None:
    text = "Minister Bo Lind (File photo)\nOSLO: Minister Bo Lind will fly to Quito next week.\nHe leaves on Monday."
    got = _sentences(nlp, text)
    assert "Minister Bo Lind (File photo)" in got
    assert got[-1] == "He leaves on Monday."


def test_bullet_under_a_headline_is_not_split_off(nlp) -> None:
    text = "Minister Bo Lind cancels Andean trip\n  \u2022 Peru and Chile were on the itinerary\n\nThe trip is off."
    got = _sentences(nlp, text)
    assert not any(s.startswith("\u2022 Peru") for s in got)


def test_hard_wrapped_lines_stay_one_sentence(nlp) -> None:
    text = ("The visiting president met his counterpart Paul\nOrtiz on Wednesday morning in Lima for talks on\n"
            "trade, officials said.")
    assert len(_sentences(nlp, text)) == 1
    text = "Chancellor\nAna Ortiz (C) greets Minister Bo Lind during his visit to\nLima on Monday."
    assert len(_sentences(nlp, text)) == 1
