"""The story's cast read whole (issue 11's participant classes, eighteenth pass), each on made-up text: a hyphenated
given name is one person, a courtesy title after a title's comma does not hide its holder, a capitalised title in a
party slot is resolved like a lower-case one, a quotation's 'I' is its speaker and its 'he' is someone else, and a
title the protagonist does not hold is not the protagonist."""

from __future__ import annotations

from datetime import date

from dateline.extractors.cleaning import find_noise
from dateline.extractors.events import extract_events
from dateline.extractors.people import DocPeople
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


def test_a_hyphenated_given_name_with_a_lower_case_tail_is_one_person(nlp):
    doc = nlp("North Korean leader Pak Chol-un set off from the hotel at 10 pm on Tuesday.")
    assert "Pak Chol-un" in DocPeople(doc).people


def test_a_courtesy_title_after_a_titles_comma_does_not_hide_its_holder(nlp):
    text = ("Prime Minister Karl Bosk on Thursday evening had a telephone conversation with the President of Peru, "
            "Mr. Luis Soto.")
    (meeting,) = of_type(run(nlp, text), "meeting")
    assert names(meeting) == {"Karl Bosk", "Luis Soto"}


def test_a_third_person_inside_a_quotation_is_not_its_speaker(nlp):
    text = ("President Luis Soto spoke with Prime Minister Karl Bosk by phone on Monday.\n\n"
            "\"I had a long talk with him this morning. He is going to be coming to Lima next month,\" Soto told "
            "reporters.")
    trips = of_type(run(nlp, text), "travel")
    assert trips and all(names(t) == {"Karl Bosk"} for t in trips)


def test_a_quotations_first_person_is_its_speaker(nlp):
    text = ("Foreign Minister Ana Ruiz spoke to reporters in Lima on Monday.\n\n"
            "\"Last week I visited Quito and Bogota,\" Ruiz said.")
    trips = of_type(run(nlp, text), "travel")
    assert trips and all(names(t) == {"Ana Ruiz"} for t in trips)


def test_a_title_the_protagonist_does_not_hold_is_not_the_protagonist(nlp):
    text = ("The Queen and Prince Edmund arrived in Accra on Sunday. President Kofi Mensah met the couple at the "
            "airport. Mensah later hosted a state banquet. Mensah said the visit was historic.")
    trips = of_type(run(nlp, text), "travel")
    assert trips and all("Kofi Mensah" not in names(t) for t in trips)
