"""A programme told ahead ("arrives on Wednesday, March 1 ... On Thursday, she will meet ...") dates its weekdays
from the programme's day, not from the day of writing; a day already gone brings the story back. Made-up text."""

from __future__ import annotations

from datetime import date

from made_up_text import run

THURSDAY_BEFORE = date(2006, 2, 23)


def test_a_programme_weekday_follows_the_programme_day(nlp):
    text = ("President Ana Ruiz arrives in Lima on Wednesday, March 1. "
            "On Thursday, Ruiz will meet Prime Minister Bo Lind at the palace.")
    events = run(nlp, text, day=THURSDAY_BEFORE)
    (meeting,) = [e for e in events if e.event_type == "meeting"]
    assert (meeting.date_start, meeting.date_end) == (date(2006, 3, 2), date(2006, 3, 2))


def test_a_day_already_gone_ends_the_programme(nlp):
    text = ("President Ana Ruiz will visit Lima on March 20. An aide, Bo Lind, arrived in Lima on Thursday to "
            "prepare the visit. Lind will fly to Cusco on Monday.")
    events = run(nlp, text, day=date(2006, 3, 5))  # a Sunday
    (flight,) = [e for e in events if e.event_type == "travel" and e.destination and e.destination.name == "Cusco"]
    assert flight.date_start == date(2006, 3, 6)

