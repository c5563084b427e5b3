"""Which participant names are people (``names.is_person_name``): names with lowercase particles and a title of a
domain are people, so a cluster keeps them among its people (made-up names and events, no model needed)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.events import cluster_events
from dateline.extractors.events.names import is_person_name
from dateline.extractors.records import Event, Participant, Place

D = date(2022, 5, 10)
VELMORA = Place("Velmora", "IT", 41.89, 12.48)


@pytest.mark.parametrize("name", [
    "Hans Weber",
    "Omar al-Haddad",  # a particle glued by a hyphen
    "Karim Abdel-Nour al-Rafi",
    "Lena van der Brook",  # particles between capitalised words
    "Tomas ter Vaart",
    "Rui dos Anjos",
    "Mira bint Salem Al Noor",
    "Tavo wa Lenge",
    "Duchess of Lyr",  # a title of a domain
    "Deputy Supreme Commander of Arvel Guard",
    "Grand Imam of Al - Qarin",  # a hyphen the tokenizer split off
])
def test_names_of_people(name: str) -> None:
    assert is_person_name(name)


@pytest.mark.parametrize("name", [
    "Arvel counterparts",
    "leaders of the Group of Nine",  # a group, not a title
    "Bank of Lyr",  # a body, not a title
    "Prime Minister of Arvel and Ruler of Lyr",  # two offices joined: not read as one name
    "al-Qarin",  # no capitalised word: an organisation's form as often as a surname
    "bin",
    "ex-Minister",
])
def test_not_names_of_people(name: str) -> None:
    assert not is_person_name(name)


def meeting(eid: str, art: str, people: list[str]) -> Event:
    """A meeting in Velmora on one day whose people are all named in its own sentence."""
    parts = tuple(Participant(p, mention=p) for p in people)
    return Event(eid, art, "meeting", "meeting", parts, location=VELMORA, date_start=D, date_end=D, status="occurred")


def test_a_counterpart_named_with_a_particle_keeps_two_meetings_apart() -> None:
    # "Hans Weber met Omar al-Haddad in Velmora" / "Weber met Lena Brook and Bo Lind in Velmora": two meetings
    a = meeting("e1", "A", ["Hans Weber", "Omar al-Haddad"])
    b = meeting("e2", "B", ["Hans Weber", "Lena Brook", "Bo Lind"])
    out = cluster_events([a, b])
    assert out[0].cluster_id != out[1].cluster_id


def test_a_title_of_a_domain_keeps_two_meetings_apart() -> None:
    # "Hans Weber met the Duchess of Lyr" / "Weber met Lena Brook and Bo Lind": the duchess is a party of her own
    a = meeting("e1", "A", ["Hans Weber", "Duchess of Lyr"])
    b = meeting("e2", "B", ["Hans Weber", "Lena Brook", "Bo Lind"])
    out = cluster_events([a, b])
    assert out[0].cluster_id != out[1].cluster_id


def test_a_meeting_told_with_a_pronoun_names_its_counterpart_as_a_party() -> None:
    # "He met Omar Haddad in Velmora" (he = Hans Weber) / "Weber met Lena Brook and Bo Lind in Velmora": two meetings
    a = Event("e1", "A", "meeting", "meeting", (Participant("Hans Weber", mention="He"),
                                                Participant("Omar Haddad", mention="Omar Haddad")),
              location=VELMORA, date_start=D, date_end=D, status="occurred")
    b = meeting("e2", "B", ["Hans Weber", "Lena Brook", "Bo Lind"])
    out = cluster_events([a, b])
    assert out[0].cluster_id != out[1].cluster_id


def test_a_meeting_with_a_person_from_context_does_not_name_a_party() -> None:
    # "talks with Omar Haddad" whose traveller comes from the story, not the sentence: weak, it may still join
    a = Event("e1", "A", "meeting", "meeting", (Participant("Hans Weber", mention=None),
                                                Participant("Omar Haddad", mention="Omar Haddad")),
              location=VELMORA, date_start=D, date_end=D, status="occurred")
    b = meeting("e2", "B", ["Hans Weber", "Omar Haddad", "Lena Brook"])
    out = cluster_events([a, b])
    assert out[0].cluster_id == out[1].cluster_id
