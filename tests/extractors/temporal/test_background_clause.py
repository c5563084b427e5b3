"""A day told in a relative clause is background (made-up sentences): the main clause stays on the day the narrative
was on, while what the relative clause itself tells keeps the clause's own day."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.temporal import resolve_timexes

ANCHOR = date(2016, 3, 10)  # a Thursday


def _values(nlp, text: str, anchor: date = ANCHOR) -> dict[str, str]:
    return {t.text: t.value for t in resolve_timexes(nlp(text), anchor)}


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Governor Lena Marsh opened the fair in Tolvik on Wednesday. Mrs. Marsh, who arrived in the town on Tuesday, "
     "met the mayors in the evening.", "the evening", "2016-03-09TEV"),
    ("Governor Lena Marsh opened the fair in Tolvik on Wednesday. Mrs. Marsh, who arrived in the town on Tuesday, "
     "met the mayors in the evening.\nEarlier in the day, she toured the harbour.", "Earlier in the day",
     "2016-03-09"),
])
def test_the_main_clause_stays_on_the_narrative_s_day(nlp, text, expr, value):
    assert _values(nlp, text)[expr] == value


def test_the_relative_clause_keeps_its_own_day(nlp):
    text = ("Governor Lena Marsh opened the fair in Tolvik on Wednesday.\n\n"
            "The call, which took place on Tuesday night at 9 pm, was short.")
    assert _values(nlp, text)["9 pm"] == "2016-03-08T21:00"


def test_a_relative_clause_s_day_with_no_day_before_it_is_the_day_under_discussion(nlp):
    text = "Mrs. Marsh, who arrived in Tolvik on Tuesday, met the mayors in the evening."
    assert _values(nlp, text)["the evening"] == "2016-03-08TEV"
