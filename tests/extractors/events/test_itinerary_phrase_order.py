"""A step told in a 'before' phrase of its sentence comes after the sentence's other steps of that day, one told in
an 'after'/'following' phrase before them: the story's order, not the words' (made-up events; no model)."""

from __future__ import annotations

from dataclasses import replace

from test_itinerary_evidence import AMMAN, CAIRO, MON, TUNIS, WED, event, person, stops

from dateline.extractors.events.itinerary_narrative import told_at


def test_the_phrase_a_trigger_is_told_in():
    s = "Before returning to Tunis on Wednesday, Ruiz stopped in Cairo."
    assert told_at(s, "returning", 100) == 100 - 7 + len(s)  # past its sentence
    assert told_at(s, "stopped", 140) == 140  # the main clause keeps its place
    s = "Ruiz landed in Tunis on Wednesday following her state visit to Cairo."
    assert told_at(s, "visit", 200) == 200 - s.find("visit") - 1  # before its sentence
    assert told_at("She arrived after a long and tiring overnight flight.", "flight", 50) == 50  # too far
    assert told_at("Ruiz left, after talks, and visited Cairo before the visit.", "visit", 9) == 9  # written twice
    assert told_at("After the summit, Ruiz flew to Cairo.", "flew", 30) == 30  # a comma ends the phrase


def _ruiz(*evs):
    return [replace(event("a0", "travel", [person("Ana Ruiz", "ES")], dest=AMMAN, start=MON, subtype="arrive"),
                    sentence="Ruiz arrived in Amman on Monday."), *evs]


def test_a_return_told_in_a_before_phrase_comes_after_the_stop_of_its_sentence():
    """'Before returning to Tunis on Wednesday, Ruiz stopped in Cairo': Cairo, then home to Tunis (where the journey
    the return ends began)."""
    s = "Before returning to Tunis on Wednesday, Ruiz stopped in Cairo."
    ruiz = [person("Ana Ruiz", "ES")]
    got = stops(_ruiz(replace(event("r1", "travel", ruiz, dest=TUNIS, start=WED, at=107, subtype="return"),
                              sentence=s, trigger="returning"),
                      replace(event("v1", "travel", ruiz, dest=CAIRO, start=WED, at=140, subtype="visit"),
                              sentence=s, trigger="stopped")), "Ana Ruiz")
    assert [p for p, _, _ in got] == ["Tunis", "Amman", "Cairo", "Tunis"]
    assert got[2] == ("Cairo", WED, WED)


def test_a_visit_told_in_a_following_phrase_came_before_the_arrival_of_its_sentence():
    """'Ruiz landed in Tunis on Wednesday following a visit to Cairo': Cairo first, then Tunis."""
    s = "Ruiz landed in Tunis on Wednesday following a visit to Cairo."
    ruiz = [person("Ana Ruiz", "ES")]
    got = stops(_ruiz(replace(event("t1", "travel", ruiz, dest=TUNIS, start=WED, at=105, subtype="arrive"),
                              sentence=s, trigger="landed"),
                      replace(event("v1", "travel", ruiz, dest=CAIRO, start=WED, at=150, subtype="visit"),
                              sentence=s, trigger="visit")), "Ana Ruiz")
    assert [p for p, _, _ in got] == ["Amman", "Cairo", "Tunis"]


def test_steps_told_one_after_the_other_keep_the_text_order():
    """'Ruiz flew to Tunis on Wednesday and then visited Cairo': no phrase of sequence, the words' order stands."""
    s = "Ruiz flew to Tunis on Wednesday and then visited Cairo."
    ruiz = [person("Ana Ruiz", "ES")]
    got = stops(_ruiz(replace(event("t1", "travel", ruiz, dest=TUNIS, start=WED, at=105, subtype="arrive"),
                              sentence=s, trigger="flew"),
                      replace(event("v1", "travel", ruiz, dest=CAIRO, start=WED, at=145, subtype="visit"),
                              sentence=s, trigger="visited")), "Ana Ruiz")
    assert [p for p, _, _ in got] == ["Amman", "Tunis", "Cairo"]
