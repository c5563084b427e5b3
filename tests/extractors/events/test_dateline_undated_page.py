"""What a dateline tells on a page with no date (made-up sentences and places): a meeting with no place of its own
is where the report is filed from until the story takes someone elsewhere (``story.dateline_holds``)."""

from __future__ import annotations

from datetime import date

import pytest


def _meetings(nlp, text: str, article_date: date | None):
    from dateline.extractors.cleaning import find_noise
    from dateline.extractors.events import extract_events

    events = extract_events(nlp(text), article_id="a1", timexes=[], article_date=article_date,
                            noise=find_noise(text, None))
    return [e for e in events if e.event_type == "meeting"]


_DATELINE = "MONTEVIDEO, Uruguay — Mayor Hans Weber of Ruritania "


def test_the_lead_meeting_of_an_undated_page_is_at_the_dateline(nlp):
    text = _DATELINE + ("talked with Uruguay's trade minister, Bo Lind, on Friday.\n\n"
                        "Mr. Weber said the talks went well.")
    meetings = _meetings(nlp, text, None)
    assert meetings and meetings[0].location is not None and meetings[0].location.name == "Montevideo"


def test_after_a_move_elsewhere_the_dateline_no_longer_places_a_meeting(nlp):
    text = _DATELINE + ("flew to Asuncion on Friday.\n\n"
                        "Mr. Weber had lunch with Bo Lind, Paraguay's trade minister, on Saturday.")
    meetings = _meetings(nlp, text, None)
    assert meetings and all(m.location is None or m.location.name != "Montevideo" for m in meetings)


@pytest.mark.parametrize(("article_date", "elsewhere", "placed"), [
    (None, False, True),  # an undated page: the dateline holds
    (date(2010, 5, 7), False, False),  # a dated page: ``dateline_scene`` measures the meeting's day, or nothing
    (None, True, False),  # the story has moved on
])
def test_dateline_holds(article_date, elsewhere, placed):
    from dateline.extractors.events.story import Dateline, dateline_holds
    from dateline.extractors.places import gazetteer

    info = gazetteer().lookup("Montevideo")
    got = dateline_holds(Dateline(info, 0, 10), article_date, elsewhere)
    assert (got == info.to_place()) if placed else got is None
    assert dateline_holds(None, article_date, False) is None
