"""An undated departure that reaches nowhere in its report ('Before leaving Madrid, she said ...') is dated only by
what places the traveller at its place, so it never splits another stop (made-up events; no model)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_stores import content, merged_at_once_and_in_runs
from test_itinerary_evidence import AMMAN, CAIRO, MON, TUE, TUNIS, WED, event, person, stops

from dateline.extractors.events import build_itineraries, cluster_events
from dateline.extractors.records import Event, Participant, Place
from dateline.incremental import lent_events
from dateline.merge import merged_table

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


PEOPLE = ["Ana Ruiz", "Bo Lind", "Ruiz"]
CITIES = [TUNIS, CAIRO, MADRID, Place("Spain", "ES"), Place("Egypt", "EG")]
DAY0 = date(2022, 1, 27)  # the month boundary falls inside the drawn days


@st.composite
def departures(draw, kinds: tuple[str, ...] = ("meeting", "arrive", "depart", "return")
               ) -> tuple[list[Event], list[int]]:
    """Articles mixing dated and undated arrivals, meetings, returns (home to a country or a city in it) and
    departures that reach nowhere, merged in up to four runs in any order: a later run adds steps before and after
    an undated departure of its article."""
    events: list[Event] = []
    n_articles = draw(st.integers(2, 8))
    for a in range(n_articles):
        for i in range(draw(st.integers(1, 4))):
            kind = draw(st.sampled_from(kinds))
            who = tuple(Participant(p, "ES", mention=p) for p in draw(st.lists(st.sampled_from(PEOPLE), min_size=1,
                                                                                  max_size=2, unique=True)))
            day = draw(st.one_of(st.none(), st.integers(0, 40).map(lambda n: DAY0 + timedelta(days=n))))
            place = draw(st.sampled_from(CITIES))
            events.append(Event(f"e{a}_{i}", f"art{a}", "meeting" if kind == "meeting" else "travel",
                                "talks" if kind == "meeting" else kind, who,
                                location=place if kind == "meeting" else None,
                                origin=place if kind == "depart" else None,
                                destination=place if kind in ("arrive", "return") else None,
                                date_start=day, date_end=day,
                                status=draw(st.sampled_from(["occurred", "planned"])), start_char=10 * i))
    runs = draw(st.lists(st.integers(0, 3), min_size=n_articles, max_size=n_articles))
    return events, runs


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(departures(("meeting", "arrive", "depart")))
def test_the_store_dates_undated_departures_as_one_build_does_in_any_split_into_runs(corpus) -> None:
    _store_agrees_with_one_build(corpus)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(departures())
def test_the_store_agrees_with_one_build_when_returns_are_drawn_too(corpus) -> None:
    _store_agrees_with_one_build(corpus)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(departures(), st.data())
def test_the_store_agrees_with_one_build_when_undated_pages_have_story_days(corpus, data) -> None:
    """Pages with no date of their own took a day from their story at extraction (``story_day``, in the articles
    table): merged through the store at once or in any split into runs, and built directly with those days, the
    clusters and itineraries are the same (a day borrowed at merge time depended on which articles shared a run)."""
    events, runs = corpus
    arts = sorted({e.article_id for e in events})
    days = {a: data.draw(st.one_of(st.none(), st.integers(0, 40).map(lambda n: DAY0 + timedelta(days=n))))
            for a in arts}
    _store_agrees_with_one_build(corpus, days)


def _store_agrees_with_one_build(corpus: tuple[list[Event], list[int]], story_days: dict | None = None) -> None:
    events, runs = corpus
    with merged_at_once_and_in_runs(events, runs, story_days) as (one, split):
        assert content(split)["itineraries"] == content(one)["itineraries"]
        if story_days is not None:
            assert content(split)["clusters"] == content(one)["clusters"]
        built = sorted(build_itineraries(cluster_events(events, story_days)), key=lambda s: (s.traveler, s.stop_index))
        assert [(r["traveler"], r["place"], r["arrive"], r["depart"]) for r in content(one)["itineraries"]] == \
            [(s.traveler, s.place, s.arrive, s.depart) for s in built]


def test_a_later_run_re_dates_a_return_from_its_own_place_not_the_refined_one():
    """A return home to a country ('back in Egypt') is refined to the city its article puts the traveller in; a
    later run that adds a step of the same trip re-dates the return from the report's own place, as one build does,
    so the store and one build agree on the stop."""
    day = date(2022, 2, 3)
    ev = _ruiz

    events = [ev("a1", "art0", "arrive", CAIRO, day, 0), ev("t1", "art0", "talks", TUNIS, None, 10),
              ev("r1", "art0", "return", Place("Egypt", "EG"), None, 20),
              ev("t2", "art1", "talks", TUNIS, day + timedelta(days=1), 0), ev("a2", "art1", "arrive", CAIRO, None, 10)]
    _store_agrees_with_one_build((events, [0, 1]))


def test_an_undated_return_before_its_article_s_dated_steps_agrees_in_the_store_and_one_build():
    """Drawn by the property test: an undated return home told before two dated meetings of its article (the later
    day first in the text), beside undated meetings at home in other articles. Merged through the store at once and
    built directly, the itinerary is the same (a rule dating such a step by the next dated one broke this)."""
    day = date(2022, 1, 27)
    ev = _ruiz

    events = [ev("e0", "art0", "talks", TUNIS, None, 0), ev("e1", "art1", "talks", TUNIS, None, 0),
              ev("r2", "art2", "return", TUNIS, None, 0), ev("t2", "art2", "talks", TUNIS, day + timedelta(days=1), 10),
              ev("c2", "art2", "talks", CAIRO, day, 20)]
    _store_agrees_with_one_build((events, [0, 0, 0]))


def _ruiz(eid: str, art: str, subtype: str, place: Place, when: date | None, at: int) -> Event:
    """One of Ana Ruiz's steps, as the drawn corpora give them: a meeting ('talks') at ``place`` or a trip to it."""
    meeting = subtype == "talks"
    return Event(eid, art, "meeting" if meeting else "travel", subtype,
                 (Participant("Ana Ruiz", "ES", mention="Ana Ruiz"),),
                 location=place if meeting else None, destination=None if meeting else place,
                 date_start=when, date_end=when, status="occurred", start_char=at)


def test_a_later_arrival_at_the_next_place_does_not_end_a_stop_in_the_store_only():
    """Drawn by the property test: Tunis on day 0, talks in Madrid on day 1 (one article), an arrival in Madrid on
    day 2 merged in a later run, undated talks in Tunis in other articles. The store and one build agree (a rule
    ending a stop on the day a trip reaches the next place gave Tunis a last day in one build only, and a last day
    after she was already in Madrid)."""
    day = date(2022, 1, 27)
    ev = _ruiz
    events = [ev("e0", "art0", "arrive", MADRID, day + timedelta(days=2), 0),
              ev("e1", "art1", "talks", TUNIS, None, 0), ev("e2", "art2", "talks", TUNIS, None, 0),
              ev("e3", "art3", "talks", TUNIS, None, 0), ev("e4", "art4", "arrive", TUNIS, day, 0),
              ev("e5", "art4", "talks", MADRID, day + timedelta(days=1), 10)]
    _store_agrees_with_one_build((events, [1, 0, 0, 0, 0]))


def test_a_meeting_lent_a_story_day_stays_out_of_a_rebuilt_traveller_s_stops():
    """Drawn by the property test: 'Ruiz' arrives in Tunis on day 0 and plans undated talks there (one article),
    beside undated talks of another person; a later run adds undated talks of 'Ana Ruiz', who is 'Ruiz' from then
    on, so her stops are rebuilt from the earlier month as stored. The talks took day 0 in the events table only
    (``story_stays``); the rebuilt stop keeps what the report told, as the store at once and one build do."""
    ruiz = (Participant("Ruiz", "ES", mention="Ruiz"),)
    events = [Event("e0_0", "art0", "travel", "arrive", ruiz, destination=TUNIS, date_start=DAY0, date_end=DAY0,
                    status="occurred"),
              Event("e0_1", "art0", "meeting", "talks", ruiz, location=TUNIS, status="planned", start_char=10),
              Event("e1_0", "art1", "meeting", "talks", (Participant("Bo Lind", "ES", mention="Bo Lind"),),
                    location=TUNIS, status="occurred"),
              *[_ruiz(f"e{a}_0", f"art{a}", "talks", TUNIS, None, 0) for a in range(2, 6)]]
    _store_agrees_with_one_build((events, [0, 0, 1, 1, 1, 1]))



def test_the_merge_records_a_meeting_lent_a_place_as_its_report_told_it():
    """The merge also lends a meeting placed nowhere its counterpart's home (``story_hosts``), in the events table
    only; ``lent_events`` hands back that meeting as its report told it (no place, its own day), which is what a
    traveller rebuilt from the stored month reads (``itinerary_store._scan_reps``), not just its id."""
    ruiz = (Participant("Ruiz", mention="Ruiz"),)
    host = Participant("Eva Sol", role="Minister", country_code="ES", mention="Eva Sol")
    day = DAY0 + timedelta(days=5)
    events = [Event("t", "art0", "travel", "visit", ruiz, destination=MADRID, date_start=day,
                    date_end=day + timedelta(days=1), status="occurred"),
              Event("m", "art1", "meeting", "talks", (*ruiz, host), date_start=day, date_end=day, status="occurred")]
    lent, told = lent_events(merged_table("events", events))
    assert {r["event_id"]: r["location"] for r in lent.to_pylist()}["m"]["name"] == "Madrid"
    assert [(r["event_id"], r["location"], r["date_start"]) for r in told.to_pylist()] == [("m", None, day)]
