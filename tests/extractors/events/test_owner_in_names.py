"""A place written as the owner of a traveller's name is not part of the name: "Peru's Ana Ruiz" is Ana Ruiz when
the tagger did not take her for a person, and a group named with an owner keeps no stray "'s" (extractors/events
``trip_travellers.place_owner``, ``phrases.coordinated_name``). Made-up sentences through the real pipeline."""

from __future__ import annotations

from made_up_text import run


def _travellers(nlp, text):
    return [[p.name for p in e.participants] for e in run(nlp, text) if e.event_type == "travel"]


def test_a_country_owning_a_name_is_not_part_of_it(nlp):
    assert _travellers(nlp, "Peru's Ana Ruiz flew to Quito on Monday.") == [["Ana Ruiz"]]


def test_a_group_named_with_an_owner_keeps_no_stray_possessive(nlp):
    (names,) = _travellers(nlp, "Peru's migrants travelled to Chile on Monday.")
    assert names and not any(n.startswith("'s") or " 's" in n for n in names)
