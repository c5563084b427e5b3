"""The run report renders the merged tables readably and safely (escaping, empty tables, no external resources)."""

from __future__ import annotations

import re
from datetime import date

import pyarrow as pa

from dateline.report import itineraries, meetings, render_html, render_markdown
from dateline.schemas import TABLES, build_table


def _place(name: str, code: str) -> dict:
    return {"name": name, "country_code": code, "latitude": None, "longitude": None}


def _person(name: str) -> dict:
    return {"name": name, "role": None, "country_code": "US", "mention": name}


def clusters() -> pa.Table:
    rows = [
        {"cluster_id": "c1", "event_type": "meeting", "subtype": "two-plus-two talks",
         "participants": [_person("Antony Blinken"), _person("Toshimitsu Motegi")], "location": _place("Tokyo", "JP"),
         "origin": None, "destination": None,
         "date_start": date(2021, 3, 16), "date_end": date(2021, 3, 16), "status": "occurred", "n_mentions": 3,
         "article_ids": ["a1"], "event_ids": ["e1"]},
        {"cluster_id": "c2", "event_type": "meeting", "subtype": None,
         "participants": [_person("Lloyd | Austin")], "location": _place("Seoul", "KR"),
         "origin": None, "destination": None,
         "date_start": date(2021, 3, 18), "date_end": None, "status": "planned", "n_mentions": 1,
         "article_ids": ["a2"], "event_ids": ["e2"]},
        {"cluster_id": "c3", "event_type": "travel", "subtype": "depart", "participants": [], "location": None,
         "origin": None, "destination": _place("Seoul", "KR"),
         "date_start": None, "date_end": None, "status": "unknown", "n_mentions": 5,
         "article_ids": ["a3"], "event_ids": ["e3"]},
    ]
    return build_table(TABLES["clusters"].SCHEMA, rows)


def stops() -> pa.Table:
    rows = [
        {"traveler": "Antony Blinken", "stop_index": 1, "place": "Seoul", "country_code": "KR",
         "latitude": None, "longitude": None,
         "arrive": date(2021, 3, 17), "depart": date(2021, 3, 18), "event_ids": ["e2"]},
        {"traveler": "Antony Blinken", "stop_index": 0, "place": "Tokyo", "country_code": "JP",
         "latitude": None, "longitude": None,
         "arrive": date(2021, 3, 15), "depart": date(2021, 3, 17), "event_ids": ["e1"]},
        {"traveler": "<script>alert(1)</script>", "stop_index": 0, "place": "Anchorage", "country_code": "US",
         "latitude": None, "longitude": None,
         "arrive": None, "depart": None, "event_ids": []},
    ]
    return build_table(TABLES["itineraries"].SCHEMA, rows)


SUMMARY = {"articles_in": 4, "events": 7}


def test_meetings_only_meetings_best_attested_first() -> None:
    top = meetings(clusters())
    assert [m.cluster_id for m in top] == ["c1", "c2"]
    assert top[0].participants == ("Antony Blinken", "Toshimitsu Motegi")
    assert top[0].place == "Tokyo (JP)"
    assert meetings(clusters(), top_n=1)[0].cluster_id == "c1"


def test_itineraries_are_ordered_by_stop_index() -> None:
    travel = itineraries(stops())
    assert [s.place for s in travel["Antony Blinken"]] == ["Tokyo", "Seoul"]


def test_markdown_lists_meetings_and_itineraries_and_escapes_pipes() -> None:
    text = render_markdown(SUMMARY, clusters(), stops(), run_id="r1", out="s3://b/x", report_path="s3://b/x/report.html")
    assert "| 2021-03-16 | Antony Blinken, Toshimitsu Motegi | Tokyo (JP) | two-plus-two talks | occurred | 3 |" in text
    assert "Lloyd \\| Austin" in text
    assert "### Antony Blinken" in text
    assert "1. Tokyo (JP) — 2021-03-15 – 2021-03-17" in text
    assert "| articles_in | 4 |" in text
    assert "s3://b/x/report.html" in text


def test_html_is_self_contained_escaped_and_has_a_timeline() -> None:
    page = render_html(SUMMARY, clusters(), stops(), run_id="r1", out="/tmp/out")
    assert page.startswith("<!doctype html>")
    assert "<svg" in page and 'class="stop"' in page and 'class="meet"' in page
    assert "<script" not in page  # the traveller name is escaped, and the report has no scripts of its own
    assert "&lt;script&gt;" in page
    assert not re.search(r"(src|href)=\"?https?://", page)  # loads nothing
    assert "Toshimitsu Motegi" in page and "Seoul (KR)" in page


def test_empty_tables_render() -> None:
    empty_c = TABLES["clusters"].SCHEMA.empty_table()
    empty_i = TABLES["itineraries"].SCHEMA.empty_table()
    assert "No meetings found." in render_markdown({}, empty_c, empty_i, run_id="r", out="o")
    page = render_html({}, None, None, run_id="r", out="o")
    assert "No dated stops or meetings" in page and "No itineraries found." in page


def test_timeline_focuses_on_the_trip_not_on_a_distant_background_meeting() -> None:
    from dateline.report import _span

    far = meetings(clusters()) + [
        meetings(clusters())[0].__class__("c9", "summit", ("A",), None, date(2018, 4, 27), date(2018, 4, 27),
                                          "occurred", 1)
    ]
    first, last = _span(itineraries(stops()), far)
    assert (first, last) == (date(2021, 3, 14), date(2021, 3, 19))
    page = render_html(SUMMARY, clusters(), stops(), run_id="r1", out="/tmp/out")
    assert "2021-03-14" in page and "2018-" not in page
