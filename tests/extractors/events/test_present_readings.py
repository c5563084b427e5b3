"""A simple present has no time of its own (status.status_of, tense_fallback.governing_status): in a headline it is
the day's news, in a clause hung on a plan it is the plan's, in a full sentence of the body with no day it is the
present of a programme; and 'is likely to' is a plan however deep the event sits in its clause. Made-up sentences
parsed by the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.events.status import status_of
from dateline.extractors.events.tense_fallback import governing_status, settled

WED = date(2022, 5, 11)


@pytest.mark.parametrize(("text", "word"), [
    # a relative clause's present under a future: the programme told within the plan
    ("Bo Lind will sail to Quito next week, where he chairs the talks with the regional council.", "talks"),
    # a planning predicate ('is likely to') governs what its clause goes on to name
    ("Ana Ruiz is likely to open the fair, apart from holding talks with Bo Lind.", "talks"),
])
def test_a_present_told_within_a_plan_is_planned(nlp, trigger, text, word):
    t = trigger(nlp, text, word)
    assert governing_status(t) == "planned"
    assert settled(status_of(t, None, None, WED), t) == "planned"


@pytest.mark.parametrize(("text", "word"), [
    # the same present hung on a past: what happened
    ("Bo Lind sailed to Quito last week, where he chairs the talks with the regional council.", "talks"),
    # a present 'be' with no plan word is the report's news
    ("Ana Ruiz is in Quito, apart from holding talks with Bo Lind.", "talks"),
])
def test_a_present_told_within_a_past_or_a_state_is_not_a_plan(nlp, trigger, text, word):
    t = trigger(nlp, text, word)
    assert governing_status(t) == "occurred"


def test_a_body_sentence_present_with_no_day_is_a_programme(nlp, trigger):
    t = trigger(nlp, "On the way home, Ana Ruiz visits a shipyard in Bergen as well.", "visits")
    assert status_of(t, None, None, WED) == "planned"


@pytest.mark.parametrize("text", [
    "Ana Ruiz visits a shipyard in Bergen",  # a headline: the day's news
    "Ana Ruiz visits a shipyard in Bergen.",  # the same with a day of its own past: as the day says
])
def test_a_headline_present_or_one_with_its_day_is_the_news(nlp, trigger, text):
    t = trigger(nlp, text, "visits")
    if text.endswith("."):
        assert status_of(t, date(2022, 5, 10), date(2022, 5, 10), WED) == "occurred"
    else:
        assert status_of(t, None, None, WED) == "occurred"
