"""Status inherited along the clause tree (clause_plan.py), on made-up sentences parsed by the real
pipeline."""

from __future__ import annotations

import pytest

from dateline.extractors.events.status import modality


@pytest.mark.parametrize(("text", "word", "want"), [
    # an event framing a clause told as a plan is still to come
    ("After their meeting, Ana Ruiz and Bo Lind are expected to sign a trade accord.", "meeting", "planned"),
    ("Following the summit, the leaders will hold a press conference in Oslo.", "summit", "planned"),
    ("During the visit, Ana Ruiz is expected to sign three agreements.", "visit", "planned"),
    ("On his visit to Lima, Bo Lind is to meet the mayor.", "visit", "planned"),
    # ... but a clause told in the past leaves the preposition's own reading
    ("After their meeting, Ana Ruiz and Bo Lind signed a trade accord.", "meeting", "occurred"),
    ("After the talks, Ana Ruiz agreed to visit Oslo.", "talks", "occurred"),
    # 'is on a visit' is where the traveller is now
    ("Bo Lind is on a three-day visit to Lima.", "visit", "occurred"),
])
def test_clause_plan(nlp, trigger, text: str, word: str, want: str) -> None:
    assert modality(trigger(nlp, text, word)) == want
