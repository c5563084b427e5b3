"""A travel slot's venue the gazetteer does not hold (thirty-second pass, issue-42triggers): "landed at the airport",
"his arrival at the naval base in P", "will head to P Castle" (the town tagged as a person's name) is a trip to that
venue, in the city its own phrase names; with none, a site off the map that the story places later. Second round:
the story places such a site in the city its traveller arrived in that day (one arrival told twice is one event),
and drops an arrival the trip reader read at a site it places nowhere. Hand-built Docs for the reader, made-up
sentences through the pipeline."""

from __future__ import annotations

from datetime import date, timedelta

from made_up_text import run
from spacy.tokens import Doc, Span

from dateline.extractors.events.venue_sites import landing_city, venue_site
from dateline.extractors.records import Place

MONDAY = date(2016, 3, 7)  # the Monday before made_up_text's day


def _doc(nlp, rows, ents=()):
    """A Doc from (word, head, dep, pos) rows and (start, end, label) entities."""
    doc = Doc(nlp.vocab, words=[r[0] for r in rows], lemmas=[r[0].lower() for r in rows],
              heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
              spaces=[True] * len(rows))
    doc.ents = [Span(doc, s, e, label) for s, e, label in ents]
    return doc


# "Ana Weber landed at the naval base in Aarhus ."
BASE_IN = [("Ana", 1, "compound", "PROPN"), ("Weber", 2, "nsubj", "PROPN"), ("landed", 2, "ROOT", "VERB"),
           ("at", 2, "prep", "ADP"), ("the", 6, "det", "DET"), ("naval", 6, "amod", "ADJ"), ("base", 3, "pobj", "NOUN"),
           ("in", 6, "prep", "ADP"), ("Aarhus", 7, "pobj", "PROPN"), (".", 2, "punct", "PUNCT")]


def test_a_lower_case_venue_is_in_the_city_its_phrase_names(nlp):
    doc = _doc(nlp, BASE_IN, [(0, 2, "PERSON"), (8, 9, "GPE")])
    p = venue_site(doc[6])
    assert p is not None and p.name == "naval base, Aarhus" and p.country_code == "DK"


def test_a_venue_named_after_its_city_tagged_as_a_person_is_the_venue(nlp):
    # "Ana Weber will head to Aarhus Castle ." with the castle tagged as a person's name
    rows = [("Ana", 1, "compound", "PROPN"), ("Weber", 3, "nsubj", "PROPN"), ("will", 3, "aux", "AUX"),
            ("head", 3, "ROOT", "VERB"), ("to", 3, "prep", "ADP"), ("Aarhus", 6, "compound", "PROPN"),
            ("Castle", 4, "pobj", "PROPN"), (".", 3, "punct", "PUNCT")]
    doc = _doc(nlp, rows, [(0, 2, "PERSON"), (5, 7, "PERSON")])
    p = venue_site(doc[6])
    assert p is not None and p.name == "Aarhus Castle, Aarhus" and p.latitude is not None


def test_a_bare_venue_is_a_site_off_the_map(nlp):
    doc = _doc(nlp, BASE_IN[:7] + [(".", 2, "punct", "PUNCT")], [(0, 2, "PERSON")])
    p = venue_site(doc[6])
    assert p is not None and p.name == "naval base" and p.latitude is None and p.country_code is None


def test_no_venue_noun_no_site(nlp):
    doc = _doc(nlp, [("Ana", 1, "nsubj", "PROPN"), ("left", 1, "ROOT", "VERB"), ("the", 3, "det", "DET"),
                     ("meeting", 1, "dobj", "NOUN")])
    assert venue_site(doc[3]) is None


def test_a_trip_to_a_castle_named_after_its_city(nlp):
    trips = [e for e in run(nlp, "Ana Weber arrived at Aarhus Castle on Monday.") if e.event_type == "travel"]
    assert [t.destination.name for t in trips] == ["Aarhus Castle, Aarhus"]


def test_a_talk_at_a_venue_is_no_trip(nlp):
    evs = run(nlp, "Ana Weber spoke at the Aarhus museum on Monday about the harbour.")
    assert not [e for e in evs if e.event_type == "travel"]


# --- the story places an arrival's site off the map (second round): the arrival it retells --------------------------

AARHUS = Place("Aarhus", "DK", 56.157, 10.211)
ODENSE = Place("Odense", "DK", 55.396, 10.388)


def test_a_venue_arrival_retold_the_same_day_is_in_the_city_of_the_arrival():
    site = landing_city(Place("Sheraton hotel"), {"Lena Ortiz": [(MONDAY, AARHUS)]}, ["Lena Ortiz"], MONDAY)
    assert site is not None and site.name == "Sheraton hotel, Aarhus" and site.country_code == "DK"


def test_an_undated_venue_arrival_takes_the_last_arrival_told():
    site = landing_city(Place("naval base"), {"Lena Ortiz": [(None, AARHUS)]}, ["Lena Ortiz"], None)
    assert site is not None and site.name == "naval base, Aarhus"


def test_no_arrival_that_day_or_two_cities_place_no_venue():
    landed = {"Lena Ortiz": [(MONDAY, AARHUS)]}
    assert landing_city(Place("naval base"), landed, ["Lena Ortiz"], MONDAY + timedelta(days=2)) is None
    assert landing_city(Place("naval base"), {"Lena Ortiz": [(MONDAY, AARHUS), (MONDAY, ODENSE)]},
                        ["Lena Ortiz"], MONDAY) is None
    assert landing_city(Place("naval base"), landed, ["Olaf Berg"], MONDAY) is None
    assert landing_city(AARHUS, landed, ["Lena Ortiz"], MONDAY) is None  # a place on the map is no site


def test_an_arrival_retold_by_its_hotel_is_one_arrival(nlp):
    text = ("UN envoy Lena Ortiz arrived in Aarhus on Monday, as part of her regional tour. The envoy arrived at the "
            "Sheraton hotel accompanied by deputy minister Olaf Berg.")
    trips = [e for e in run(nlp, text) if e.event_type == "travel"]
    assert [(t.destination.name, t.date_start) for t in trips] == [("Aarhus", MONDAY)]


def test_an_arrival_at_a_site_no_city_holds_is_no_trip(nlp):
    text = ("Ana Weber arrives at the Mirror Hall, a museum in the hill village of Kelbo. Ana Weber met Olaf Berg "
            "in Aarhus on Monday.")
    assert not [e for e in run(nlp, text) if e.event_type == "travel"]


# --- issue-44combo: a venue read only when no object of the slot is on the map --------------------------------------

def test_a_venue_followed_by_its_address_is_the_one_arrival_in_that_city(nlp):
    # the airport's name read as a person's (as the tagger may), its address parsed as conjuncts of it: the place
    # reader reads the arrival in the city; the venue is no second arrival of the same verb
    from made_up_text import DAY
    from spacy.tokens import Span

    from dateline.extractors.cleaning import find_noise
    from dateline.extractors.events import extract_events
    from dateline.extractors.temporal import resolve_timexes

    text = ("On Monday Ana Weber arrived at Odense Lindqvist International Airport, Aarhus, Denmark, and was "
            "received by Per Holm.")
    doc = nlp(text)
    doc.set_ents([Span(doc, 6, 8, "PERSON")], outside=[Span(doc, 8, 10)], default="unmodified")
    events = extract_events(doc, article_id="made-up", timexes=resolve_timexes(doc, DAY), article_date=DAY,
                            noise=find_noise(text, None))
    assert [e.destination.name for e in events if e.event_type == "travel"] == ["Aarhus"]


# --- issue-45venue: a site is read for a traveller the page names ----------------------------------------------------

def _airport_arrival(nlp, traveller: str) -> list:
    """A page's two sentences, the airport's town tagged as a person's name (as the tagger may), so that only the
    venue reader places the arrival ("X airport, X")."""
    from made_up_text import DAY
    from spacy.tokens import Span

    from dateline.extractors.cleaning import find_noise
    from dateline.extractors.events import extract_events
    from dateline.extractors.temporal import resolve_timexes

    text = f"Lena Ortiz spoke in Odense on Monday. {traveller} arrived at the Aarhus airport at 10 am."
    doc = nlp(text)
    town = next(t.i for t in doc if t.text == "Aarhus")
    doc.set_ents([Span(doc, town, town + 1, "PERSON")], default="unmodified")
    events = extract_events(doc, article_id="made-up", timexes=resolve_timexes(doc, DAY), article_date=DAY,
                            noise=find_noise(text, None))
    return [(e.destination.name, sorted(p.name for p in e.participants)) for e in events if e.event_type == "travel"]


def test_a_site_arrival_of_a_described_subject_is_no_trip(nlp):
    # a title phrase the page never ties to a name: no traveller the story follows, no step of a named visit
    assert _airport_arrival(nlp, "The Valdorian PM") == []


def test_a_site_arrival_of_a_named_traveller_stays(nlp):
    assert _airport_arrival(nlp, "Lena Ortiz") == [("Aarhus airport, Aarhus", ["Lena Ortiz"])]
