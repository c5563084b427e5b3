"""A return ends its journey: on the day of the return, the traveller's other arrivals come before it, whatever order
the report tells them in ('returned home on Thursday after a trip to the mountain') (made-up events; no model)."""

from __future__ import annotations

from datetime import date

from test_itinerary_evidence import event, person, stops

from dateline.extractors.records import Place

LIMA, QUITO = Place("Lima", "PE", -12.05, -77.04), Place("Quito", "EC", -0.22, -78.51)
CUENCA = Place("Cuenca", "EC", -2.9, -79.0)
MON, THU = date(2022, 5, 16), date(2022, 5, 19)


def test_a_return_told_first_comes_after_the_trip_of_its_day():
    """'Ana Ruiz returned home to Lima on Thursday after a trip to Cuenca' (the return written first), and an
    arrival in Quito on Monday: Quito, then Cuenca on Thursday, then Lima."""
    ruiz = [person("Ana Ruiz", "PE")]
    evs = [event("t1", "travel", ruiz, dest=QUITO, start=MON, subtype="arrive"),
           event("t2", "travel", ruiz, dest=LIMA, start=THU, subtype="return", at=40),
           event("t3", "travel", ruiz, dest=CUENCA, start=THU, subtype="trip", at=90)]
    assert [(p, a, d) for p, a, d in stops(evs, "Ana Ruiz")][-3:] == [
        ("Quito", MON, THU), ("Cuenca", THU, THU), ("Lima", THU, None)]


def test_arrivals_of_a_day_with_no_return_keep_the_order_they_are_told_in():
    """'She reached Quito on Thursday, then flew on to Cuenca': no return, the text's order stands."""
    ruiz = [person("Ana Ruiz", "PE")]
    evs = [event("t1", "travel", ruiz, dest=QUITO, start=THU, subtype="arrive", at=10),
           event("t2", "travel", ruiz, dest=CUENCA, start=THU, subtype="arrive", at=60)]
    assert stops(evs, "Ana Ruiz") == [("Quito", THU, THU), ("Cuenca", THU, None)]
