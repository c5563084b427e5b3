"""In-article merge (thirty-sixth pass, issue-46retold): a definite or possessed event noun ("his visit", "the
talks") dated only by its paragraph's running day is the event the page tells, not a second one on that day, where
the page tells that event on one window at a place that fits. A noun marked as another occasion ("his last visit"), a
reference whose story has two days for its event (a meeting postponed), and a trip noun beside a departure keep the day
test. Made-up sentences: parsed by the real pipeline, the candidates' fields set by hand."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.events.candidate import Candidate
from dateline.extractors.events.merge import _compatible
from dateline.extractors.events.retold import is_reference, lent_day_pairs
from dateline.extractors.records import Participant, Place

MON, TUE, WED, FRI = date(2024, 5, 6), date(2024, 5, 7), date(2024, 5, 8), date(2024, 5, 10)
PERU = Place("Peru", "PE")
WEBER = Participant("Anton Weber", mention="Weber")
KNOWN = {"Anton Weber"}
TOLD = "Foreign Minister Anton Weber began a one-day state visit to Peru on Monday."
RETOLD = "That, officials say, was the primary reason for {}."


def _cand(nlp, sentence: str, word: str, subtype: str, day: date, source: str) -> Candidate:
    token = next(t for t in nlp(sentence) if t.text == word)
    return Candidate("travel", subtype, token, participants=[WEBER], destination=PERU, date_start=day, date_end=day,
                     date_source=source, status="occurred", sentence=sentence)


def test_a_visit_retold_on_the_running_day_is_the_told_visit(nlp):
    told = _cand(nlp, TOLD, "visit", "visit", MON, "own")
    ref = _cand(nlp, RETOLD.format("his visit"), "visit", "visit", TUE, "context")
    assert not _compatible(told, ref, KNOWN)  # the day test alone keeps them apart
    assert _compatible(told, ref, KNOWN, lent_day_pairs([told, ref], KNOWN))


def test_his_last_visit_keeps_the_day_test(nlp):
    told = _cand(nlp, TOLD, "visit", "visit", MON, "own")
    ref = _cand(nlp, RETOLD.format("his last visit"), "visit", "visit", TUE, "context")
    assert not lent_day_pairs([told, ref], KNOWN)


def test_a_visit_the_story_dates_twice_keeps_its_reference_apart(nlp):
    told = _cand(nlp, TOLD, "visit", "visit", MON, "own")
    moved = _cand(nlp, "Weber will now pay the state visit to Peru on Friday.", "visit", "visit", FRI, "own")
    ref = _cand(nlp, RETOLD.format("his visit"), "visit", "visit", TUE, "context")
    assert not lent_day_pairs([told, moved, ref], KNOWN)


def test_a_visit_and_its_landing_on_its_first_day_are_one_window(nlp):
    told = _cand(nlp, TOLD, "visit", "visit", MON, "own")
    told.date_end = WED
    landing = _cand(nlp, "Weber landed in Peru on Monday.", "landed", "arrive", MON, "own")
    ref = _cand(nlp, RETOLD.format("his visit"), "visit", "visit", TUE, "context")
    assert lent_day_pairs([told, landing, ref], KNOWN) == {(id(ref), id(told)), (id(ref), id(landing))}


def test_a_last_visit_told_with_its_year_is_no_second_window(nlp):
    told = _cand(nlp, TOLD, "visit", "visit", MON, "own")
    last = _cand(nlp, "His last visit to Peru was in 2019.", "visit", "visit", date(2019, 1, 1), "own")
    last.date_end = date(2019, 12, 31)
    ref = _cand(nlp, RETOLD.format("his visit"), "visit", "visit", TUE, "context")
    assert lent_day_pairs([told, last, ref], KNOWN) == {(id(ref), id(told))}


def test_a_trip_noun_is_no_retelling_of_a_departure(nlp):
    landing = _cand(nlp, "Weber left for Peru on Monday.", "left", "depart", MON, "own")
    ref = _cand(nlp, RETOLD.format("his visit"), "visit", "visit", TUE, "context")
    assert not lent_day_pairs([landing, ref], KNOWN)


def test_a_day_of_its_own_is_kept(nlp):
    told = _cand(nlp, TOLD, "visit", "visit", MON, "own")
    ref = _cand(nlp, "On Tuesday, officials praised his visit.", "visit", "visit", TUE, "own")
    assert not lent_day_pairs([told, ref], KNOWN)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Officials praised his visit.", "visit", True),
    ("Officials praised the talks.", "talks", True),
    ("Officials praised Weber's visit.", "visit", True),
    ("Officials recalled his last visit.", "visit", False),
    ("Officials planned a visit.", "visit", False),
    ("Weber will visit Lima.", "visit", False),
])
def test_a_reference_is_a_definite_or_possessed_noun_of_this_occasion(nlp, text, word, expected):
    token = next(t for t in nlp(text) if t.text == word)
    assert is_reference(Candidate("travel", "visit", token)) is expected
