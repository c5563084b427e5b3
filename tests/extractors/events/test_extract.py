"""extract_events on small texts (real pipeline, hand-made timexes) and on one hand-built Doc (no model)."""

from __future__ import annotations

from datetime import date

import spacy
from spacy.tokens import Doc

from dateline.extractors.cleaning import find_noise
from dateline.extractors.events import extract_events
from dateline.extractors.records import NoiseReport

MON, TUE, WED, FRI = date(2022, 5, 9), date(2022, 5, 10), date(2022, 5, 11), date(2022, 5, 13)


def run(nlp, text, timexes=(), article_date=TUE, noise=None):
    doc = nlp(text)
    return extract_events(doc, article_id="a1", timexes=list(timexes), article_date=article_date,
                          noise=noise or find_noise(text, None))


def names(e):
    return {p.name for p in e.participants}


def test_meeting_with_titles_roles_countries_place_date(nlp, tx):
    text = "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday."
    (e,) = run(nlp, text, [tx(text, "Monday", MON)])
    assert (e.event_type, e.status, e.date_start, e.date_end) == ("meeting", "occurred", MON, MON)
    assert names(e) == {"Olaf Scholz", "Emmanuel Macron"}
    by = {p.name: p for p in e.participants}
    assert by["Olaf Scholz"].role == "Chancellor" and by["Olaf Scholz"].country_code == "DE"
    assert by["Emmanuel Macron"].country_code == "FR"
    assert e.location.name == "Paris" and e.location.country_code == "FR"
    assert e.trigger == "met" and text[e.start_char:e.end_char] == "met"


def test_planned_trip_and_talks_where_he_will_hold_them(nlp, tx):
    text = ("German Chancellor Olaf Scholz spoke on Tuesday. Scholz will travel to Washington on Friday, "
            "where he will hold talks with President Joe Biden.")
    evs = run(nlp, text, [tx(text, "Tuesday", TUE), tx(text, "Friday", FRI)])
    trip = next(e for e in evs if e.event_type == "travel")
    talks = next(e for e in evs if e.event_type == "meeting")
    assert trip.destination.name == "Washington" and names(trip) == {"Olaf Scholz"}
    assert (trip.status, trip.date_start) == ("planned", FRI)
    assert talks.location.name == "Washington" and names(talks) >= {"Olaf Scholz", "Joe Biden"}
    assert talks.status == "planned"


def test_cancelled(nlp):
    text = "The summit between President Ann Lee and Prime Minister Tom Vale in Geneva was postponed."
    (e,) = run(nlp, text)
    assert e.status == "cancelled" and e.subtype == "summit"


def test_plural_description_resolves_to_the_people_just_named(nlp, tx):
    text = ("Foreign Minister Anna Berg and Defence Minister Karl Holm arrived in Oslo on Monday. "
            "Both officials will leave Oslo for Helsinki on Wednesday.")
    evs = run(nlp, text, [tx(text, "Monday", MON), tx(text, "Wednesday", WED)])
    leave = next(e for e in evs if e.trigger == "leave")
    assert names(leave) == {"Anna Berg", "Karl Holm"}
    assert (leave.origin.name, leave.destination.name, leave.date_start) == ("Oslo", "Helsinki", WED)


def test_surname_of_a_named_person_is_not_a_city(nlp, tx):
    text = ("Defense Secretary Mark Austin arrived in Manila on Monday. "
            "Austin met Philippine President Rosa Cruz in Manila on Tuesday.")
    evs = run(nlp, text, [tx(text, "Monday", MON), tx(text, "Tuesday", TUE)])
    meet = next(e for e in evs if e.event_type == "meeting")
    assert "Mark Austin" in names(meet)
    assert all((e.location or e.destination).name != "Austin" for e in evs)


def test_demonym_capital(nlp, tx):
    text = "Foreign Minister Anna Berg will hold talks with counterparts in the South Korean capital on Friday."
    (e,) = run(nlp, text, [tx(text, "Friday", FRI)])
    assert (e.location.name, e.location.country_code) == ("Seoul", "KR")


def test_bare_meeting_noun_is_not_an_event(nlp):
    assert run(nlp, "The meeting was long and the coffee was cold.") == []


def test_sentences_in_noise_are_skipped(nlp):
    text = ("The envoy stayed home on Monday.\n\n"
            "Today I'm en route to Rome to meet friends. pic.twitter.com/Xyz123 — Jo Bell (@jobell) May 8, 2022")
    assert run(nlp, text) == []
    assert run(nlp, text, noise=NoiseReport(ignored=((0, len(text), "test"),))) == []


def test_ids_are_deterministic(nlp, tx):
    text = "President Ann Lee met Prime Minister Tom Vale in Geneva on Monday."
    a = run(nlp, text, [tx(text, "Monday", MON)])
    b = run(nlp, text, [tx(text, "Monday", MON)])
    assert [e.event_id for e in a] == [e.event_id for e in b] and a[0].event_id.startswith("evt_")


def test_hand_built_doc_without_a_model():
    """Parse-based logic on a Doc built by hand (words, heads, deps, POS, lemmas, entities)."""
    vocab = spacy.blank("en").vocab
    words = ["Ana", "Ruiz", "met", "Bo", "Lind", "in", "Lima", "."]
    doc = Doc(vocab, words=words,
              heads=[1, 2, 2, 4, 2, 2, 5, 2],
              deps=["compound", "nsubj", "ROOT", "compound", "dobj", "prep", "pobj", "punct"],
              pos=["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"],
              tags=["NNP", "NNP", "VBD", "NNP", "NNP", "IN", "NNP", "."],
              lemmas=["Ana", "Ruiz", "meet", "Bo", "Lind", "in", "Lima", "."],
              ents=["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O"])
    (e,) = extract_events(doc, article_id="h", timexes=[], article_date=None, noise=None)
    assert names(e) == {"Ana Ruiz", "Bo Lind"}
    assert (e.location.name, e.location.country_code, e.status) == ("Lima", "PE", "occurred")


def test_phone_call(nlp, tx):
    text = "President Ann Lee spoke by phone with Prime Minister Tom Vale on Tuesday."
    (e,) = run(nlp, text, [tx(text, "Tuesday", TUE)])
    assert (e.subtype, e.status, e.date_start) == ("phone call", "occurred", TUE)
    assert names(e) == {"Ann Lee", "Tom Vale"}


def test_schedule_with_then_and_before_returning(nlp, tx):
    text = ("Prime Minister Tom Vale arrived in Berlin on Monday. "
            "Vale will then travel to Copenhagen before returning to Madrid on Wednesday.")
    evs = run(nlp, text, [tx(text, "Monday", MON), tx(text, "Wednesday", WED)])
    got = {(e.destination.name, e.status, e.date_start) for e in evs if e.event_type == "travel"}
    assert got == {("Berlin", "occurred", MON), ("Copenhagen", "planned", None), ("Madrid", "planned", WED)}
    assert all(names(e) == {"Tom Vale"} for e in evs)


def test_parse_without_dependencies_is_an_error():
    import pytest

    doc = spacy.blank("en")("Ana met Bo in Lima.")
    with pytest.raises(ValueError, match="parsed Doc"):
        extract_events(doc, article_id="b", timexes=[], article_date=None, noise=None)


def test_vehicles_demands_and_press_conferences_are_not_events(nlp):
    assert run(nlp, "The aircraft flew for nine hours over the Atlantic without passengers.") == []
    assert run(nlp, "The union refused to meet the demands of the carmakers.") == []
    assert run(nlp, "Chancellor Ann Lee said at a press conference that prices would fall.") == []
    assert run(nlp, "Chancellor Ann Lee said in an interview that prices would fall.") == []


def test_run_on_sentence_is_one_event(nlp):
    """A 3,000-token sentence repeating one meeting 400 times is that meeting once. How long it takes is measured in
    ``benchmarks/long_sentence.py`` (results in RESULTS_throughput.md), not asserted here."""
    text = "Maria Lopez met John Carter in Lima and " * 400 + "."  # names the small model tags as people
    doc = nlp(text)
    evs = extract_events(doc, article_id="long", timexes=[], article_date=None, noise=None)
    assert len(evs) == 1 and evs[0].location.name == "Lima"
    assert {p.name for p in evs[0].participants} == {"Maria Lopez", "John Carter"}


def test_coordinated_titles_share_a_nationality(nlp):
    from dateline.extractors.people import DocPeople

    doc = nlp("Talks were held with Peruvian Foreign Minister Ana Ruiz and Defence Minister Bo Lind as hosts.")
    people = DocPeople(doc).people
    assert people["Ana Ruiz"].country_code == "PE" and people["Bo Lind"].country_code == "PE"
    assert people["Bo Lind"].role == "Defence Minister"
