"""cluster_events and build_itineraries on hand-built Event records (no model needed)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dateline.extractors.events import build_itineraries, cluster_events, cluster_status
from dateline.extractors.records import Event, Participant, Place

D = date(2022, 5, 10)
ROME, PARIS, FRANCE = Place("Rome", "IT"), Place("Paris", "FR"), Place("France", "FR")


def ev(eid, art, etype, subtype, people, *, loc=None, origin=None, dest=None, start=None, end=None, status="occurred",
       from_context=()):
    """An event whose people are named in its sentence (``mention`` set), except those in ``from_context``."""
    parts = tuple(Participant(p, mention=None if p in from_context else p) for p in people)
    return Event(eid, art, etype, subtype, parts, location=loc, origin=origin,
                 destination=dest, date_start=start, date_end=end if end is not None else start, status=status)


def test_same_meeting_across_articles_one_cluster_and_reconciled():
    a = ev("e1", "A", "meeting", "bilateral talks", ["Ana Ruiz", "Bo Lind"], loc=ROME, start=D)
    b = ev("e2", "B", "meeting", "talks", ["Ruiz", "Lind"], status="planned")  # undated, unplaced, surname only
    out = cluster_events([a, b], published={"B": date(2022, 5, 9)})  # B's date places its undated mention
    assert out[0].cluster_id == out[1].cluster_id and out[0].cluster_id.startswith("clu_")
    assert out[1].location == ROME and out[1].date_start == D  # gaps filled from the cluster
    assert out[1].status == "planned"  # status stays what that article reported
    assert cluster_status(out) == "occurred"


def test_people_only_from_context_do_not_link_an_undated_mention_to_another_report():
    a = ev("e1", "A", "meeting", "talks", ["Ana Ruiz", "Bo Lind"], loc=ROME, start=D)
    b = ev("e2", "B", "meeting", "meeting", ["Bo Lind", "Cy Moss"], from_context={"Bo Lind", "Cy Moss"})
    out = cluster_events([a, b])
    assert out[0].cluster_id != out[1].cluster_id
    assert {p.name for p in out[0].participants} == {"Ana Ruiz", "Bo Lind"}  # nothing borrowed from b


def test_specific_subtypes_are_not_merged():
    a = ev("e1", "A", "meeting", "bilateral talks", ["Ana Ruiz", "Bo Lind"], loc=ROME, start=D)
    b = ev("e2", "B", "meeting", "two-plus-two talks", ["Ana Ruiz", "Bo Lind", "Cy Moss"], loc=ROME, start=D)
    out = cluster_events([a, b])
    assert out[0].cluster_id != out[1].cluster_id


def test_cluster_ids_do_not_depend_on_input_order():
    evs = [ev("e1", "A", "travel", "arrive", ["Ana Ruiz"], dest=FRANCE, start=D),
           ev("e2", "B", "travel", "arrive", ["Ana Ruiz"], dest=PARIS, start=D),
           ev("e3", "C", "meeting", "summit", ["Bo Lind"], loc=ROME, start=D)]
    one = {e.event_id: e.cluster_id for e in cluster_events(evs)}
    two = {e.event_id: e.cluster_id for e in cluster_events(list(reversed(evs)))}
    assert one == two and one["e1"] == one["e2"] != one["e3"]
    assert next(e for e in cluster_events(evs) if e.event_id == "e1").destination == PARIS  # the city wins


def test_itinerary_orders_stops_and_sets_arrive_depart():
    d16, d17, d18 = date(2022, 5, 16), date(2022, 5, 17), date(2022, 5, 18)
    evs = [
        ev("m1", "A", "meeting", "talks", ["Ana Ruiz", "Bo Lind"], loc=ROME, start=d16),
        ev("t1", "A", "travel", "depart", ["Ana Ruiz"], origin=ROME, dest=PARIS, start=d17, status="planned"),
        ev("m2", "A", "meeting", "talks", ["Ana Ruiz"], loc=PARIS, start=d17, end=d18, status="planned"),
        ev("t2", "B", "travel", "travel", ["Ana Ruiz"], dest=Place("Berlin", "DE"), start=d18, status="planned"),
        ev("x", "B", "travel", "travel", ["Ana Ruiz"], dest=Place("Oslo", "NO"), start=d18, status="cancelled"),
    ]
    stops = build_itineraries(cluster_events(evs))
    assert {s.traveler for s in stops} == {"Ana Ruiz"}  # Bo Lind never travels
    got = [(s.place, s.arrive, s.depart) for s in stops]
    assert got == [("Rome", d16, d17), ("Paris", d17, d18), ("Berlin", d18, None)]  # Rome known from the d16 talks
    assert [s.stop_index for s in stops] == [0, 1, 2]


def test_undated_step_keeps_its_place_in_the_story():
    d9, d11 = date(2022, 5, 9), date(2022, 5, 11)
    evs = [
        ev("a", "A", "travel", "arrive", ["Tom Vale"], dest=Place("Berlin", "DE"), start=d9),
        Event("b", "A", "travel", "travel", (Participant("Tom Vale"),), destination=Place("Copenhagen", "DK"),
              status="planned", start_char=80),
        Event("c", "A", "travel", "return", (Participant("Tom Vale"),), destination=Place("Madrid", "ES"),
              date_start=d11, date_end=d11, status="planned", start_char=120),
    ]
    got = [(s.place, s.arrive, s.depart) for s in build_itineraries(cluster_events(evs))]
    # the return to Madrid says the journey began there: left on the journey's first day
    assert got == [("Madrid", None, d9), ("Berlin", d9, None), ("Copenhagen", None, d11), ("Madrid", d11, None)]


def test_described_places_are_no_itinerary_stops():
    """'fled abroad', 'to a camp': kept on the event, but not on the map, so not a stop."""
    d = date(2022, 5, 16)
    evs = [
        ev("t1", "A", "travel", "flee", ["Ana Ruiz"], origin=ROME, dest=Place("abroad"), start=d),
        ev("t2", "A", "travel", "travel", ["Ana Ruiz"], dest=Place("refugee camp"), start=date(2022, 5, 17)),
    ]
    stops = build_itineraries(cluster_events(evs))
    assert [s.place for s in stops] == ["Rome"]


def test_a_meeting_on_the_day_of_leaving_comes_before_the_departure():
    cairo, tunis = Place("Cairo", "EG", 30.06, 31.25), Place("Tunis", "TN", 36.8, 10.18)
    met = ev("m", "A", "meeting", "meeting", ["Wang Yi", "Sameh Shoukry"], loc=cairo, start=D)
    left = ev("t", "A", "travel", "depart", ["Wang Yi"], origin=cairo, dest=tunis, start=D)
    stops = [s for s in build_itineraries(cluster_events([left, met])) if s.traveler == "Wang Yi"]
    assert [s.place for s in stops] == ["Cairo", "Tunis"]
    assert stops[0].depart == D and stops[1].arrive == D


def test_a_step_dated_by_a_period_follows_the_dated_steps_it_contains():
    algiers, beijing = Place("Algiers", "DZ", 36.7, 3.0), Place("Beijing", "CN", 39.9, 116.4)
    tue, week = date(2024, 1, 16), (date(2024, 1, 15), date(2024, 1, 21))
    a = ev("a", "A", "travel", "travel", ["Wang Yi"], dest=algiers, start=tue)
    b = ev("b", "A", "travel", "return", ["Wang Yi"], dest=beijing, start=week[0], end=week[1], status="planned")
    a = replace(a, start_char=10)
    b = replace(b, start_char=50)  # written after the Algiers leg
    stops = [s.place for s in build_itineraries(cluster_events([b, a]))]
    assert stops == ["Beijing", "Algiers", "Beijing"]  # (the return also says the journey began in Beijing)


def test_people_read_from_a_group_noun_do_not_link_reports():
    a = ev("e1", "A", "meeting", "talks", ["Ana Ruiz", "Bo Lind"], loc=ROME, start=D)
    b = Event("e2", "B", "meeting", "meeting", (Participant("Bo Lind", mention="ministers"),
                                                Participant("Cy Moss", mention="ministers")))
    out = cluster_events([a, b])
    assert out[0].cluster_id != out[1].cluster_id


def test_a_traveller_whose_only_trip_was_called_off_keeps_the_stops_of_their_other_meetings():
    evs = [
        ev("t1", "A", "travel", "visit", ["Ana Ruiz"], dest=Place("Berlin", "DE"), status="cancelled"),
        ev("m1", "A", "meeting", "talks", ["Ana Ruiz", "Bo Lind"], loc=ROME, start=D, status="planned"),
    ]
    stops = build_itineraries(cluster_events(evs))
    assert [(s.traveler, s.place) for s in stops] == [("Ana Ruiz", "Rome")]


def test_a_visit_dated_by_a_week_gives_no_arrival_or_departure_day_and_a_dated_report_stands_for_it():
    monday, sunday = date(2022, 5, 16), date(2022, 5, 22)
    week = replace(ev("w", "A", "travel", "visit", ["Ana Ruiz"], dest=PARIS, start=monday, end=sunday,
                      status="planned"), date_value="2022-W20")
    (stop,) = build_itineraries(cluster_events([week]))
    assert (stop.place, stop.arrive, stop.depart) == ("Paris", None, None)  # "this week" says when, not which days
    days = replace(week, event_id="d", date_start=date(2022, 5, 17), date_end=date(2022, 5, 19), date_value=None)
    (stop,) = build_itineraries(cluster_events([week, days]))
    assert (stop.arrive, stop.depart) == (date(2022, 5, 17), date(2022, 5, 19))


def test_half_of_a_visit_s_span_takes_the_whole_from_another_report():
    whole = ev("e1", "A", "travel", "visit", ["Maria Lopez"], dest=PARIS, start=D, end=date(2022, 5, 12))
    ended = ev("e2", "B", "travel", "visit", ["Maria Lopez"], dest=PARIS, end=date(2022, 5, 12))  # "wrapped up today"
    out = cluster_events([whole, ended])
    assert out[0].cluster_id == out[1].cluster_id
    assert (out[1].date_start, out[1].date_end) == (D, date(2022, 5, 12))
