"""A return and the steps told after a story's latest day: where a journey began, and where an undated step falls
(made-up events; no model)."""

from __future__ import annotations

from datetime import date

from test_itinerary_evidence import AMMAN, CAIRO, MON, TUE, TUNIS, WED, event, person, stops

from dateline.extractors.records import Place

LISBON, OSLO = Place("Lisbon", "PT", 38.72, -9.14), Place("Oslo", "NO", 59.91, 10.75)
SPAIN, MADRID = Place("Spain", "ES"), Place("Madrid", "ES", 40.42, -3.70)
SUN, TUE2 = date(2022, 5, 22), date(2022, 5, 24)


def test_a_return_home_begins_the_journey_where_the_article_puts_the_traveller_once_back():
    """'Maria Lopez will leave on Monday to visit Lisbon and Oslo. She will meet Omar Haddad in Madrid on Tuesday
    the 24th, after returning home on Sunday': the journey began in Madrid (not Spain), left on Monday; the talks
    at home after the return do not date that departure."""
    lopez = [person("Maria Lopez", "ES")]
    evs = [event("v", "travel", lopez, dest=LISBON, start=MON, subtype="visit", status="planned", at=10),
           event("w", "travel", lopez, dest=OSLO, subtype="visit", status="planned", at=12),
           event("m", "meeting", [*lopez, person("Omar Haddad", "EG")], loc=MADRID, start=TUE2, at=40,
                 status="planned"),
           event("r", "travel", lopez, dest=SPAIN, start=SUN, subtype="return", status="planned", at=80)]
    assert [s[0] for s in stops(evs, "Maria Lopez")] == ["Madrid", "Lisbon", "Oslo", "Madrid"]
    assert stops(evs, "Maria Lopez")[0] == ("Madrid", None, MON)


def test_a_return_to_a_country_the_article_finds_the_traveller_in_no_city_of_stays_the_country():
    lopez = [person("Maria Lopez", "ES")]
    evs = [event("v", "travel", lopez, dest=LISBON, start=MON, subtype="visit", at=10),
           event("r", "travel", lopez, dest=SPAIN, start=WED, subtype="return", at=80)]
    assert stops(evs, "Maria Lopez") == [("Spain", None, MON), ("Lisbon", MON, WED), ("Spain", WED, None)]


def test_an_undated_step_follows_the_latest_day_its_article_has_told():
    """'Hans Weber left Cairo for Amman on Wednesday, a day after talks in Cairo. He is expected to go on to
    Tunis.': Tunis comes after Amman, not on the day of the talks written just before it (which would put it
    between two days in Cairo)."""
    weber = [person("Hans Weber", "DE")]
    evs = [event("a", "travel", weber, dest=CAIRO, start=MON, subtype="arrive", at=5),
           event("d", "travel", weber, origin=CAIRO, dest=AMMAN, start=WED, subtype="travel", at=10),
           event("m", "meeting", [*weber, person("Omar Haddad", "EG")], loc=CAIRO, start=TUE, at=40),
           event("t", "travel", weber, dest=TUNIS, subtype="travel", status="planned", at=80)]
    assert [s[0] for s in stops(evs, "Hans Weber")] == ["Cairo", "Amman", "Tunis"]
    assert stops(evs, "Hans Weber")[0] == ("Cairo", MON, WED)


def test_a_meeting_dated_only_by_a_span_is_no_stop_of_its_own():
    """'Hans Weber arrived in Cairo on Monday and left for Amman on Wednesday. ... If it takes place, a meeting with
    Karim Saleh in Tunis later this month ...': the month says when, not which day; Tunis does not split Cairo.
    The same talks on one day are a stop."""
    weber = [person("Hans Weber", "DE")]
    trip = [event("a", "travel", weber, dest=CAIRO, start=MON, subtype="arrive", at=5),
            event("d", "travel", weber, origin=CAIRO, dest=AMMAN, start=WED, subtype="travel", at=10)]
    talks = [*weber, person("Karim Saleh", "TN")]
    spanned = event("m", "meeting", talks, loc=TUNIS, start=TUE, end=date(2022, 5, 31), at=40, status="planned")
    assert stops([*trip, spanned], "Hans Weber") == [("Cairo", MON, WED), ("Amman", WED, None)]
    one_day = event("m", "meeting", talks, loc=TUNIS, start=TUE, at=40, status="planned")
    assert [s[0] for s in stops([*trip, one_day], "Hans Weber")] == ["Cairo", "Tunis", "Cairo", "Amman"]


def test_a_return_and_the_departure_it_implies_date_a_later_departure_alike_in_the_store_and_the_builder():
    """Talks in Tunis on Monday, 'returned to Madrid on Tuesday', then 'before leaving Madrid, she said': the return
    and the departure it implies share their place in the text, so which of them is 'the last step at Madrid' must
    not depend on how a sort breaks the tie (``stops`` checks the store against the builder)."""
    ruiz = [person("Ana Ruiz", "ES")]
    evs = [event("m", "meeting", ruiz, loc=TUNIS, start=MON, at=0),
           event("r", "travel", ruiz, dest=MADRID, start=TUE, subtype="return", at=10),
           event("d", "travel", ruiz, origin=MADRID, subtype="depart", at=20)]
    assert [s[0] for s in stops(evs, "Ana Ruiz")] == ["Madrid", "Tunis", "Madrid"]


def test_a_return_told_by_a_preview_begins_the_journey_on_the_first_day_another_report_tells():
    """A preview: 'Maria Lopez will return to Lisbon on Wednesday' (no other day); a report from Cairo: 'Maria
    Lopez arrived in Cairo on Monday'. The journey the return ends left Lisbon on Monday, before Cairo, whichever
    article tells Monday (not on Wednesday, where it would fold into the return and lose the first stop)."""
    lopez = [person("Maria Lopez", "PT")]
    evs = [event("r", "travel", lopez, art="P", dest=LISBON, start=WED, subtype="return", status="planned", at=40),
           event("a", "travel", lopez, art="C", dest=CAIRO, start=MON, subtype="arrive", at=5)]
    assert stops(evs, "Maria Lopez") == [("Lisbon", None, MON), ("Cairo", MON, WED), ("Lisbon", WED, None)]
