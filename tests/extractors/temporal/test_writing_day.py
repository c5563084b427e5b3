"""Days read against the writing day (made-up sentences): a time of day in a plan is not on a day already gone; a
date just behind the page's stamp keeps its year when told in the future; 'was to' is a plan seen from the past."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.temporal import resolve_timexes

ANCHOR = date(2016, 3, 10)  # a Thursday


def _values(nlp, text: str, anchor: date = ANCHOR) -> dict[str, str]:
    return {t.text: t.value for t in resolve_timexes(nlp(text), anchor)}


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Mayor Ana Ruiz arrived in Tarnby last night. She will meet the council and hold talks at noon.", "noon",
     "2016-03-10T12:00"),
    ("Mayor Ana Ruiz arrived in Tarnby last night. She will dine with the council in the evening.", "the evening",
     "2016-03-10TEV"),
])
def test_a_time_of_day_in_a_plan_is_not_on_a_day_gone(nlp, text, expr, value):
    assert _values(nlp, text)[expr] == value


def test_a_time_of_day_in_the_past_stays_on_the_story_s_day(nlp):
    text = "Mayor Ana Ruiz arrived in Tarnby last night. She met the council at 11 p.m."
    assert _values(nlp, text)["11 p.m."] == "2016-03-09T23:00"


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The mayor will meet the bishop March 9 and open the fair on March 10.", "March 9", "2016-03-09"),
    ("The mayor will open the fair on March 2.", "March 2", "2017-03-02"),  # more than a week back: next year's
    ("The mayor will open the fair on March 12.", "March 12", "2016-03-12"),
])
def test_a_future_date_just_behind_the_stamp_keeps_its_year(nlp, text, expr, value):
    assert _values(nlp, text)[expr] == value


@pytest.mark.parametrize(("text", "value"), [
    ("The envoy was to present the plan to the council on Friday afternoon.", "2016-03-11TAF"),
    ("The envoy was to present the plan on Friday.", "2016-03-11"),
    ("The envoy presented the plan on Friday.", "2016-03-04"),
])
def test_was_to_is_a_plan_seen_from_the_past(nlp, text, value):
    (friday,) = [v for k, v in _values(nlp, text).items() if k.startswith("Friday")]
    assert friday == value
