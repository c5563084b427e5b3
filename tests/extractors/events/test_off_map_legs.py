"""A tour's later legs that the list reader did not reach (made-up text, real parse):
- a town the gazetteer lacks, named with its area noun ("will travel to Lyon, Dijon and Kesmara district"), is read by
  ``described_place`` only as a weak place, so a list whose first item is on the map dropped it;
- the parser hangs "and B" on a description set beside the first item ("Lyon, the regional capital, and B"), so B
  was no item of the list at all;
- the parser hangs a list's second name on the first as an ``npadvmod`` and the rest on the second as its conjuncts
  ("visiting A, B, C and D"): ``clauses.listed_items`` follows the chain (hand-built parses)."""

from __future__ import annotations

from made_up_text import DAY, legs, run

ANA = "Ana Ruiz"


def test_an_off_map_district_after_a_city_is_a_leg_of_its_own(nlp):
    evs = run(nlp, "President Ana Ruiz will travel to Lyon, Dijon and Kesmara district on Monday.", DAY)
    assert legs(evs, ANA) == ["Lyon", "Dijon", "Kesmara district"]


def test_a_list_item_hung_on_a_description_of_the_first_is_a_leg(nlp):
    evs = run(nlp, "President Ana Ruiz will travel to Lyon \u2013 the regional capital \u2013 and Kesmara district on "
                   "Monday.", DAY)
    assert legs(evs, ANA) == ["Lyon", "Kesmara district"]


def test_a_description_of_places_is_no_leg(nlp):
    # 'the northern districts' names no town: no leg, only the city
    evs = run(nlp, "President Ana Ruiz will travel to Lyon and the northern districts on Monday.", DAY)
    assert legs(evs, ANA) == ["Lyon"]


def test_a_thing_beside_the_description_is_no_leg(nlp):
    evs = run(nlp, "President Ana Ruiz will travel to Lyon, the regional capital, and its northern districts on "
                   "Monday.", DAY)
    assert legs(evs, ANA) == ["Lyon"]



def test_a_list_the_parser_breaks_after_its_first_item_keeps_every_item():
    # a hand-built parse of "visiting Aldport, Kestle, Marrow and Dunn": 'Kestle' an npadvmod of 'Aldport', the
    # rest its conjuncts, as the parser reads some lists of unfamiliar names
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from dateline.extractors.events.clauses import listed_items

    words = ["visiting", "Aldport", ",", "Kestle", ",", "Marrow", "and", "Dunn"]
    heads = [0, 0, 1, 1, 3, 3, 5, 5]
    deps = ["ROOT", "dobj", "punct", "npadvmod", "punct", "conj", "cc", "conj"]
    pos = ["VERB", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in listed_items(doc[1])] == ["Aldport", "Kestle", "Marrow", "Dunn"]


def test_a_modifier_not_after_a_comma_is_no_item():
    # "visiting Aldport Monday and Kestle": a day hung on the place is no item of its list
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from dateline.extractors.events.clauses import listed_items

    words = ["visiting", "Aldport", "Monday", "and", "Kestle"]
    heads = [0, 0, 1, 1, 1]
    deps = ["ROOT", "dobj", "npadvmod", "cc", "conj"]
    pos = ["VERB", "PROPN", "PROPN", "CCONJ", "PROPN"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in listed_items(doc[1])] == ["Aldport", "Kestle"]
