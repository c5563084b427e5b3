"""A middle initial glued to the surname ('Maria K.Lopez': no space after the full stop, one token) is the name
'Maria K. Lopez', family name 'Lopez': a later 'Ms Lopez' is the same person, so the call the page's first line
tells and the talks of its body are one event of the same two sides. Made-up sentences."""

from __future__ import annotations

from made_up_text import meetings, names


def test_a_glued_initial_is_read_as_the_name_it_is(nlp):
    text = ("Prime Minister Hans Weber had a telephone conversation with President Maria K.Lopez. "
            "Mr Weber and Ms Lopez discussed trade on Tuesday.")
    got = meetings(nlp, text)
    assert {n for e in got for n in names(e)} == {"Hans Weber", "Maria K. Lopez"}
    assert len(got) == 1


def test_a_later_surname_alone_takes_the_spaced_full_name(nlp):
    text = ("President Maria K.Lopez arrived in Lima on Monday. Lopez met Prime Minister Hans Weber on Tuesday.")
    (m,) = meetings(nlp, text)
    assert names(m) == {"Hans Weber", "Maria K. Lopez"}
