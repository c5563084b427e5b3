"""Values compared by the timex scorer: one value written two ways is one value."""

from __future__ import annotations

import pytest

from dateline.evaluation.timex_matching import same_value


@pytest.mark.parametrize(("gold", "pred"), [
    ("2000-W6", "2000-W06"),
    ("2000-w6-WE", "2000-W06-WE"),
    (" 2001-03-04 ", "2001-03-04"),
    ("PRESENT_REF", "present_ref"),
])
def test_the_same_value_written_two_ways(gold: str, pred: str) -> None:
    assert same_value(gold, pred)


@pytest.mark.parametrize(("gold", "pred"), [
    ("2000-W6", "2000-W16"),
    ("2000-W16", "2000-W06"),
    ("2000-06", "2000-W06"),
    ("2000-W1", "2000-W10"),
])
def test_different_values_stay_different(gold: str, pred: str) -> None:
    assert not same_value(gold, pred)
