"""Fixtures for the event tests: the real pipeline (skipped if the model is not installed) and a tiny Timex
builder, so extraction tests do not depend on the temporal component's coverage."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dateline.extractors.records import Timex


@pytest.fixture(scope="session")
def nlp():
    try:
        from dateline.extractors.pipeline import load_nlp

        return load_nlp()
    except OSError as exc:  # pragma: no cover - model missing
        pytest.skip(f"spaCy model not installed: {exc}")


@pytest.fixture
def tx():
    return make_tx


@pytest.fixture(scope="session")
def trigger():
    """The first token spelled ``word`` in ``text`` parsed by ``nlp``: the trigger a status or date test asks about."""
    return first_token


def first_token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def make_tx(text: str, phrase: str, start: date, end: date | None = None, value: str | None = None) -> Timex:
    """A resolved DATE timex for the first occurrence of ``phrase`` in ``text``."""
    m = re.search(re.escape(phrase), text)
    assert m, phrase
    end = end or start
    return Timex(m.start(), m.end(), phrase, "DATE", value or start.isoformat(), start_date=start, end_date=end,
                 granularity="day" if start == end else "month", rule="test")
