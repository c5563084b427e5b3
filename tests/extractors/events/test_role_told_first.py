"""Hyphenated given names with a lower-case second half ('Bo Sol-hee') are names; a role told first ('met Peru's
vice minister for trade ... the vice minister, Ana Sol-hee, said') is not resolved by guessing the one holder of no
known country. Made-up text."""

from __future__ import annotations

from made_up_text import meetings


def _names(event) -> list[str]:
    return [p.name for p in event.participants]


def test_a_hyphenated_given_name_is_one_name(nlp):
    (meeting,) = meetings(nlp, "Governor Tom Reed met Bo Sol-hee in Lima on Monday.")
    assert sorted(_names(meeting)) == ["Bo Sol-hee", "Tom Reed"]


def test_a_name_the_model_stops_at_the_hyphen_is_read_whole(nlp):
    (meeting,) = meetings(nlp, "President Ana Mi-rae met Governor Tom Reed in Lima on Monday.")
    assert "Ana Mi-rae" in _names(meeting)




def test_a_role_told_first_with_no_country_holder_is_not_guessed(nlp):
    """The page names a vice minister later without saying whose: no holder of Peru's office is known, so no meeting
    is given the one holder of no known country (a fallback tried and taken back: it cost precision elsewhere)."""
    text = ("Governor Tom Reed met for an hour on Monday with Peru's vice minister for trade in Lima. "
            "Reed said that the vice minister, Ana Sol-hee, was eager to talk.")
    assert all("Ana Sol-hee" not in _names(m) for m in meetings(nlp, text))


def test_a_possessor_country_is_read_without_its_ending(nlp):
    """'met New Zealand's deputy minister': the country is New Zealand even when the model takes the "'s" into the
    place name (it does here), so the office's holder the page names for it is the meeting's other side."""
    text = ("New Zealand Deputy Minister Ana Sol-hee arrived in Quito on Sunday. "
            "Governor Tom Reed met New Zealand's deputy minister for fisheries in Quito on Monday.")
    assert any(sorted(_names(m)) == ["Ana Sol-hee", "Tom Reed"] for m in meetings(nlp, text))
