"""Date-line forms the rules once missed: a wire filed from two cities ('Lorvia/Seldon, 7 May 2019 (dpa/XYZ) -') and a
wire's name printed in capitals ('PORTVILLE, Oct 28, 2019, ANTARA.'). The page texts are made up, in forms real pages
take."""

from __future__ import annotations

from datetime import date

from dateline.extractors.temporal import infer_article_date

RUN = date(2026, 11, 23)


def test_a_dateline_from_two_cities_with_a_joint_credit_dates_the_page(blank):
    text = ("Leaders sign a pact\n\nLorvia/Seldon, 7 May 2019 (dpa/XYZ) - The two leaders on Tuesday signed a pact "
            "on the river in Seldon, stressing their wish to settle old disputes.")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2019, 5, 7) and "dateline" in got.evidence


def test_a_dateline_whose_wire_is_printed_in_capitals_dates_the_page(blank):
    text = ("Premier tours the hills\n\nPORTVILLE, Oct 28, 2019, ANTARA. The premier visited several districts of "
            "the hill province on Sunday, his first trip since the floods.")
    got = infer_article_date(blank(text), run_date=RUN)
    assert got.value == date(2019, 10, 28)

