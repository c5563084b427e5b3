"""A corpus of phrasings per value (Duckling's ``Corpus.hs`` layout): each row is one expected value with the
sentences that must produce it, against the row's reference date. The expression is marked with [brackets] in the
sentence; ``"value": null`` rows list expressions that must not be tagged at all. Every sentence here is made up
for the test; none is copied from an evaluation corpus."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from dateline.extractors.temporal import resolve_timexes

ROWS = [json.loads(line) for line in (Path(__file__).parent / "phrasings.jsonl").read_text(encoding="utf-8")
        .splitlines() if line.strip()]
CASES = [(row, phrasing) for row in ROWS for phrasing in row["phrasings"]]


def _split(phrasing: str) -> tuple[str, str, int]:
    m = re.search(r"\[([^\]]+)\]", phrasing)
    assert m, f"no [expression] in {phrasing!r}"
    return phrasing[: m.start()] + m.group(1) + phrasing[m.end():], m.group(1), m.start()


@pytest.mark.parametrize(("row", "phrasing"), CASES, ids=[p[:60] for _, p in CASES])
def test_phrasing(nlp, row, phrasing):
    text, expr, start = _split(phrasing)
    timexes = resolve_timexes(nlp(text), date.fromisoformat(row["anchor"]))
    found = [t for t in timexes if t.start_char == start and t.text == expr]
    if row["value"] is None:
        assert not any(t.start_char < start + len(expr) and start < t.end_char for t in timexes), timexes
        return
    assert found, f"{expr!r} not found as one expression; got {[(t.text, t.value) for t in timexes]}"
    assert found[0].value == row["value"], found[0]
    if "type" in row:
        assert found[0].type == row["type"], found[0]
    if "mod" in row:
        assert found[0].mod == row["mod"], found[0]


def test_reporting_quarter_fades_with_distance(nlp):
    """A quarter named long before (over PERIOD_REACH characters) no longer turns 'a year earlier' into a quarter."""
    filler = " ".join(["The orchard sits on a hill above the old river town."] * 25)
    text = f"Third-quarter profit at the cannery rose. {filler} Its debt fell from a year earlier."
    got = {t.text: t.value for t in resolve_timexes(nlp(text), date(2011, 10, 20))}
    assert got["a year earlier"] == "2010"
