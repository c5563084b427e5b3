"""A visit's last day from the story's days there (visit_end): a landing told with no length and no departure lasts
to the last day the story has its travellers at that place, up to the first step that has them elsewhere. Made-up
sentences parsed by the real pipeline; candidates built by hand around their triggers."""

from __future__ import annotations

from datetime import date

from dateline.extractors.events.candidate import Candidate
from dateline.extractors.events.visit_end import last_day_there
from dateline.extractors.events.visit_span import span_landings
from dateline.extractors.records import Participant, Place

MON, TUE, WED = date(2022, 5, 9), date(2022, 5, 10), date(2022, 5, 11)
LIMA = Place(name="Lima", country_code="PE")
PERU = Place(name="Peru", country_code="PE")
QUITO = Place(name="Quito", country_code="EC")
ANA, LUIS = "Ana Ruiz", "Luis Vega"
STORY = ("Ana Ruiz arrived in Lima on Monday. On Tuesday she met Luis Vega in Quito. "
         "On Wednesday she met Luis Vega in Lima.")


def _landing(doc, status: str = "occurred") -> Candidate:
    return Candidate("travel", "arrive", doc[2], [Participant(name=ANA)], None, None, LIMA, MON, MON, None, "own",
                     status)


def _meeting(doc, nth: int, day: date, where: Place | None, *, source: str = "own",
             status: str = "occurred") -> Candidate:
    t = [x for x in doc if x.text == "met"][nth]
    c = Candidate("meeting", "meeting", t, [Participant(name=ANA), Participant(name=LUIS)], where, None, None, day,
                  day, None, source, status)
    c.start_char = t.idx
    return c


def test_the_last_day_the_story_has_them_there_ends_the_visit(nlp):
    doc = nlp(STORY)
    landing, there = _landing(doc), _meeting(doc, 1, WED, LIMA)
    span_landings([landing, there], [landing, there], {ANA, LUIS})
    assert (landing.date_start, landing.date_end) == (MON, WED)
    assert (there.date_start, there.date_end) == (WED, WED)  # the step keeps its own day


def test_a_step_in_the_country_they_landed_in_counts(nlp):
    doc = nlp(STORY)
    landing, there = _landing(doc), _meeting(doc, 1, WED, PERU)
    assert last_day_there(landing, [landing, there], {ANA, LUIS}) == WED


def test_a_step_elsewhere_first_ends_the_reading(nlp):
    doc = nlp(STORY)
    landing = _landing(doc)
    away, back = _meeting(doc, 0, TUE, QUITO), _meeting(doc, 1, WED, LIMA)
    assert last_day_there(landing, [landing, away, back], {ANA, LUIS}) is None
    span_landings([landing, away, back], [landing, away, back], {ANA, LUIS})
    assert (landing.date_start, landing.date_end) == (MON, MON)


def test_what_does_not_place_them_there(nlp):
    doc = nlp(STORY)
    landing, known = _landing(doc), {ANA, LUIS}
    guessed = _meeting(doc, 1, WED, LIMA, source="context")  # a day the story guessed, not the step's own
    off = _meeting(doc, 1, WED, LIMA, status="cancelled")  # a step called off was not there
    later = _meeting(doc, 1, date(2022, 6, 1), LIMA)  # three weeks on: another visit
    unplaced = _meeting(doc, 1, WED, None)  # no place: says nothing of where she was
    for step in (guessed, off, later, unplaced):
        assert last_day_there(landing, [landing, step], known) is None
    someone_else = _meeting(doc, 1, WED, LIMA)
    someone_else.participants = [Participant(name=LUIS)]
    assert last_day_there(landing, [landing, someone_else], known) is None


def test_a_planned_landing_reads_the_planned_steps(nlp):
    doc = nlp(STORY)
    landing = _landing(doc, status="planned")
    done, plan = _meeting(doc, 1, TUE, LIMA), _meeting(doc, 1, WED, LIMA, status="planned")
    assert last_day_there(landing, [landing, done, plan], {ANA, LUIS}) == WED


def test_a_trip_told_on_one_day_begins_the_stay(nlp):
    doc = nlp("Ana Ruiz will travel to Lima on Monday. On Wednesday she met Luis Vega in Lima.")
    trip = Candidate("travel", "travel", doc[3], [Participant(name=ANA)], None, None, LIMA, MON, MON, None, "own",
                     "occurred")
    there = _meeting(doc, 0, WED, LIMA)
    span_landings([trip, there], [trip, there], {ANA, LUIS})
    assert (trip.date_start, trip.date_end) == (MON, WED)
    leaving = Candidate("travel", "depart", doc[3], [Participant(name=ANA)], None, LIMA, QUITO, MON, MON, None,
                        "own", "occurred")
    assert last_day_there(leaving, [leaving, there], {ANA, LUIS}) is None  # a departure begins no stay there


def test_a_move_told_by_another_events_time_begins_no_stay(nlp):
    doc = nlp("On Monday Ana Ruiz attended a ceremony in Cusco before flying to Lima in the evening. "
              "On Wednesday she met Luis Vega in Lima.")
    flight = Candidate("travel", "travel", next(t for t in doc if t.text == "flying"), [Participant(name=ANA)], None,
                       None, LIMA, MON, MON, None, "own", "occurred")
    there = _meeting(doc, 0, WED, LIMA)
    assert last_day_there(flight, [flight, there], {ANA, LUIS}) is None


def test_a_flight_begins_no_stay(nlp):
    doc = nlp("Ana Ruiz will fly to Lima on Monday. On Wednesday she will meet Luis Vega in Lima.")
    flight = Candidate("travel", "travel", doc[3], [Participant(name=ANA)], None, None, LIMA, MON, MON, None, "own",
                       "planned")
    t = next(x for x in doc if x.text == "meet")
    there = Candidate("meeting", "meeting", t, [Participant(name=ANA), Participant(name=LUIS)], LIMA, None, None, WED,
                      WED, None, "own", "planned")
    assert last_day_there(flight, [flight, there], {ANA, LUIS}) is None
