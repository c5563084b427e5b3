"""Two clause-level limits on what a meeting takes from another clause of its sentence. A verb coordinated with a
visit to a named site ('will visit the old town, meet with X') is not held at that site; a trip to a city still
places the meeting told with it. A talk promised in a participle ('Vowing to discuss ... with X, Y spoke this
week') takes no day from the clause the participle modifies. Made-up names and sites."""

from __future__ import annotations

from made_up_text import meetings, names


def test_a_meeting_coordinated_with_a_site_visit_is_not_held_at_the_site(nlp):
    text = ("Lorvian President Anton Belsky arrived in Lima on Thursday.\n"
            "Belsky will visit Lima's Kestrel City, meet with Mayor Piet Halvo, and open a trade fair.\n")
    (m,) = [m for m in meetings(nlp, text) if "Piet Halvo" in names(m)]
    assert m.location is None or "Kestrel" not in m.location.name


def test_a_meeting_coordinated_with_a_city_visit_is_held_in_the_city(nlp):
    text = "Lorvian President Anton Belsky will visit Lima next week and meet President Marek Oduya.\n"
    (m,) = [m for m in meetings(nlp, text) if "Marek Oduya" in names(m)]
    assert m.location is not None and m.location.name == "Lima"


def test_talks_promised_in_a_participle_take_no_day_of_the_main_clause(nlp):
    text = ("Vowing to discuss the dispute with President Marek Oduya openly, Belsky set out his aims "
            "this week in a speech to the Lorvian parliament.\n")
    (m,) = [m for m in meetings(nlp, text) if "Marek Oduya" in names(m)]
    assert m.date_start is None and m.date_end is None


def test_talks_with_a_day_of_their_own_keep_it(nlp):
    text = ("Hoping to discuss the dispute with President Marek Oduya on Friday, Belsky set out his aims "
            "this week.\n")
    (m,) = [m for m in meetings(nlp, text) if "Marek Oduya" in names(m)]
    assert m.date_start is not None and m.date_start.isoweekday() == 5
