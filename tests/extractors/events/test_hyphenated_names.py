"""A given name written with a hyphen and a lower-case second syllable ('Pak Tae-ho') is a name of the story's cast,
keyed on its family name; a name made a modifier by a hyphenated word ('Tomas Berg-era rules') is not a second
person. Made-up text and people."""

from __future__ import annotations

from made_up_text import run

from dateline.extractors.people import DocPeople


def _names(event) -> list[str]:
    return [p.name for p in event.participants]


def test_a_hyphenated_given_name_with_a_lower_case_tail_stays_a_person(nlp):
    doc = nlp("President Pak Tae-ho met Yun Mi-rae in Seoul on Monday. Pak said the talks were good.")
    people = DocPeople(doc)
    assert {"Pak Tae-ho", "Yun Mi-rae"} <= set(people.people)
    said = next(t for t in doc if t.text == "Pak" and t.i > 10)
    assert people.at(said) is not None and people.at(said).person.name == "Pak Tae-ho"  # the family name is first


def test_the_meeting_of_hyphenated_names_has_both_sides(nlp):
    (meeting,) = [e for e in run(nlp, "President Pak Tae-ho met Yun Mi-rae in Seoul on Monday.")
                  if e.event_type == "meeting"]
    assert sorted(_names(meeting)) == ["Pak Tae-ho", "Yun Mi-rae"]


def test_the_tail_s_word_elsewhere_is_not_the_person(nlp):
    doc = nlp("Lee Jae-in joined the sit-in on Monday, and students held a sit-in later.")
    people = DocPeople(doc)
    assert [t.i for t in doc if t.text == "in" and people.at(t) is not None] == [3]  # his own syllable only


def test_a_hyphenated_modifier_on_a_name_is_no_second_person(nlp):
    doc = nlp("Under Tomas Berg-era rules, Kang Min-in travelled to Rome. Tomas Berg left.")
    assert set(DocPeople(doc).people) == {"Tomas Berg", "Kang Min-in"}
