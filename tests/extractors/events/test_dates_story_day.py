"""The story's running day, the report's day and a day closing a series of verbs (extractors/events/dates.py
``side_day``, ``trailing_day``; assemble.finish): a day told as a side remark ('since the July 30 bombing', 'the May 3
vote') is not where the story is; with no day in sight only a present or present perfect is news of the report's day
('has arrived'), a simple past ('met') is on a day the text does not fix; 'will tour X, meet Y and open Z on
Wednesday' dates the meeting Wednesday. Made-up text."""

from __future__ import annotations

from datetime import date

from made_up_text import run

TUESDAY = date(2019, 8, 13)


def _kind(events, kind):
    return [e for e in events if e.event_type == kind]


def test_a_since_phrase_day_does_not_date_the_next_sentence(nlp):
    text = ("President Maria Lopez met Chancellor Hans Weber on Sunday for the first time since the flood of "
            "August 2. Aides said Weber brought his finance minister to a meeting with Lopez in Lima.")
    meetings = _kind(run(nlp, text, day=TUESDAY), "meeting")
    assert meetings and all(e.date_start != date(2019, 8, 2) for e in meetings)


def test_the_day_of_a_noun_that_is_no_event_is_a_side_remark(nlp):
    text = ("Chancellor Hans Weber met President Maria Lopez in Lima on Sunday. "
            "The vote follows the August 2 flood of the river. "
            "Weber also held talks with Foreign Minister John Carter in Lima.")
    talks = [e for e in _kind(run(nlp, text, day=TUESDAY), "meeting") if "Carter" in str(e.participants)]
    assert talks and all(e.date_start != date(2019, 8, 2) for e in talks)


def test_a_simple_past_with_no_day_in_sight_has_no_day(nlp):
    text = "Chancellor Hans Weber met President Maria Lopez in Lima to discuss the trade accord."
    (met,) = _kind(run(nlp, text, day=TUESDAY), "meeting")
    assert (met.date_start, met.date_end, met.status) == (None, None, "occurred")


def test_a_present_perfect_or_a_headline_present_is_news_of_the_report_day(nlp):
    for text in ("Chancellor Hans Weber has arrived in Lima for talks with President Maria Lopez.",
                 "Chancellor Hans Weber meets President Maria Lopez in Lima."):
        events = run(nlp, text, day=TUESDAY)
        assert events and all((e.date_start, e.date_end) == (TUESDAY, TUESDAY) for e in events), text


MONDAY = date(2019, 8, 12)
WEDNESDAY = date(2019, 8, 14)


def test_a_day_after_a_series_of_verbs_dates_each_of_them(nlp):
    text = ("Chancellor Hans Weber will tour the cathedral, meet President Maria Lopez and open a trade fair "
            "on Wednesday.")
    (meeting,) = _kind(run(nlp, text, day=MONDAY), "meeting")
    assert (meeting.date_start, meeting.date_end, meeting.status) == (WEDNESDAY, WEDNESDAY, "planned")


def test_a_later_verb_with_a_subject_of_its_own_keeps_its_day(nlp):
    text = ("Chancellor Hans Weber will meet President Maria Lopez in Lima, and Foreign Minister John Carter will fly "
            "to Quito on Wednesday.")
    (meeting,) = _kind(run(nlp, text, day=MONDAY), "meeting")
    assert meeting.date_start is None


def test_a_later_verb_with_an_auxiliary_of_its_own_keeps_its_day(nlp):
    text = "Chancellor Hans Weber met President Maria Lopez in Lima and will fly to Quito on Wednesday."
    (meeting,) = _kind(run(nlp, text, day=MONDAY), "meeting")
    assert meeting.date_start != WEDNESDAY


def test_a_subject_of_the_series_does_not_take_its_day(nlp):
    text = ("Chancellor Hans Weber's visit to Lima is the first by a German leader and follows a summit with "
            "President Maria Lopez last week.")
    visits = [e for e in run(nlp, text, day=MONDAY) if e.event_type == "travel"]
    assert visits and all(e.date_end is None or e.date_end >= MONDAY for e in visits)


def test_a_day_after_a_series_dates_a_talk_noun_that_is_the_object_of_one_of_its_verbs(nlp):
    text = ("Chancellor Hans Weber will tour the cathedral, hold talks with President Maria Lopez and open a trade "
            "fair on Wednesday.")
    (meeting,) = _kind(run(nlp, text, day=MONDAY), "meeting")
    assert (meeting.date_start, meeting.date_end, meeting.status) == (WEDNESDAY, WEDNESDAY, "planned")
