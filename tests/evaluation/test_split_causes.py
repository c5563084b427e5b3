"""benchmarks/real_news/split_causes.py: why two reports' mentions of one event sit in different clusters."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from dateline.extractors.records import Event, Participant, Place

SPLIT_CAUSES_PY = Path(__file__).resolve().parents[2] / "benchmarks" / "real_news" / "split_causes.py"
ORVALA = Place("Orvala", "PE")


def _mod():
    spec = importlib.util.spec_from_file_location("split_causes", SPLIT_CAUSES_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def trip(eid, art, subtype, day, who="Maria Lopez"):
    return Event(eid, art, "travel", subtype, (Participant(who, mention=who),), destination=ORVALA,
                 date_start=day, date_end=day, status="occurred")


@pytest.mark.parametrize("a, b, want", [
    (trip("a", "A", "arrive", date(2022, 4, 5)), trip("b", "A", "visit", date(2022, 4, 5)), "same article"),
    (trip("a", "A", "arrive", date(2022, 4, 5)), trip("b", "B", "depart", date(2022, 4, 8)), "dates disagree"),
    (trip("a", "A", "visit", date(2022, 4, 5)), trip("b", "B", "visit", date(2022, 4, 5), "Hans Weber"),
     "no shared person"),
    (trip("a", "A", "visit", date(2022, 4, 5)), trip("b", "B", "visit", date(2022, 4, 5)),
     "compatible, not joined"),
])
def test_pair_causes(a, b, want):
    assert _mod().pair_cause(a, b, {}) == want


@pytest.mark.parametrize("split", ["dev_f", "blind"])
def test_refuses_the_line_only_splits(split):
    with pytest.raises(SystemExit):
        _mod().main([split])
