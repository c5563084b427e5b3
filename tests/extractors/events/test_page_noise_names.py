"""Page noise is nobody: a date element run into the next word by a page's markup names no traveller or side of a
meeting. Made-up text and people."""

from __future__ import annotations

from made_up_text import run


def test_a_date_glued_to_the_next_word_is_no_traveller(nlp):
    text = ("Minister lands in Lima\n"
            "March 10, 2016Blue Star One landed late on Thursday at Lima's airport.\n"
            "Maria Lopez will hold talks with President Jorge Ruiz on Friday.")
    events = run(nlp, text)
    names = [p.name for e in events for p in e.participants]
    assert not any(n[:1].isdigit() for n in names), names
    assert any(e.event_type == "meeting" and {"Maria Lopez", "Jorge Ruiz"} <= {p.name for p in e.participants}
               for e in events)
