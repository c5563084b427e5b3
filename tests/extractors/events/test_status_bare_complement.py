"""A bare complement of a future ('the tour will see them travel to Lima', 'will let her visit the plant') is planned
(``status.bare_complement_of_future``), on made-up sentences parsed by the real pipeline; a past governor is not."""

from __future__ import annotations

import pytest

from dateline.extractors.events.status import modality, status_of


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
