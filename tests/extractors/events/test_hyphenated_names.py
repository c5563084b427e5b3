"""Romanised given names written as two hyphen-joined syllables, the second in lower case ('Pak Sol-un'): one person
under the whole name, however the model's entity ends. Made-up people."""

from __future__ import annotations

from dateline.extractors.people import DocPeople


def test_a_lower_case_syllable_after_a_hyphen_is_part_of_the_name(nlp):
    doc = nlp("President Pak Sol-un met Prime Minister Ri Chol-jin in Lima on Monday.")
    people = DocPeople(doc).people
    assert "Pak Sol-un" in people
    assert "Ri Chol-jin" in people


def test_a_short_form_still_means_the_one_person(nlp):
    doc = nlp("President Pak Sol-un arrived in Lima on Monday. Pak later met Mayor Ana Ruiz.")
    dp = DocPeople(doc)
    short = next(t for t in doc if t.text == "Pak" and t.i > 5)
    assert dp.at(short) is not None and dp.at(short).person.name == "Pak Sol-un"


def test_a_participle_glued_to_a_name_is_no_syllable(nlp):
    doc = nlp("A Tomas Lind-led delegation arrived in Lima on Monday.")
    assert not any(name.endswith("-led") for name in DocPeople(doc).people)
