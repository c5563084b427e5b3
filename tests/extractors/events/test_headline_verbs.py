"""Events the parser's reading hid: a headline verb taken for a plural noun ("X lands in Y")."""

from __future__ import annotations

from datetime import date

from dateline.extractors.events.headlines import read_headline_verbs


def _events(nlp, text):
    from dateline.extractors.cleaning import find_noise
    from dateline.extractors.events import extract_events

    return extract_events(nlp(text), article_id="a1", timexes=[], article_date=date(2022, 5, 10),
                          noise=find_noise(text, None))


def test_a_headline_arrival_is_an_arrival(nlp):
    evs = _events(nlp, "President Maria Lopez lands in Lisbon in the afternoon local time, where she will be "
                       "welcomed by Mayor Hans Weber.")
    trips = [e for e in evs if e.event_type == "travel"]
    assert len(trips) == 1 and trips[0].subtype == "arrive" and trips[0].destination.name == "Lisbon"
    assert [p.name for p in trips[0].participants] == ["Maria Lopez"]


def test_a_noun_read_headline_verb_gets_its_verb_reading(nlp):
    doc = nlp("President Maria Lopez lands in Lisbon in the afternoon local time.")
    lands = next(t for t in doc if t.lower_ == "lands")
    lands.pos_, lands.tag_, lands.dep_ = "NOUN", "NNS", "ROOT"  # the parser's misreading, whatever it reads today
    name = doc[lands.i - 1]
    assert name.head == lands
    name.dep_ = "compound"
    assert read_headline_verbs(doc) == [lands]
    assert (lands.pos_, lands.lemma_, name.dep_) == ("VERB", "land", "nsubj")


def test_a_plural_noun_without_a_person_stays_a_noun(nlp):
    doc = nlp("Peace talks in Lisbon resumed on Monday.")
    assert read_headline_verbs(doc) == []
    assert next(t for t in doc if t.lower_ == "talks").pos_ == "NOUN"


def test_a_tour_of_a_site_named_by_a_person_goes_nowhere(nlp):
    evs = _events(nlp, "On Wednesday, President Maria Lopez will be taken on a tour of the Hans Weber assembly line.")
    assert not [e for e in evs if e.event_type == "travel"]


def test_a_tour_of_a_site_named_by_its_town_goes_there(nlp):
    evs = _events(nlp, "On Wednesday, President Maria Lopez will be taken on a tour of the Acme Company's Lyon "
                       "plant by its chairman.")
    trips = [e for e in evs if e.event_type == "travel"]
    assert len(trips) == 1 and trips[0].destination.name == "Lyon"
    assert [p.name for p in trips[0].participants] == ["Maria Lopez"]


def test_a_headline_plan_yields_to_the_same_arrival_told_as_done(nlp):
    from dateline.extractors.events.candidate import Candidate
    from dateline.extractors.events.merge import _absorb

    doc = nlp("Maria Lopez lands in Lisbon. Maria Lopez landed in Lisbon this afternoon.")
    lands = next(t for t in doc if t.lower_ == "lands")
    headline = Candidate("travel", "arrive", lands, status="planned")
    done = Candidate("travel", "arrive", next(t for t in doc if t.lower_ == "landed"), status="occurred")
    _absorb(headline, done)
    assert headline.status == "planned"  # an ordinary present tense keeps its reading
    lands._.headline_verb = True
    _absorb(headline, done)
    assert headline.status == "occurred"
