"""Companions named by their relation: 'the president and first lady' and 'his wife' are the spouse the story
introduced by name; 'the couple' as a subject is the two people last named together; an unnamed title coordinated
with a person ('President Carter and the Duchess of Kent') is a second participant. Made-up text."""

from __future__ import annotations

from made_up_text import run

ARRIVAL_WIFE = "President John Carter and his wife, Maria Lopez, arrived in London on Monday. "
ARRIVAL_FIRST_LADY = "President John Carter and first lady Maria Lopez arrived in London on Monday. "


def _names(event) -> list[str]:
    return [p.name for p in event.participants]


def _meetings(text: str, nlp) -> list:
    return [e for e in run(nlp, text) if e.event_type == "meeting"]


def test_the_president_and_first_lady_are_the_president_and_his_wife(nlp):
    (lunch,) = _meetings(ARRIVAL_WIFE + "On Tuesday the president and first lady will lunch with Queen Anna.", nlp)
    assert sorted(_names(lunch)) == ["Anna", "John Carter", "Maria Lopez"]


def test_the_first_lady_is_the_one_introduced_with_that_title(nlp):
    text = ARRIVAL_FIRST_LADY + "On Tuesday the President and the First Lady will have lunch with Queen Anna."
    (lunch,) = _meetings(text, nlp)
    assert sorted(_names(lunch)) == ["Anna", "John Carter", "Maria Lopez"]


def test_a_first_lady_stays_unresolved_when_the_story_names_two_spouses(nlp):
    text = ("President John Carter and his wife, Maria Lopez, met Chancellor Hans Weber and his wife, Anna Berg, in "
            "London on Monday. On Tuesday the first lady will lunch with Queen Elena.")
    lunches = [e for e in _meetings(text, nlp) if e.trigger == "lunch"]
    assert all("Maria Lopez" not in _names(e) and "Anna Berg" not in _names(e) for e in lunches)


def test_a_named_other_s_wife_is_not_the_introduced_spouse(nlp):
    text = ARRIVAL_WIFE + "On Tuesday Chancellor Hans Weber's wife will have lunch with Queen Anna."
    assert all("Maria Lopez" not in _names(e) for e in _meetings(text, nlp))


def test_the_couple_as_subject_is_the_pair_named_together(nlp):
    events = run(nlp, ARRIVAL_FIRST_LADY + "The couple will travel to Leeds on Wednesday.")
    (trip,) = [e for e in events if e.trigger == "travel"]
    assert sorted(_names(trip)) == ["John Carter", "Maria Lopez"]


def test_a_couple_of_days_is_nobody(nlp):
    events = run(nlp, "President John Carter arrived in London on Monday. He will spend a couple of days in Leeds.")
    assert all("couple" not in _names(e) for e in events)
    assert not any(set(_names(e)) - {"John Carter"} for e in events)


def test_an_unnamed_title_beside_a_named_person_travels_too(nlp):
    (trip,) = run(nlp, "President John Carter and the Duchess of Cornwall arrived in Auckland on Sunday.")
    assert _names(trip) == ["John Carter", "Duchess of Cornwall"]


def test_an_unnamed_title_beside_a_title_the_story_resolves_travels_too(nlp):
    text = ("Prince John Carter arrives in Auckland\n\n"
            "The Prince of Wales and the Duchess of Cornwall have arrived in New Zealand for their visit.")
    trips = [e for e in run(nlp, text) if e.event_type == "travel"]
    assert trips and all(_names(e) == ["John Carter", "Duchess of Cornwall"] for e in trips)


def test_a_title_whose_holder_is_named_after_it_is_not_a_second_person(nlp):
    text = "President John Carter met Chancellor Hans Weber and the Peruvian Ambassador to Chile, Maria Lopez."
    assert all("Peruvian Ambassador" not in _names(e) for e in run(nlp, text))
