"""A trip verb's list of places loses no item (thirty-fourth pass, issue-44place): a town the gazetteer lacks among
places it holds, a name written with its area noun ("A and B districts"), and the names a plural kind noun lists
("the cities of A and B") are legs of the tour; a list that names its items' kind with a noun that is no town nor
area ("the A, B and C wards") stays as the tagger read it (made-up names and sentences, real parse)."""

from __future__ import annotations

from made_up_text import DAY, legs, run
from spacy.tokens import Doc

from dateline.extractors.events.place_lists import landmark, named_area

ANA = "Ana Ruiz"


def test_a_town_off_the_map_among_listed_cities_is_a_leg(nlp):
    evs = run(nlp, "Governor Ana Ruiz is expected to visit Lyon, Nantes, Dijon, Rennes and Kestlemore next week.",
              DAY)
    assert legs(evs, ANA) == ["Lyon", "Nantes", "Dijon", "Rennes", "Kestlemore"]


def test_a_town_off_the_map_inside_a_to_list_is_a_leg(nlp):
    evs = run(nlp, "President Ana Ruiz went first to Lyon, Kestlemore, Dijon and Nantes, speaking at a rally in "
                   "each.", DAY)
    assert "Kestlemore" in legs(evs, ANA)


def test_a_name_written_with_its_area_noun_is_read_by_its_name(nlp):
    # the parse of "will visit Lyon and Dijon districts" when the tagger splits the names: 'districts' a conjunct
    # of 'Lyon', 'Dijon' its compound (built by hand: the model's parse of it depends on the names)
    words = ["Ruiz", "will", "visit", "Lyon", "and", "Dijon", "districts", "."]
    doc = Doc(nlp.vocab, words=words, heads=[2, 2, 2, 2, 3, 6, 3, 2],
              deps=["nsubj", "aux", "ROOT", "dobj", "cc", "compound", "conj", "punct"],
              pos=["PROPN", "AUX", "VERB", "PROPN", "CCONJ", "PROPN", "NOUN", "PUNCT"],
              lemmas=["Ruiz", "will", "visit", "Lyon", "and", "Dijon", "district", "."])
    place = named_area(doc[6])
    assert place is not None and place.name == "Dijon"
    assert named_area(doc[3]) is None  # a name is no area noun


def test_the_names_a_plural_kind_noun_lists_are_legs(nlp):
    evs = run(nlp, "Premier Ana Ruiz visited the cities of Harbin and Jilin on Monday to open two new "
                   "hospitals.", DAY)
    assert legs(evs, ANA) == ["Harbin", "Jilin"]


def test_a_list_of_another_kind_gives_no_town_off_the_map(nlp):
    evs = run(nlp, "During the campaign, President Ana Ruiz will visit the Lyon Central, Kestlemore, Marbeck North, "
                   "Dunwald Central, and Orvel wards.", DAY)
    assert not {"Kestlemore", "Marbeck North", "Dunwald"} & set(legs(evs, ANA))


def test_a_list_of_people_is_still_no_tour(nlp):
    evs = run(nlp, "President Ana Ruiz will visit Tom Hale, Rosa Lind and Paul Brenner on Monday.", DAY)
    assert legs(evs, ANA) == []


def test_an_off_map_name_the_page_uses_as_a_landmark_is_no_stop(nlp):
    # 'Kestlemore' is listed among the stops, but the page places a stop by it ("Dijon, a river town near
    # Kestlemore"): a site visited from that stop, not a town of the tour
    text = ("President Ana Ruiz will travel to Lyon, Nantes, Kestlemore and Dijon next month, her office said. She "
            "will spend two nights in Dijon, a river town near Kestlemore, before she returns to Nantes.")
    assert "Kestlemore" not in legs(run(nlp, text, DAY), ANA)
    unplaced = text.replace(", a river town near Kestlemore,", "")
    assert "Kestlemore" in legs(run(nlp, unplaced, DAY), ANA)


def test_landmark_reads_the_object_of_near_or_outside(nlp):
    doc = nlp("The camp outside Kestle Moor and the port near Dunwick were closed. Talks in Orvel went on.")
    assert landmark(doc, "Kestle Moor") and landmark(doc, "Dunwick")
    assert not landmark(doc, "Orvel") and not landmark(doc, "Moor")
