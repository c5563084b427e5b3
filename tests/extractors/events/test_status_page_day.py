"""Two status readings on made-up text: a bare complement of a future ('the tour will see them travel to Lima') is
planned (``status.bare_complement_of_future``), and a page written before its own day's events tells that day's
untensed mentions as still to come (``page_day``), while a report of the day (a past tense of that day) does not."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.cleaning import find_noise
from dateline.extractors.events import extract_events
from dateline.extractors.events.status import modality, status_of

TUE, WED = date(2022, 5, 10), date(2022, 5, 11)


@pytest.mark.parametrize(("text", "word"), [
    ("Their tour, which ends on Friday, will also see them travel to Quito.", "travel"),
    ("The hosts will let Ana Ruiz visit the port of Callao.", "visit"),
])
def test_a_bare_complement_of_a_future_is_planned(nlp, trigger, text, word):
    t = trigger(nlp, text, word)
    assert modality(t) == "planned"
    assert status_of(t, None, None, None) == "planned"  # was 'unknown': a bare verb reports nothing done


@pytest.mark.parametrize(("text", "word"), [
    ("The hosts demanded that Ana Ruiz go to Quito.", "go"),  # a past governor: nothing planned or done
    ("Their tour saw them travel to Quito.", "travel"),  # a past governor is not read as a plan
])
def test_a_bare_complement_of_no_future_is_not_planned(nlp, trigger, text, word):
    assert modality(trigger(nlp, text, word)) != "planned"


def statuses(nlp, tx, text, days):
    doc = nlp(text)
    timexes = [tx(text, phrase, day) for phrase, day in days]
    events = extract_events(doc, article_id="a1", timexes=timexes, article_date=TUE, noise=find_noise(text, None))
    return {e.trigger: e.status for e in events}


def test_a_preview_of_the_day_plans_its_untensed_meetings(nlp, tx):
    text = ("Queen Ana Ruiz visits Peru on Tuesday for a three-day tour that includes meetings with "
            "President Bo Lind. Later in the evening, Ruiz will attend a banquet in Lima.")
    got = statuses(nlp, tx, text, [("Tuesday", TUE)])
    assert got.get("visits") == "planned"
    assert got.get("meetings") == "planned"


def test_a_report_of_the_day_keeps_them_done(nlp, tx):
    text = ("Queen Ana Ruiz arrived in Lima on Tuesday for a three-day tour that includes meetings with "
            "President Bo Lind. She will fly to Cusco on Wednesday.")
    got = statuses(nlp, tx, text, [("Tuesday", TUE), ("Wednesday", WED)])
    assert got.get("arrived") == "occurred"
    assert got.get("meetings") == "occurred"


def test_a_wish_reported_in_the_past_is_no_preview(nlp, tx):
    text = ("Officials made clear on Tuesday that Ana Ruiz wanted to speak to President Bo Lind before her "
            "return to Quito.")
    got = statuses(nlp, tx, text, [("Tuesday", TUE)])
    assert got.get("return") != "planned"
