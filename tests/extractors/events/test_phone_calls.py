"""A phone verb whose object is a named person tells a call ("called the chancellor on Tuesday"), while the
same verb naming, summoning or calling something off tells none. Made-up sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from made_up_text import run as run_on

DAY = date(2024, 5, 8)  # a Wednesday


def run(nlp, text):
    return run_on(nlp, text, DAY)


def meetings(evs):
    return [e for e in evs if e.event_type == "meeting"]


@pytest.mark.parametrize("text", [
    "Prime Minister Hans Weber called President Maria Lopez on Tuesday.",
    "Prime Minister Hans Weber called President Maria Lopez on Tuesday to discuss the border, his office said.",
    "President Maria Lopez called Prime Minister Hans Weber a day later and thanked him.",
])
def test_calling_a_named_person_is_a_phone_call(nlp, text):
    (e,) = meetings(run(nlp, text))
    assert e.subtype == "phone call" and {p.name for p in e.participants} == {"Hans Weber", "Maria Lopez"}
    assert e.location is None  # a call happens nowhere


@pytest.mark.parametrize("text", [
    "Prime Minister Hans Weber called President Maria Lopez a liar on Tuesday.",
    "President Maria Lopez was called a traitor by Prime Minister Hans Weber.",
    "Prime Minister Hans Weber called the decision a mistake.",
])
def test_naming_someone_is_no_call(nlp, text):
    assert meetings(run(nlp, text)) == []


def test_calling_on_a_person_stays_a_courtesy_call(nlp):
    (e,) = meetings(run(nlp, "Prime Minister Hans Weber called on President Maria Lopez in Lima on Tuesday."))
    assert e.subtype == "courtesy call"
