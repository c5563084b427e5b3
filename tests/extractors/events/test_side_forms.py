"""Sides are people the article names, in the form it names them (session 15): a bare title is not a ranked office's
holder, a short name takes the full form the article gives untagged, a photo credit is no part of a name, a name
only ever after 'at' is a venue, a group that lists its members takes part through them, and an absolute 'with'
phrase is the setting, not a side. Made-up sentences."""

from __future__ import annotations

from made_up_text import run

from dateline.extractors.people import DocPeople


def _events(nlp, text, kind):
    return [sorted(p.name for p in e.participants) for e in run(nlp, text) if e.event_type == kind]


def test_the_president_is_not_the_vice_president(nlp):
    text = ("President Tomas Vale is in Lima on Wednesday. Vice President Ana Ruiz is in Quito receiving updates. "
            "The president will also travel to Bogota on Thursday.")
    trips = _events(nlp, text, "travel")
    assert ["Tomas Vale"] in trips and ["Ana Ruiz"] not in trips


def test_the_vice_president_is_still_the_vice_president(nlp):
    text = ("President Tomas Vale is in Lima on Wednesday. Vice President Ana Ruiz is in Quito on Wednesday. "
            "The vice president will travel to Bogota on Thursday.")
    assert ["Ana Ruiz"] in _events(nlp, text, "travel")


def test_a_photo_credit_is_no_part_of_a_name(nlp):
    doc = nlp("Peruvian President Tomas Vale Reuters/Ana Ruiz\n\nPresident Tomas Vale met Ivan Petrov in Lima.")
    assert not any("Reuters" in name for name in DocPeople(doc).people)


def test_a_name_only_ever_after_at_is_a_venue(nlp):
    doc = nlp("The ceremony will take place tomorrow at Vikram Bhavan, just before his meeting with President "
              "Ravi Menon.")
    people = DocPeople(doc).people
    assert "Ravi Menon" in people and not any("Bhavan" in name for name in people)


def test_a_group_that_lists_its_members_takes_part_through_them(nlp):
    text = ("Vale said that a trade mission led by Finance Minister Ana Ruiz and Trade Minister Ivan Petrov would "
            "visit Lima next month.")
    trips = _events(nlp, text, "travel")
    assert any("Ana Ruiz" in t and "Ivan Petrov" in t for t in trips)


def test_an_absolute_with_phrase_is_no_side_and_the_next_with_is(nlp):
    text = ("President Tomas Vale also meets privately Sunday with Prime Minister Ana Ruiz, with trade disputes sure "
            "to be a big focus, and with President Ivan Petrov to discuss the border.")
    sides = _events(nlp, text, "meeting")
    assert any("Ivan Petrov" in s for s in sides)
    assert not any(any("disputes" in p for p in s) for s in sides)
