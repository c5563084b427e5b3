"""Corpus tests in the Duckling/ctparse style: (sentence, expression, expected value) rows against one fixed
reference date (Wednesday 2021-03-17), plus a negative list of strings that must never be tagged."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dateline.extractors.temporal import resolve_timexes

HERE = Path(__file__).parent
ANCHOR = date(2021, 3, 17)  # a Wednesday


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


CORPUS = _rows("corpus.jsonl")
NEGATIVES = _rows("negatives.jsonl")


@pytest.mark.parametrize("row", CORPUS, ids=[r["text"][:50] for r in CORPUS])
def test_corpus(nlp, row):
    anchor = date.fromisoformat(row.get("anchor", ANCHOR.isoformat()))
    timexes = resolve_timexes(nlp(row["text"]), anchor)
    found = [t for t in timexes if t.text == row["expr"]]
    assert found, f"{row['expr']!r} not detected; got {[(t.text, t.value) for t in timexes]}"
    t = found[0]
    assert t.value == row["value"], (t, row)
    assert t.mod == row.get("mod"), t
    if "type" in row:
        assert t.type == row["type"]
    if "start" in row:
        assert (t.start_date, t.end_date) == (date.fromisoformat(row["start"]), date.fromisoformat(row["end"]))
    if row.get("note"):
        assert t.note and "conflict" in t.note
    assert t.rule, "every Timex names its rule"


@pytest.mark.parametrize("row", NEGATIVES, ids=[r["text"][:50] for r in NEGATIVES])
def test_negative(nlp, row):
    timexes = resolve_timexes(nlp(row["text"]), ANCHOR)
    tagged = {t.text for t in timexes}
    for word in row["forbidden"]:
        assert not any(word in text for text in tagged), (word, [(t.text, t.value, t.rule) for t in timexes])


def test_no_anchor_never_guesses(nlp):
    """Without an article date relative expressions keep X's/REF values and no dates; absolute ones resolve."""
    doc = nlp("The ministers met on Tuesday, last week and in April; the post is dated March 14, 2021.")
    by_text = {t.text: t for t in resolve_timexes(doc, None)}
    assert by_text["Tuesday"].value == "XXXX-WXX-2" and by_text["Tuesday"].start_date is None
    assert by_text["last week"].start_date is None and "X" in by_text["last week"].value
    assert by_text["April"].value == "XXXX-04" and by_text["April"].start_date is None
    assert by_text["March 14, 2021"].value == "2021-03-14"
    assert by_text["March 14, 2021"].start_date == date(2021, 3, 14)


def test_date_in_a_relative_year_without_anchor_stays_unknown(nlp):
    got = {t.text: t.value for t in resolve_timexes(nlp("The war began on Feb. 24 last year."), None)}
    assert got == {"Feb. 24 last year": "XXXX-02-24"}  # one expression, and no year guessed without an anchor
