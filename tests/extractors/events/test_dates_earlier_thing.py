"""A year or a month written right after an 'after'/'following'/'since' phrase that names a thing ('the talks come
after a bitter row in 2014') dates that thing, though the parser hangs it on the clause's verb; a day keeps the
verb ('flew to Lima after a heavy storm on Monday'). Made-up text."""

from __future__ import annotations

from datetime import date

from made_up_text import run

from dateline.extractors.events.dates import dates_earlier_thing


def _span_of(doc, word: str):
    (tok,) = [t for t in doc if t.text == word]
    return doc[tok.i:tok.i + 1]


def test_a_year_after_a_phrase_naming_a_thing_is_that_thing_s(nlp):
    doc = nlp("The talks with President Ana Ruiz come after the height of a bitter row in 2014.")
    span = _span_of(doc, "2014")
    verb = span.root.head.head
    if verb.lemma_ != "come":  # the case is the parser's high attachment; a low one is the thing's already
        return
    assert dates_earlier_thing(span, verb)


def test_the_talks_do_not_take_the_row_s_year(nlp):
    text = "Foreign Minister Bo Lind will hold talks with President Ana Ruiz, which come after a bitter row in 2014."
    for e in run(nlp, text):
        assert e.date_start is None or e.date_start.year != 2014


def test_a_day_after_such_a_phrase_keeps_its_verb(nlp):
    (trip,) = [e for e in run(nlp, "President Ana Ruiz flew to Lima after a heavy storm on Monday.")
               if e.event_type == "travel"]
    assert trip.date_start == trip.date_end == date(2016, 3, 7)
