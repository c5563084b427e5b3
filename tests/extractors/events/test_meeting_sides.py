"""A meeting's sides are people, parties or groups: the object of 'visited' or 'a visit to' that names places or
sites is a trip, not talks with the place; a meeting noun that names its sides with 'between' takes no side from
the verb above it (the subject speaks of the talks). Made-up text."""

from __future__ import annotations

from made_up_text import run


def _meetings(text: str, nlp) -> list:
    return [e for e in run(nlp, text) if e.event_type == "meeting"]


def _names(event) -> list[str]:
    return sorted(p.name for p in event.participants)


def test_a_visit_to_a_site_is_no_meeting_with_the_site(nlp):
    text = ("President Mara Volen arrived in Paris on Monday. On Tuesday, President Volen visited the old Tarrow "
            "Mosque, built in 1573.")
    assert not [e for e in _meetings(text, nlp) if "Mosque" in " ".join(_names(e))]


def test_a_visit_to_a_place_with_a_where_clause_is_no_meeting(nlp):
    text = ("President Mara Volen arrived in Paris on Monday. She is not expected to visit Kellmarsh, where her "
            "father is buried.")
    assert not [e for e in _meetings(text, nlp) if "Kellmarsh" in " ".join(_names(e))]


def test_visiting_places_coordinated_with_a_district_is_no_meeting(nlp):
    text = "Chief Minister Ravi Tandel visited Arvel, Dunmore and Lorn districts on Monday."
    assert not [e for e in _meetings(text, nlp) if e.subtype == "visit"]


def test_a_visit_with_a_person_is_still_a_meeting(nlp):
    text = "President Mara Volen arrived in Paris on Monday, where she will visit with President Jean Dupont."
    assert any("Jean Dupont" in _names(e) for e in _meetings(text, nlp))


def test_the_commentator_on_talks_between_two_leaders_is_no_side(nlp):
    text = ("Foreign Minister Tomas Reyes stressed the importance of direct talks between President Mara Volen and "
            "Chancellor Hans Weber.")
    assert not any("Tomas Reyes" in _names(e) for e in _meetings(text, nlp))
