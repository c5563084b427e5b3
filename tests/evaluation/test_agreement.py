"""benchmarks/real_news/agreement.py: two annotations scored against each other with the shared scorer."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from bench_scripts import load_script

AGREEMENT_PY = Path(__file__).resolve().parents[2] / "benchmarks" / "real_news" / "agreement.py"

FIRST = {
    "articles": [{"file": "01_a.txt", "published": "2024-05-10"}],
    "events": [
        {"id": "T1", "type": "travel", "participants": ["Ana Ruiz"], "destination": {"name": "Oslo"},
         "date_start": "2024-05-09", "date_end": "2024-05-09", "status": "occurred",
         "mentions": [{"file": "01_a.txt", "quote": "Ruiz arrived in Oslo on Thursday"}]},
        {"id": "M1", "type": "meeting", "participants": ["Ana Ruiz", "Per Lund"], "location": {"name": "Oslo"},
         "date_start": None, "date_end": None, "status": "occurred",
         "mentions": [{"file": "01_a.txt", "quote": "Ruiz met Lund"}]},
    ],
    "itineraries": [{"traveler": "Ana Ruiz", "stops": [{"place": "Oslo", "arrive": "2024-05-09", "depart": None}]}],
    "timexes": [{"file": "01_a.txt", "context": "on Thursday", "value": "2024-05-09"}],
}


@pytest.fixture(scope="module")
def agreement(shared_dir):
    return load_script(AGREEMENT_PY)


def test_an_annotation_agrees_with_itself(agreement):
    one, other = agreement.agreement(FIRST, copy.deepcopy(FIRST))
    assert "fully right 2/2" in one and "fully right 2/2" in other and "itinerary stops 1/1" in one


def test_a_meeting_dated_by_one_reader_only_is_not_fully_right_either_way(agreement):
    second = copy.deepcopy(FIRST)
    second["events"][1]["date_start"] = second["events"][1]["date_end"] = "2024-05-09"
    one, other = agreement.agreement(FIRST, second)
    assert "fully right 1/2 (wrong: participants 0 place 0 dates 1 status 0)" in one
    assert "fully right 1/2" in other


def test_an_optional_event_of_the_playing_side_can_be_left_out(agreement):
    second = copy.deepcopy(FIRST)
    second["events"].append({**second["events"][1], "id": "M2", "optional": True,
                             "mentions": [{"file": "01_a.txt", "quote": "a dinner"}]})
    every, _ = agreement.agreement(FIRST, second)
    required, _ = agreement.agreement(FIRST, second, required_only=True)
    assert "events emitted 3" in every and "events emitted 2" in required
