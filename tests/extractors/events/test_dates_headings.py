"""A schedule's day headings date the plans written under them, and a 'since' hung on an ordinal ("the first visit
since 1950") dates nothing. Made-up text."""

from __future__ import annotations

from datetime import date

from conftest import make_tx
from made_up_text import run

from dateline.extractors.events.dates import attach, day_heading

WRITTEN = date(2019, 5, 3)  # a Friday


def test_a_day_alone_on_its_line_is_a_heading():
    text = "Itinerary\n\nMay 6, 2019 (local time)\n\nThe king will visit Lima."
    assert day_heading(text, make_tx(text, "May 6, 2019", date(2019, 5, 6)))
    text = "Wednesday, May 8:\n9 a.m.: Talks."
    assert day_heading(text, make_tx(text, "May 8", date(2019, 5, 8)))
    text = "The king will visit Lima on May 6, 2019.\n"
    assert not day_heading(text, make_tx(text, "May 6, 2019", date(2019, 5, 6)))


def test_plans_under_a_heading_take_its_day(nlp):
    text = ("King Otto of Ruritania will tour Peru next week.\n\n"
            "May 6, 2019\n\nOtto will arrive in Lima in the afternoon.\n\n"
            "May 7, 2019\n\nOtto will visit a school in Cusco.\n")
    events = run(nlp, text, day=WRITTEN)
    (school,) = [e for e in events if e.event_type == "travel" and e.destination and e.destination.name == "Cusco"]
    assert (school.date_start, school.date_end) == (date(2019, 5, 7), date(2019, 5, 7))


def test_a_single_dated_line_is_the_page_date_not_a_heading(nlp):
    text = "3 May 2019\n\nKing Otto of Ruritania will tour Peru.\n\nOtto will visit a school in Cusco.\n"
    events = run(nlp, text, day=WRITTEN)
    (school,) = [e for e in events if e.event_type == "travel" and e.destination and e.destination.name == "Cusco"]
    assert school.date_start is None


def _trip_noun(t) -> bool:
    return t.lemma_.lower() in {"visit", "trip"}


def test_a_since_hung_on_an_ordinal_attaches_nowhere(nlp):
    for text, phrase in (("It is his first visit to Peru since 1990.", "1990"),
                         ("The trip is the first to Peru by a king since Otto IV in 1950.", "1950")):
        doc = nlp(text)
        assert attach(doc, [make_tx(text, phrase, date(int(phrase), 1, 1), date(int(phrase), 12, 31))],
                      _trip_noun) == []


def test_a_since_of_its_own_still_starts_the_event(nlp):
    text = "Otto has stayed in Lima since May 1."
    doc = nlp(text)
    (a,) = attach(doc, [make_tx(text, "May 1", date(2019, 5, 1))], _trip_noun)
    assert a.role == "start"


def _talks_noun(t) -> bool:
    return t.lemma_.lower() in {"meeting", "talks", "summit"}


def test_a_since_hung_on_a_numbered_ordinal_attaches_nowhere(nlp):
    """'his 12th meeting with Ivo Karas since 2014': a count from that year, as 'his first visit since 1990' is a
    comparison with it (``compared_since``): the meeting it ranks happens on no day it names."""
    for text, phrase, start, end in (
            ("It was his 12th meeting with Ivo Karas since 2014.", "2014", date(2014, 1, 1), date(2014, 12, 31)),
            ("It is their 3rd summit since March.", "March", date(2019, 3, 1), date(2019, 3, 31))):
        doc = nlp(text)
        assert attach(doc, [make_tx(text, phrase, start, end)], _talks_noun) == []


def test_a_since_day_still_starts_the_event_it_hangs_on(nlp):
    text = "Tomas Berg has held talks with the rebels since May 1."
    (a,) = attach(nlp(text), [make_tx(text, "May 1", date(2019, 5, 1))], _talks_noun)
    assert a.role == "start"
