"""One visit told by three outlets on different days links; other trips of the same traveller do not (made-up
events built as the cluster code receives them, no model needed)."""

from __future__ import annotations

from datetime import date

from dateline.extractors.events import cluster_events, cluster_status
from dateline.extractors.records import Event, Participant, Place

MAY = {d: date(2022, 5, d) for d in range(1, 32)}
LIMA, PERU = Place("Lima", "PE", -12.04, -77.03), Place("Peru", "PE")
QUITO, ECUADOR = Place("Quito", "EC", -0.23, -78.52), Place("Ecuador", "EC")


def trip(eid: str, art: str, subtype: str, dest: Place | None, start: date | None, end: date | None, *,
         status: str = "occurred", people: tuple[str, ...] = ("Hans Weber",)) -> Event:
    parts = tuple(Participant(p, mention=p) for p in people)
    return Event(eid, art, "travel", subtype, parts, destination=dest, date_start=start, date_end=end, status=status)


def clusters(events: list[Event]) -> dict[str, str]:
    return {e.event_id: e.cluster_id for e in cluster_events(events)}


def test_preview_report_and_wrap_up_of_one_visit_link():
    preview = trip("p", "A", "visit", PERU, MAY[14], MAY[16], status="planned")  # "will visit Peru May 14-16"
    report = trip("r", "B", "arrive", LIMA, MAY[14], MAY[14])  # "arrived in Lima on Saturday"
    wrap = trip("w", "C", "visit", PERU, None, MAY[16])  # "wrapped up his visit to Peru today"
    ids = clusters([preview, report, wrap])
    assert ids["p"] == ids["r"] == ids["w"]
    out = cluster_events([preview, report, wrap])
    assert {e.destination for e in out} == {LIMA}  # the city one report names places the others
    assert cluster_status(out) == "occurred"


def test_a_surname_and_a_city_in_the_country_still_link():
    a = trip("a", "A", "visit", PERU, MAY[14], MAY[16], status="planned")
    b = trip("b", "B", "visit", LIMA, MAY[15], MAY[15], people=("Weber",))  # "Weber toured Lima on Sunday"
    ids = clusters([a, b])
    assert ids["a"] == ids["b"]


def test_a_planned_trip_and_the_report_calling_it_off_are_one_event():
    plan = trip("p", "A", "visit", PERU, MAY[20], MAY[22], status="planned")
    off = trip("c", "B", "visit", PERU, MAY[20], MAY[22], status="cancelled")
    ids = clusters([plan, off])
    assert ids["p"] == ids["c"]
    assert cluster_status(cluster_events([plan, off])) == "cancelled"


def test_the_same_traveller_in_another_country_the_next_days_is_another_trip():
    peru = trip("p", "A", "visit", PERU, MAY[14], MAY[16])
    ecuador = trip("e", "B", "visit", ECUADOR, MAY[17], MAY[18])
    quito = trip("q", "C", "arrive", QUITO, MAY[17], MAY[17])
    ids = clusters([peru, ecuador, quito])
    assert ids["p"] != ids["e"] and ids["e"] == ids["q"]


def test_the_same_place_on_days_that_cannot_overlap_is_another_trip():
    may = trip("a", "A", "visit", LIMA, MAY[2], MAY[3])
    later = trip("b", "B", "visit", LIMA, MAY[24], MAY[25])
    ids = clusters([may, later])
    assert ids["a"] != ids["b"]


def test_an_unplaced_mention_does_not_chain_two_trips():
    """'Weber's trip' with no day and no place fits both legs; complete linkage keeps the legs apart."""
    peru = trip("p", "A", "visit", PERU, MAY[14], MAY[16])
    ecuador = trip("e", "B", "visit", ECUADOR, MAY[17], MAY[18])
    vague = trip("v", "C", "trip", None, MAY[10], MAY[20], people=("Hans Weber", "Maria Lopez"))
    ids = clusters([peru, ecuador, vague])
    assert ids["p"] != ids["e"]


def test_a_month_another_report_gives_does_not_replace_a_reports_days():
    """'will visit Peru in May' beside 'visited Peru from May 14 to 16': the month only says when; the report that
    gives the days keeps them."""
    month = trip("m", "A", "visit", PERU, MAY[1], MAY[31], status="planned")
    days = trip("d", "B", "visit", PERU, MAY[14], MAY[16])
    out = {e.event_id: e for e in cluster_events([month, days])}
    assert out["m"].cluster_id == out["d"].cluster_id
    assert (out["d"].date_start, out["d"].date_end) == (MAY[14], MAY[16])
