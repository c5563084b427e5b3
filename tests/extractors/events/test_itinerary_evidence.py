"""How itinerary stops are chosen, ordered and dated from all of a traveller's events (made-up events; no model)."""

from __future__ import annotations

from datetime import date

from dateline.extractors.events import build_itineraries, cluster_events
from dateline.extractors.records import Event, Participant, Place
from dateline.itineraries import itineraries

CAIRO, TUNIS = Place("Cairo", "EG", 30.06, 31.25), Place("Tunis", "TN", 36.8, 10.18)
AMMAN = Place("Amman", "JO", 31.95, 35.93)
MON, TUE, WED = date(2022, 5, 16), date(2022, 5, 17), date(2022, 5, 18)


def person(name: str, country: str | None = None) -> Participant:
    return Participant(name, country_code=country, mention=name)


def event(eid: str, etype: str, people: list[Participant], *, art: str = "A", at: int = 0, loc: Place | None = None,
          origin: Place | None = None, dest: Place | None = None, start: date | None = None,
          end: date | None = None, status: str = "occurred", subtype: str | None = None) -> Event:
    return Event(eid, art, etype, subtype or ("talks" if etype == "meeting" else "travel"), tuple(people),
                 location=loc, origin=origin, destination=dest, date_start=start,
                 date_end=end if end is not None else start, status=status, start_char=at)


def stops(events: list[Event], who: str) -> list[tuple[str, date | None, date | None]]:
    clustered = cluster_events(events)
    built = build_itineraries(clustered)
    assert itineraries(clustered) == sorted(built, key=lambda s: (s.traveler, s.stop_index))  # the store agrees
    return [(s.place, s.arrive, s.depart) for s in built if s.traveler == who]


def test_an_envoy_meeting_abroad_travels_there_and_the_host_does_not():
    evs = [event("m1", "meeting", [person("Hans Weber", "DE"), person("Omar Haddad", "EG")], loc=CAIRO, start=MON),
           event("m2", "meeting", [person("Hans Weber", "DE"), person("Karim Saleh", "JO")], loc=AMMAN, start=WED,
                 at=50)]
    # known there only from the talks: arrived and left, as far as anyone can tell, on their day
    assert stops(evs, "Hans Weber") == [("Cairo", MON, MON), ("Amman", WED, WED)]
    assert stops(evs, "Omar Haddad") == [] and stops(evs, "Karim Saleh") == []  # at home


def test_no_trip_is_read_from_a_meeting_without_a_day_a_known_country_or_a_full_name():
    evs = [event("m1", "meeting", [person("Hans Weber", "DE")], loc=CAIRO),  # undated
           event("m2", "meeting", [person("Maria Lopez")], loc=CAIRO, start=MON),  # country unknown
           event("m3", "meeting", [person("Weber", "DE"), person("Germany", "DE")], loc=TUNIS, start=TUE)]
    assert build_itineraries(cluster_events(evs)) == []


def test_talks_somewhere_else_on_the_day_of_an_arrival_came_before_it():
    """'After talks in Cairo on Tuesday, she flew to Tunis': Cairo, left that day, then Tunis."""
    evs = [event("m", "meeting", [person("Maria Lopez", "ES"), person("Omar Haddad", "EG")], loc=CAIRO, start=TUE,
                 at=60),
           event("t", "travel", [person("Maria Lopez", "ES")], dest=TUNIS, start=TUE, at=10),
           event("n", "meeting", [person("Maria Lopez", "ES")], loc=TUNIS, start=TUE, at=90)]
    assert stops(evs, "Maria Lopez") == [("Cairo", TUE, TUE), ("Tunis", TUE, None)]


def test_a_list_of_countries_one_verb_governs_keeps_the_order_it_is_written_in():
    """'will visit Portugal on Tuesday, then France and Norway': one offset, three legs, in the sentence's order,
    even when a leg's place was refined from another report (France -> Paris: found by its country's name)."""
    sentence = "Hans Weber will visit Portugal on Tuesday, then France and Norway."
    legs = [("t1", Place("Portugal", "PT"), TUE), ("t2", Place("Paris", "FR", 48.86, 2.35), None),
            ("t3", Place("Norway", "NO"), None)]
    evs = [Event(eid, "A", "travel", "visit", (person("Hans Weber"),), destination=place, date_start=day,
                 date_end=day, status="planned", sentence=sentence, start_char=30) for eid, place, day in legs]
    later = event("m", "meeting", [person("Hans Weber"), person("Omar Haddad")], loc=CAIRO, start=WED, at=200,
                  status="planned")
    for order in (evs, list(reversed(evs))):
        assert [p for p, _, _ in stops([*order, later], "Hans Weber")] == ["Portugal", "Paris", "Norway", "Cairo"]


def test_a_trip_dated_only_by_its_start_arrives_that_day():
    """'will visit Japan from Monday': there on Monday; the end is not known."""
    e = event("t", "travel", [person("Maria Lopez")], dest=Place("Japan", "JP"), start=MON, status="planned")
    e = Event(**{**e.__dict__, "date_end": None})
    assert stops([e], "Maria Lopez") == [("Japan", MON, None)]


def test_a_stop_reached_by_a_trip_is_not_closed_by_its_meetings():
    """Arrived on Monday, talks on Tuesday: when they left is not known."""
    evs = [event("t", "travel", [person("Maria Lopez")], dest=TUNIS, start=MON),
           event("m", "meeting", [person("Maria Lopez"), person("Omar Haddad")], loc=TUNIS, start=TUE, at=40)]
    assert stops(evs, "Maria Lopez") == [("Tunis", MON, None)]


def test_one_name_written_with_and_without_accents_is_one_traveller():
    """'José Muñoz' in one report, 'Jose Munoz' in another and 'Muñoz' in a third: one itinerary."""
    evs = [event("t1", "travel", [person("José Muñoz")], dest=TUNIS, start=MON),
           event("t2", "travel", [person("Jose Munoz")], art="B", dest=CAIRO, start=TUE),
           event("t3", "travel", [person("Muñoz")], art="C", dest=AMMAN, start=WED)]
    built = build_itineraries(cluster_events(evs))
    assert len({s.traveler for s in built}) == 1
    assert [s.place for s in built] == ["Tunis", "Cairo", "Amman"]


def test_a_stop_is_left_no_later_than_the_next_one_is_reached():
    """'arrived in Cairo on Monday on a three-day visit ... arrived in Amman on Tuesday': Cairo was left by Tuesday,
    whatever the visit's announced last day."""
    weber = [person("Hans Weber", "DE")]
    evs = [event("t1", "travel", weber, dest=CAIRO, start=MON, end=WED, subtype="visit"),
           event("t2", "travel", weber, dest=AMMAN, start=TUE, subtype="arrive", at=80)]
    assert stops(evs, "Hans Weber") == [("Cairo", MON, TUE), ("Amman", TUE, None)]
