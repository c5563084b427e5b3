"""Royal couples (``name_spans``, ``party._consorts``, ``role_holders._partners_consort``): a royal named by a given
name alone after the title, or before ', Duchess of X', is a person; a king and a queen named side by side are a
married couple, so 'the king and queen' is that couple whoever else of those titles the story names. Also 'the
country' just after a place the sentence went to, and a guest hosted 'for talks'. Made-up sentences."""

from __future__ import annotations

from made_up_text import run


def test_a_queen_called_by_her_given_name_is_a_person(nlp):
    from dateline.extractors.people import DocPeople

    doc = nlp("King Tomas Vale and Queen Mirela of Ruritania arrived in Lima on Thursday for a state visit.")
    assert "Mirela" in DocPeople(doc).people


def test_a_name_before_a_comma_and_a_title_of_a_place_is_a_person(nlp):
    from dateline.extractors.people import DocPeople

    doc = nlp("Prince Tomas Vale and Mirela, Duchess of Lyr, began their tour of Peru on Monday.")
    people = DocPeople(doc).people
    assert "Mirela" in people and "duchess" in people["Mirela"].titles


def test_a_title_followed_by_a_place_is_no_name(nlp):
    from dateline.extractors.people import DocPeople

    doc = nlp("Lima, capital of Peru, hosted the talks on Monday.")
    assert "Lima" not in DocPeople(doc).people


def test_the_king_and_queen_are_the_couple_named_together(nlp):
    text = ("King Tomas Vale and Queen Mirela of Ruritania arrived in Lima on Thursday for a state visit. "
            "A plaque recalls that Queen Ottilie visited Cusco by sea in 1849. "
            "The king and queen will meet President Ana Ruiz in Lima on Friday.")
    meets = [e for e in run(nlp, text) if e.trigger == "meet"]
    assert meets and {"Mirela", "Ana Ruiz"} <= {p.name for p in meets[0].participants}
    assert "Ottilie" not in {p.name for p in meets[0].participants}


def test_a_mother_and_her_son_are_no_couple(nlp):
    from dateline.extractors.events.participants import Resolver
    from dateline.extractors.events.party import Party
    from dateline.extractors.people import DocPeople

    doc = nlp("The last royals to visit were Prince Tomas Vale, his wife Princess Mirela and son Prince Ivo.")
    res = Resolver(DocPeople(doc))
    party = Party()
    for sent in doc.sents:
        party.read(res, sent)
    assert not any({a.name, b.name} == {"Mirela", "Ivo"} for a, b in res.couples)


def test_the_country_after_a_city_the_sentence_went_to_is_that_citys_country(nlp):
    text = ("MADRID - President Tomas Vale of Ruritania arrived in Lima on Sunday and began his third visit to the "
            "country on Monday.")
    visits = [e for e in run(nlp, text) if e.trigger == "visit"]
    assert visits and visits[0].destination.country_code == "PE"


def test_a_guest_hosted_for_talks_is_the_talks_other_side(nlp):
    text = ("Peruvian President Ana Ruiz hosted her Ruritanian counterpart, President Tomas Vale, at the palace in "
            "Lima on Thursday for bilateral talks.")
    talks = [e for e in run(nlp, text) if e.trigger == "talks"]
    assert all({"Ana Ruiz", "Tomas Vale"} <= {p.name for p in e.participants} for e in talks)
