"""An undated departure that reaches nowhere in its report ('Before leaving Madrid, she said ...') is dated only by
what places the traveller at its place, so it never splits another stop (made-up events; no model)."""

from __future__ import annotations

from test_itinerary_evidence import AMMAN, CAIRO, MON, TUE, TUNIS, WED, event, person, stops

from dateline.extractors.records import Place

MADRID = Place("Madrid", "ES", 40.42, -3.70)


def test_leaving_home_told_after_the_visit_comes_first():
    """'Maria Lopez arrived in Tunis on Monday for a three-day visit and will meet Omar Haddad on Tuesday. ...
    Before leaving Madrid, she said ...': Madrid, then Tunis; the meeting's day does not date the departure."""
    lopez = [person("Maria Lopez", "ES")]
    evs = [event("v", "travel", lopez, dest=TUNIS, start=MON, end=WED, subtype="visit", at=10),
           event("a", "travel", lopez, dest=TUNIS, start=MON, subtype="arrive", at=12),
           event("m", "meeting", [*lopez, person("Omar Haddad", "TN")], loc=TUNIS, start=TUE, at=40,
                 status="planned"),
           event("d", "travel", lopez, origin=MADRID, subtype="depart", at=90, status="occurred")]
    assert stops(evs, "Maria Lopez") == [("Madrid", None, MON), ("Tunis", MON, WED)]


def test_leaving_a_city_is_dated_by_the_last_day_the_traveller_was_there():
    """Talks in Cairo on Tuesday, in Tunis on Wednesday, talks in Amman told after them but held on Monday, then
    'Before leaving Cairo, he said ...': he left Cairo after Tuesday's talks, not on Monday, the day of the step
    written just before the departure, which would put Cairo on both sides of Amman."""
    weber = [person("Hans Weber", "DE")]
    evs = [event("c", "meeting", [*weber, person("Omar Haddad", "EG")], loc=CAIRO, start=TUE, at=10),
           event("t", "travel", weber, dest=TUNIS, start=WED, subtype="arrive", at=40),
           event("j", "meeting", [*weber, person("Karim Saleh", "JO")], loc=AMMAN, start=MON, at=60),
           event("d", "travel", weber, origin=CAIRO, subtype="depart", at=90)]
    assert stops(evs, "Hans Weber") == [("Amman", MON, MON), ("Cairo", TUE, WED), ("Tunis", WED, None)]


def test_a_departure_with_no_dated_step_in_its_article_stays_undated():
    """An article that dates nothing gives its departure no day: it sorts after the dated stops."""
    lopez = [person("Maria Lopez", "ES")]
    evs = [event("a", "travel", lopez, dest=TUNIS, start=MON, subtype="arrive", at=10),
           event("d", "travel", lopez, art="B", origin=MADRID, subtype="depart", at=10)]
    assert stops(evs, "Maria Lopez") == [("Tunis", MON, None), ("Madrid", None, None)]
