"""Every person of a listed object is a side: a first name the parser hung under the second name's title ('meet
Indian President A and party leader B'), and a one-word surname the model tagged as a place, joined by 'and' to a
person's name. Made-up sentences."""

from __future__ import annotations

from made_up_text import run

from dateline.extractors.people import DocPeople


def _meetings(nlp, text):
    return [sorted(p.name for p in e.participants) for e in run(nlp, text) if e.event_type == "meeting"]


def test_a_name_hung_under_the_next_names_title_is_a_side(nlp):
    doc = nlp("Prime Minister Tomas Vale will also meet Indian President Ravi Menon and Congress leader Asha Rao "
              "during his stay in Lima.")
    assert next(t for t in doc if t.text == "Menon").dep_ not in {"conj", "dobj"}  # the misparse this is about
    sides = _meetings(nlp, doc.text)
    assert ["Ravi Menon", "Tomas Vale"] in sides and ["Asha Rao", "Tomas Vale"] in sides


def test_a_surname_tagged_as_a_place_beside_a_person_is_a_person(nlp):
    doc = nlp("President Ana Ruiz met Tomas Vale and Okonkwo in Lima.")
    assert "Okonkwo" in DocPeople(doc).people


def test_a_known_place_beside_a_person_stays_a_place(nlp):
    doc = nlp("President Ana Ruiz met Tomas Vale and Paris officials on Monday.")
    assert "Paris" not in DocPeople(doc).people


def test_a_word_coordinated_inside_a_title_is_no_person(nlp):
    doc = nlp("Earlier in the day, he met Telecom and IT Minister Ravi Menon.")
    assert "Telecom" not in DocPeople(doc).people

