"""A role told first and its holder named later: 'met Peru's vice minister for trade ... the vice minister, Ana
Ruiz, said' means Ana Ruiz, and hyphenated given names with a lower-case second half ('Bo Kye-gwan') are names, so
the meeting's other side is the person the page names in that role. Made-up text."""

from __future__ import annotations

from made_up_text import meetings


def _names(event) -> list[str]:
    return [p.name for p in event.participants]


def test_a_hyphenated_given_name_is_one_name(nlp):
    (meeting,) = meetings(nlp, "Governor Tom Reed met Bo Kye-gwan in Lima on Monday.")
    assert sorted(_names(meeting)) == ["Bo Kye-gwan", "Tom Reed"]


def test_a_name_the_model_stops_at_the_hyphen_is_read_whole(nlp):
    (meeting,) = meetings(nlp, "President Ana Jae-in met Governor Tom Reed in Lima on Monday.")
    assert "Ana Jae-in" in _names(meeting)


def test_a_role_told_first_is_the_holder_named_later(nlp):
    text = ("Governor Tom Reed met for an hour on Monday with Peru's vice minister for trade in Lima. "
            "Reed said that the vice minister, Ana Sol-hee, was eager to talk.")
    (meeting,) = meetings(nlp, text)
    assert sorted(_names(meeting)) == ["Ana Sol-hee", "Tom Reed"]
