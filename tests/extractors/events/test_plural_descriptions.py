"""Plural descriptions and titles beside names: 'the two top diplomats' are the foreign ministers the story named,
and a following 'the two' means them; a bare title after a name and a comma is that person's, not a second
participant; a coordination of groups is one group, not one per conjunct. Made-up text."""

from __future__ import annotations

from made_up_text import run


def _names(event) -> list[str]:
    return [p.name for p in event.participants]


def test_the_two_diplomats_are_the_foreign_ministers_not_the_last_two_names(nlp):
    text = ("Secretary of State Ann Lee will hold talks with Ruritanian Foreign Minister Boris Lind on May 14 in "
            "Varna. Lee could be received by Ruritanian President Tomas Berg after the talks. "
            "This will be the second meeting between the two top diplomats this month. "
            "The two met in Oslo on Monday.")
    met = [e for e in run(nlp, text) if e.trigger == "met"]
    assert met and sorted(_names(met[0])) == ["Ann Lee", "Boris Lind"]


def test_a_title_in_apposition_is_no_second_participant(nlp):
    text = ("Lima, May 3, 2016 — Today, Ann Lee, Chairman and CEO of Acme Corporation is meeting with "
            "government ministers, business leaders and students.")
    (meeting,) = [e for e in run(nlp, text) if e.event_type == "meeting"]
    names = _names(meeting)
    assert "Ann Lee" in names and not any("Chairman" in n for n in names)


def test_a_coordination_of_groups_is_one_group(nlp):
    text = "Ann Lee, chief executive of Acme, met with government ministers, business leaders and students in Lima."
    (meeting,) = [e for e in run(nlp, text) if e.event_type == "meeting"]
    groups = [n for n in _names(meeting) if n != "Ann Lee"]
    assert len(groups) == 1 and "students" in groups[0]


def test_a_title_coordinated_with_a_name_is_still_a_companion(nlp):
    events = run(nlp, "President Maria Lopez and the Duchess of Kent arrived in Lima on Monday.")
    (trip,) = [e for e in events if e.event_type == "travel"]
    assert _names(trip) == ["Maria Lopez", "Duchess of Kent"]
