"""A later clause calls the trigger's event off only when it is about the same event: the plan itself ('it', 'the
plan') or a noun of the same kind (a trip for a visit, talks for a meeting); made-up sentences, real pipeline."""

from __future__ import annotations

import pytest

from dateline.extractors.events.status import modality


def test_another_event_does_not_call_the_trip_off(nlp, trigger):
    """'..., but talks on the border were not expected': the talks are not the visit told before them."""
    t = trigger(nlp, "Hans Weber said his visit would build trust with Maria Lopez, but talks on the border were "
                     "not expected.", "visit")
    assert modality(t) != "cancelled"


@pytest.mark.parametrize("text", [
    "Hans Weber planned to visit Madrid in spring, but the trip was cancelled.",
    "Hans Weber planned to visit Madrid in spring, but it was postponed.",
])
def test_the_same_trip_told_again_calls_it_off(nlp, trigger, text):
    assert modality(trigger(nlp, text, "visit")) == "cancelled"
