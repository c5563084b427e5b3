"""A report with no dateline still says where its 'here' is when it writes a place beside the word ('landed at the
X Airport here', 'here in Lima'): every 'here' of the report is that place (real pipeline, made-up text)."""

from __future__ import annotations

from datetime import date

from made_up_text import with_timexes

from dateline.extractors.events.page_place import ground_here

TUE = date(2022, 5, 10)


def arrivals(nlp, text, timexes=()):
    return [e for e in with_timexes(nlp, text, timexes, TUE, "travel") if e.subtype in {"arrive", "return"}]


def test_an_airport_written_beside_here_names_the_page_place(nlp):
    text = ("Foreign Minister Ana Ruiz arrived here this evening after her visit to Uruguay.\n"
            "Her plane landed at the Jorge Chavez International Airport here at 8 pm, an aide said.")
    doc = nlp(text)
    place = ground_here(doc)
    assert place is not None and place.name == "Lima"
    assert all(t._.story_place == place for t in doc if t.lower_ == "here")


def test_an_arrival_here_is_an_arrival_at_the_page_place(nlp, tx):
    text = ("Foreign Minister Ana Ruiz arrived here on Tuesday after her visit to Uruguay.\n"
            "Talks were held here in Lima later that day, an aide said.")
    got = arrivals(nlp, text, [tx(text, "Tuesday", TUE)])
    assert [(e.destination.name, e.date_start) for e in got if e.destination is not None] == [("Lima", TUE)]
    assert [e.subtype for e in got] == ["return"]  # 'here' after a trip to another country: home again


def test_two_places_beside_here_name_none(nlp):
    text = ("Ana Ruiz arrived here in Lima on Tuesday.\n"
            "Her aide had landed at the airport here in Quito the day before.")
    assert ground_here(nlp(text)) is None


def test_here_with_nothing_beside_it_names_nothing(nlp):
    assert ground_here(nlp("Foreign Minister Ana Ruiz arrived here this evening after her visit to Uruguay.")) is None
