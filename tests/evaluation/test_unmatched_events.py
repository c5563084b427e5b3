"""The unmatched-events census (benchmarks/real_news/unmatched_events.py) reads gold, so it refuses the transfer and
blind splits before it loads the pipeline; its hint says only where an event's sentence stands against the gold."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_scripts import load_script

UNMATCHED_PY = Path(__file__).resolve().parents[2] / "benchmarks" / "real_news" / "unmatched_events.py"


def _tool():
    return load_script(UNMATCHED_PY)


@pytest.mark.parametrize("split", ["dev_f", "dev_j", "blind"])
def test_refuses_line_only_splits(split):
    with pytest.raises(SystemExit):
        _tool().main([split])


def test_hint_places_the_sentence_against_the_gold():
    hint = _tool().hint
    e = {"event_type": "meeting", "sentence": "Ann Lee met Bo Park in Harbourton on Monday."}
    assert hint(e, []) == "page with no gold event"
    assert hint(e, [("meeting", "Ann Lee met Bo Park in Harbourton")]) == "sentence tells a gold mention of its type"
    assert hint(e, [("travel", "Ann Lee met Bo Park")]) == "sentence tells a mention of another type"
    assert hint(e, [("meeting", "Bo Park flew home")]) == "sentence tells no gold mention"
