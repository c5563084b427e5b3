"""An event with no tense and no day of its own takes the tense of the nearest tensed clause above it
(tense_fallback.governing_status, applied by ``settled`` as an event is written out); made-up sentences
parsed by the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.events.status import status_of
from dateline.extractors.events.tense_fallback import governing_status, settled

WED, LAST_WEEK = date(2022, 5, 11), date(2022, 5, 4)


@pytest.mark.parametrize(("text", "word", "want"), [
    # an infinitive relative of a noun happens when the clause holding the noun says
    ("Ana Ruiz became the first world leader to meet with the new queen of Norlund.", "meet", "occurred"),
    ("Bo Lind is the third executive to visit Peru this year.", "visit", "occurred"),
    ("Bo Lind will become the first minister to visit the island.", "visit", "planned"),
    # the bare complement of a causative under a planning word
    ("Ana Ruiz agreed to have her aides meet with the envoy Bo Lind.", "meet", "planned"),
    # an event noun as the subject of a future, under a verb of saying
    ("The agency said the summit \"will offer an important opportunity\" for both sides.", "summit", "planned"),
    # a negated future is still a future: the arrival is planned, later than the day named
    ("Ana Ruiz will not arrive in Lima before the end of the month, her office said.", "arrive", "planned"),
    # an event noun deep in a phrase of a past clause
    ("\"We agree,\" said Bo Lind as he left Kenya after his two days of mediation.", "mediation", "occurred"),
])
def test_status_from_the_nearest_tensed_clause(nlp, trigger, text, word, want):
    t = trigger(nlp, text, word)
    assert governing_status(t) == want
    assert settled(status_of(t, None, None, WED), t) == want


def test_an_untensed_clause_that_passes_no_time_leaves_the_event_unknown(nlp, trigger):
    t = trigger(nlp, "The protesters demanded that Ana Ruiz go to Lima.", "go")  # what is demanded is not done
    assert governing_status(t) is None
    assert settled(status_of(t, None, None, WED), t) == "unknown"
    assert governing_status(trigger(nlp, "Bo Lind tried to meet the mayor of Quito.", "meet")) is None  # nor tried


def test_own_days_ahead_still_decide_first(nlp, trigger):
    """A day still to come makes a plan, whatever the clause above says."""
    t = trigger(nlp, "Ana Ruiz became the first world leader to meet with the new queen of Norlund.", "meet")
    assert status_of(t, date(2022, 5, 20), date(2022, 5, 20), WED) == "planned"


def test_an_event_named_as_the_scene_of_a_plan_takes_no_plan(nlp, trigger):
    """'X is expected to be high on the agenda at the meeting': what is expected is the agenda."""
    t = trigger(nlp, "Trade is expected to be high on the agenda at the meeting between Ana Ruiz and Bo Lind.",
                "meeting")
    assert governing_status(t) is None


def test_the_reports_own_day_from_context_leaves_a_future_clause_planned(nlp, trigger):
    """A day the story's context gives (not written with the event) that is the report's own day does not make a
    tenseless event done: 'said the summit will offer ...', told on the day the leaders met, is still ahead."""
    t = trigger(nlp, "The agency said the summit \"will offer an important opportunity\" for both sides.", "summit")
    assert status_of(t, WED, WED, WED) == "planned"
    done = trigger(nlp, "The agency said the summit \"offered an important opportunity\" for both sides.", "summit")
    assert status_of(done, WED, WED, WED) == "occurred"
