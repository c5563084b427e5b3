"""A plan told over several sentences dates only the first: "On Tuesday he arrives in Lima. He will then hold talks
with the president." The next sentence's events take the day when the sentence goes on with the same scene, and only
then (extractors/events/carried_days.py). Made-up text."""

from __future__ import annotations

from datetime import date

from made_up_text import run

from dateline.extractors.events.dates import attach
from dateline.extractors.temporal import resolve_timexes

MONDAY = date(2019, 4, 22)
TUESDAY = date(2019, 4, 23)


def _meetings(events):
    return [e for e in events if e.event_type == "meeting"]


def test_the_next_sentence_of_a_plan_takes_its_day(nlp):
    text = ("Chancellor Hans Weber will arrive in Lima on Tuesday. "
            "He will hold talks with President Maria Lopez and visit the port of Callao.")
    (talks,) = _meetings(run(nlp, text, day=MONDAY))
    assert (talks.date_start, talks.date_end) == (TUESDAY, TUESDAY)


def test_a_run_goes_on_over_sentences_that_open_as_the_next_step(nlp):
    text = ("On Tuesday, Chancellor Hans Weber will be welcomed at the palace in Lima. "
            "Soon after, he will lay a wreath at the war memorial. "
            "Next, he will meet President Maria Lopez.")
    (talks,) = _meetings(run(nlp, text, day=MONDAY))
    assert talks.date_start == TUESDAY


def test_a_new_subject_ends_the_run(nlp):
    text = ("Chancellor Hans Weber will arrive in Lima on Tuesday. "
            "Foreign Minister John Carter will meet President Maria Lopez in Quito.")
    (talks,) = _meetings(run(nlp, text, day=MONDAY))
    assert talks.date_start is None


def test_a_past_day_never_dates_a_plan(nlp):
    text = ("Chancellor Hans Weber arrived in Lima on Monday. "
            "He will hold talks with President Maria Lopez.")
    (talks,) = _meetings(run(nlp, text, day=TUESDAY))
    assert talks.date_start is None


def test_a_word_pointing_to_another_time_takes_no_carried_day(nlp):
    text = ("Chancellor Hans Weber will arrive in Lima on Tuesday. "
            "On the second leg of the tour, he will hold talks with President Maria Lopez in Quito.")
    (talks,) = _meetings(run(nlp, text, day=MONDAY))
    assert talks.date_start is None


def test_a_side_remark_day_starts_no_run(nlp):
    text = ("Chancellor Hans Weber will review the accord signed on May 3 in Lima. "
            "He will hold talks with President Maria Lopez.")
    (talks,) = _meetings(run(nlp, text, day=MONDAY))
    assert talks.date_start is None



def _carried_into_second_sentence(nlp, text: str, day: date) -> list[date]:
    """The days carried to the main verb of the text's second sentence."""
    doc = nlp(text)
    timexes = resolve_timexes(doc, day)
    second = list(doc.sents)[1]
    return [a.timex.start_date for a in attach(doc, timexes, lambda t: False) if a.head == second.root.i]


def test_the_two_leaders_go_on_with_the_scene_but_two_others_do_not(nlp):
    first = "President Maria Lopez will welcome Chancellor Hans Weber in Lima on Tuesday. "
    assert _carried_into_second_sentence(nlp, first + "The two leaders will hold talks at the palace.",
                                         MONDAY) == [TUESDAY]
    assert _carried_into_second_sentence(nlp, first + "Two ministers will hold talks in Quito.", MONDAY) == []
