"""A stop's last day from the next stop's reported arrival, and short surnames as one traveller (made-up events; no
model). ``stops`` also checks the store's fold against one build."""

from __future__ import annotations

from test_itinerary_evidence import CAIRO, MON, TUNIS, WED, event, person, stops


def test_a_stop_opened_by_a_return_s_own_departure_is_still_left_the_day_the_return_arrives():
    """Arrived in Cairo on Monday; 'will return to Tunis on Wednesday' told in another article: the return's own
    departure from Tunis opens the Tunis stop, but Cairo was left the day Tunis was reached."""
    haas = [person("Lena Haas", "TN")]
    evs = [event("t1", "travel", haas, dest=CAIRO, start=MON, subtype="arrive"),
           event("t2", "travel", haas, art="B", dest=TUNIS, start=WED, subtype="return", status="planned")]
    assert stops(evs, "Lena Haas") == [("Cairo", MON, WED), ("Tunis", WED, None)]


def test_a_meeting_at_the_next_place_does_not_say_when_the_stop_was_left():
    """Arrived in Cairo on Monday, talks in Tunis on Wednesday: they were in Tunis then, not known since when."""
    haas = [person("Lena Haas", "DE")]
    evs = [event("t1", "travel", haas, dest=CAIRO, start=MON, subtype="arrive"),
           event("m1", "meeting", [*haas, person("Sami Ben Ali", "TN")], art="B", loc=TUNIS, start=WED)]
    assert stops(evs, "Lena Haas") == [("Cairo", MON, None), ("Tunis", WED, WED)]


def test_a_two_letter_surname_alone_is_the_full_name_s_traveller():
    """'Wu Tong arrived in Cairo'; another report: 'Wu flew on to Tunis'. One traveller with two stops, not a
    traveller 'Wu' of their own."""
    evs = [event("t1", "travel", [person("Wu Tong", "CN")], dest=CAIRO, start=MON, subtype="arrive"),
           event("t2", "travel", [person("Wu", "CN")], art="B", dest=TUNIS, start=WED, subtype="arrive")]
    assert stops(evs, "Wu Tong") == [("Cairo", MON, WED), ("Tunis", WED, None)]
    assert stops(evs, "Wu") == []


def test_a_two_letter_surname_two_travellers_share_stays_apart():
    """With 'Wu Tong' and 'Wu Lan' both travelling, 'Wu' alone could be either: it is nobody's stop."""
    evs = [event("t1", "travel", [person("Wu Tong", "CN")], dest=CAIRO, start=MON, subtype="arrive"),
           event("t2", "travel", [person("Wu Lan", "CN")], art="C", dest=CAIRO, start=MON, subtype="arrive", at=5),
           event("t3", "travel", [person("Wu", "CN")], art="B", dest=TUNIS, start=WED, subtype="arrive")]
    assert stops(evs, "Wu Tong") == [("Cairo", MON, None)]
    assert stops(evs, "Wu Lan") == [("Cairo", MON, None)]
