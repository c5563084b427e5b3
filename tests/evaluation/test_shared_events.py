"""benchmarks/real_news/shared_events.py: why one emitted event stands for two gold events (session 14, helper 22s).
Made-up sentences on hand-built records."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace as NS

import pytest
from bench_scripts import load_script

from dateline.evaluation.event_path import EventPathTrace

SHARED_PY = Path(__file__).resolve().parents[2] / "benchmarks" / "real_news" / "shared_events.py"
QUOTE = "Ana Ruiz arrived in Oslo on Tuesday for talks"
OTHER = "Hans Weber met Ana Ruiz in Oslo on Wednesday."
DAY = date(2024, 5, 7)
OSLO = NS(name="Oslo")


def _mod():
    return load_script(SHARED_PY)


def _cand(sentence: str, etype: str = "travel", day: date | None = DAY, place=OSLO) -> NS:
    return NS(event_type=etype, sentence=sentence, date_start=day, date_end=day, place=place)


def test_join_evidence_names_what_let_two_candidates_join():
    join = _mod().join_evidence
    assert join(_cand(QUOTE), _cand(QUOTE)) == "one sentence"
    assert join(_cand(QUOTE), _cand(OTHER, day=None)) == "one side undated"
    assert join(_cand(QUOTE), _cand(OTHER, place=None)) == "one side unplaced"
    assert join(_cand(QUOTE), _cand(OTHER)) == "dated and placed alike"


def _row(sentence: str) -> dict:
    return {"event": {"sentence": sentence}}


def _trace(seen: dict) -> EventPathTrace:
    """The merge's view of one article, as ``event_path`` records it."""
    return EventPathTrace(lambda c: c, before=seen.get("before", []), after=seen.get("after", []),
                          folds=seen.get("absorbed", []))


@pytest.mark.parametrize("seen, final, want", [
    ({"before": [_cand(OTHER)], "after": [_cand(OTHER)]}, [], "no candidate"),
    ({"before": [_cand(QUOTE), _cand(OTHER)], "after": [_cand(OTHER)],
      "absorbed": [(_cand(OTHER), _cand(QUOTE, day=None))]}, [], "merged away: one side undated"),
    ({"before": [_cand(QUOTE), _cand(OTHER)], "after": [_cand(OTHER)]}, [], "merged away: folded as a reference"),
    ({"before": [_cand(QUOTE), _cand(OTHER)], "after": [_cand(QUOTE), _cand(OTHER)]}, [], "dropped by keep"),
    ({"before": [_cand(QUOTE), _cand(OTHER)], "after": [_cand(QUOTE), _cand(OTHER)]},
     [{"event_type": "travel", "sentence": QUOTE + "."}], "own event, another fits better"),
])
def test_each_mechanism(seen, final, want):
    assert _mod().mechanism(QUOTE, "travel", _row(OTHER), _trace(seen), final) == want


def test_the_shared_event_of_the_mention_itself():
    assert _mod().mechanism(QUOTE, "travel", _row(QUOTE + "."), _trace({}), []) == "own event, shared"


def test_transfer_and_blind_splits_are_refused():
    with pytest.raises(SystemExit):
        _mod().main(["dev_f"])
    with pytest.raises(SystemExit):
        _mod().main(["blind"])
