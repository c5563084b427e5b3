"""Who the story's people are in a quotation and behind a title (issue 11's participant classes, eighteenth pass),
each on made-up text: a courtesy title after a title's comma does not hide its holder, a capitalised title in a party
slot is resolved like a lower-case one, a quotation's 'I' is its speaker and its 'he' is someone else."""

from __future__ import annotations

from datetime import date

from dateline.extractors.cleaning import find_noise
from dateline.extractors.events import extract_events
from dateline.extractors.temporal import resolve_timexes

DAY = date(2019, 5, 8)  # a Wednesday


def run(nlp, text, day=DAY):
    doc = nlp(text)
    return extract_events(doc, article_id="s1", timexes=resolve_timexes(doc, day), article_date=day,
                          noise=find_noise(text, None), scope="news")


def names(e):
    return {p.name for p in e.participants}


def of_type(events, kind):
    return [e for e in events if e.event_type == kind]


def test_a_courtesy_title_after_a_titles_comma_does_not_hide_its_holder(nlp):
    text = ("Prime Minister Karl Bosk on Thursday evening had a telephone conversation with the President of Peru, "
            "Mr. Luis Soto.")
    (meeting,) = of_type(run(nlp, text), "meeting")
    assert names(meeting) == {"Karl Bosk", "Luis Soto"}


def test_a_third_person_inside_a_quotation_is_not_its_speaker(nlp):
    text = ("President Luis Soto spoke with Prime Minister Karl Bosk by phone on Monday.\n\n"
            "\"We spoke at length today. He will travel to Lima in June,\" Soto told reporters.")
    trips = of_type(run(nlp, text), "travel")
    assert trips and all(names(t) == {"Karl Bosk"} for t in trips)


def test_a_quotations_first_person_is_its_speaker(nlp):
    text = ("Foreign Minister Ana Ruiz spoke to reporters in Lima on Monday.\n\n"
            "\"I toured Quito and Bogota in March,\" Ruiz said.")
    trips = of_type(run(nlp, text), "travel")
    assert trips and all(names(t) == {"Ana Ruiz"} for t in trips)
