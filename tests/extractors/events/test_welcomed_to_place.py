"""A host who welcomes or receives a guest TO a city or country ('will welcome B to Norland', 'hoped to welcome B
to Peru') tells the guest's trip there from the host's side, not a meeting of its own; a welcome to a
site ('to the palace') is still where the two meet. Made-up sentences through the real pipeline."""

from __future__ import annotations

import pytest
from made_up_text import meetings, names, trips


@pytest.mark.parametrize("text", [
    "President Tomas Varga will welcome Prime Minister Elin Dorsk to Peru next month.",
    "President Tomas Varga said he hoped to welcome Prime Minister Elin Dorsk to Norland later in the year.",
    "President Tomas Varga will receive Prime Minister Elin Dorsk to Peru in the autumn.",
])
def test_a_welcome_to_a_country_or_city_is_no_meeting(nlp, text):
    assert meetings(nlp, text) == []


def test_the_host_is_made_no_traveller(nlp):
    got = trips(nlp, "President Tomas Varga will welcome Prime Minister Elin Dorsk to Peru next month.")
    assert all("Tomas Varga" not in names(e) for e in got)


def test_a_call_and_an_invitation_to_the_country_leave_the_call_alone(nlp):
    text = ("Prime Minister Elin Dorsk of Norland and President Tomas Varga of Peru talked by telephone on "
            "Tuesday. Dorsk said she hoped to welcome Varga to Norland later in the year.")
    (call,) = meetings(nlp, text)
    assert call.subtype == "phone call" and names(call) == {"Tomas Varga", "Elin Dorsk"}


@pytest.mark.parametrize("text", [
    "President Tomas Varga welcomed Prime Minister Elin Dorsk to the palace on Tuesday.",
    "President Tomas Varga received Prime Minister Elin Dorsk in Lima on Tuesday.",
    "President Tomas Varga welcomed Prime Minister Elin Dorsk to the White House on Tuesday.",
])
def test_a_welcome_at_a_site_or_in_a_city_is_still_a_meeting(nlp, text):
    (m,) = meetings(nlp, text)
    assert names(m) == {"Tomas Varga", "Elin Dorsk"}
