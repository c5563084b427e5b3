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


@pytest.mark.parametrize("text", [
    "Hans Weber was set to hold a phone call during the day, his office said.",
    "Prime Minister Hans Weber said he chatted away with President Omar Diallo on Thursday.\n"
    "\"He was thinking I was calling him. I was thinking he was calling me,\" he told reporters on the sidelines of a "
    "meeting of his party.",
])
def test_a_call_with_nobody_at_its_other_end_is_no_event(nlp, text):
    # a call has two ends: naming whoever is at one of them alone tells nobody the party talked to
    assert [e for e in meetings(run(nlp, text)) if len(e.participants) == 1] == []


@pytest.mark.parametrize("text", [
    "\"His foreign minister spoke to me on the telephone a few days ago,\" said Hans Weber.",
    "Hans Weber said the president was calling him.",
])
def test_a_call_whose_other_end_is_described_is_kept(nlp, text):
    # the parse did not attach the other end, but the sentence names or describes somebody there
    (e,) = meetings(run(nlp, text))
    assert e.subtype == "phone call" and [p.name for p in e.participants] == ["Hans Weber"]


def test_a_gathering_held_by_video_keeps_its_one_named_chair(nlp):
    text = ("Prime Minister Hans Weber will chair the weekly cabinet meeting on Tuesday morning through video "
            "conferencing while he is in Lima.")
    (e,) = meetings(run(nlp, text))
    assert e.subtype == "virtual meeting" and [p.name for p in e.participants] == ["Hans Weber"]
