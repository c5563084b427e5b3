"""The 21 gold timexes of the sample articles, scored as /work/shared/tools/score_gold.py scores them: some Timex
whose text is a substring of the gold context carries the gold value (whole file text, gold article date as anchor).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dateline.extractors.temporal import resolve_timexes


@pytest.fixture(scope="module")
def gold(shared):
    return json.loads((shared / "gold" / "seed_events.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def resolved(nlp, shared, gold):
    out = {}
    for article in gold["articles"]:
        path = shared / "samples" / "seeds" / article["file"]
        if not path.exists():
            pytest.skip(f"sample article missing: {path}")
        doc = nlp(path.read_text(encoding="utf-8"))
        out[article["file"]] = resolve_timexes(doc, date.fromisoformat(article["published"]))
    return out


def _gold_items():
    path = Path(__file__).resolve().parents[3] / ".." / "shared" / "gold" / "seed_events.json"
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))["timexes"]


GOLD_ITEMS = _gold_items()


def test_gold_has_21_timexes(gold):
    assert len(gold["timexes"]) == 21


@pytest.mark.parametrize("item", GOLD_ITEMS, ids=[f"{g['file'][:3]}:{g['context']}" for g in GOLD_ITEMS])
def test_gold_timex(resolved, item):
    timexes = resolved[item["file"]]
    candidates = [(t.text, t.value) for t in timexes if t.text in item["context"]]
    assert (any(value == item["value"] for _, value in candidates)), (item, candidates)


def test_extents_are_doc_offsets(resolved, shared):
    for name, timexes in resolved.items():
        text = (shared / "samples" / "seeds" / name).read_text(encoding="utf-8")
        for t in timexes:
            assert text[t.start_char:t.end_char] == t.text
            assert not t.text.lower().startswith(("on ", "in ", "until ", "since ", "from "))
