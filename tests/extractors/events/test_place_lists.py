"""A tour told as one trip verb and a list of places: every place of the list is a leg, whatever the entity tagger
made of each name (made-up text, real parse). The tagger joins "Lyon, Nice" into one organisation and tags a long
list's later names as people or products; once one item of the list is a place, the others are read by their own
words. A list with no place in it stays no trip."""

from __future__ import annotations

from made_up_text import DAY, legs, run

ANA = "Ana Ruiz"


def test_a_list_whose_first_names_the_tagger_joins_into_an_organisation_gives_one_leg_per_place(nlp):
    evs = run(nlp, "President Ana Ruiz will visit Lyon, Nice and Nantes on Monday.", DAY)
    assert legs(evs, ANA) == ["Lyon", "Nice", "Nantes"]


def test_a_long_list_of_places_under_one_verb_gives_every_leg(nlp):
    evs = run(nlp, "Governor Ana Ruiz will be visiting Lyon, Nice, Dijon, Toulouse, Rennes and Nantes on June 7 and 8.",
              DAY)
    assert legs(evs, ANA) == ["Lyon", "Nice", "Dijon", "Toulouse", "Rennes", "Nantes"]


def test_a_list_read_well_keeps_its_legs(nlp):
    evs = run(nlp, "President Ana Ruiz will travel to Lyon, Dijon and Nantes on Monday.", DAY)
    assert legs(evs, ANA) == ["Lyon", "Dijon", "Nantes"]


def test_a_list_of_people_is_no_tour(nlp):
    evs = run(nlp, "President Ana Ruiz will visit Tom Hale, Rosa Lind and Paul Brenner on Monday.", DAY)
    assert legs(evs, ANA) == []


def test_a_list_located_in_a_region_keeps_the_region_not_a_town_the_tagger_missed(nlp):
    # the towns are inside the region the clause gives them: the leg is the region (and a town the tagger reads)
    evs = run(nlp, "Governor Ana Ruiz will visit the Harlow Treaty Grounds, as well as Siena and Lucca in Tuscany on "
                   "Monday.", DAY)
    assert "Tuscany" in legs(evs, ANA)
    assert "Siena" not in legs(evs, ANA)


def test_a_located_list_gives_no_town_by_its_own_words(nlp):
    evs = run(nlp, "Governor Ana Ruiz will visit the Harlow Treaty Grounds, as well as Oban and Inverness in the "
                   "Highlands on Monday.", DAY)
    assert "Inverness" not in legs(evs, ANA)


def test_a_list_headed_by_a_named_site_is_no_list_of_places(nlp):
    # "the Harlow Treaty Grounds" is a site with its own article: its list is of things seen, not a tour of towns
    evs = run(nlp, "Governor Ana Ruiz will visit the Harlow Treaty Grounds, as well as Kaolack and Thies in the "
                   "Casamance on Monday.", DAY)
    assert legs(evs, ANA) == []
