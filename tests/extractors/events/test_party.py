"""A traveller's party (``party``): companions the story names once ('was accompanied by', 'X and his wife, Y')
join every trip of the traveller the article dates near its day; a host escorting a guest does not; a trip far from
the article's day is another journey. Also the readings the party needs: a name after a title's posting ('Ambassador
to Peru Ann Lee') and a title with a country as its possessor ('Peru's king'). Made-up sentences."""

from __future__ import annotations

from made_up_text import run


def _trips(nlp, text):
    return [(e.trigger, sorted(p.name for p in e.participants)) for e in run(nlp, text) if e.event_type == "travel"]


def test_an_accompanied_traveller_takes_the_companions_on_each_trip(nlp):
    text = ("Ruritanian President Tomas Vale arrived in Lima on Thursday for a three-day visit. He was accompanied by "
            "Foreign Minister Ivo Marek and Trade Minister Lena Sorn. Vale will travel to Cusco on Saturday.")
    trips = _trips(nlp, text)
    assert trips and all({"Tomas Vale", "Ivo Marek", "Lena Sorn"} <= set(who) for _, who in trips)


def test_a_spouse_named_beside_the_traveller_travels_with_them(nlp):
    text = ("Ruritanian President Tomas Vale and his wife, Mira Holt, were welcomed at the airport on Thursday. "
            "Vale arrived in Lima on Thursday for a state visit.")
    assert ("arrived", ["Mira Holt", "Tomas Vale"]) in _trips(nlp, text)


def test_a_host_escorting_the_guest_is_not_of_the_party(nlp):
    text = ("Ruritanian President Tomas Vale arrived in Lima on Thursday. The Peruvian President Ana Ruiz accompanied "
            "Vale in a carriage procession to the palace.")
    assert all("Ana Ruiz" not in who for _, who in _trips(nlp, text))


def test_a_trip_years_before_is_another_journey(nlp):
    text = ("Ruritanian President Tomas Vale arrived in Lima on Thursday. He was accompanied by Foreign Minister Ivo "
            "Marek. Vale last visited Peru in 2009.")
    trips = dict(_trips(nlp, text))
    assert "Ivo Marek" in trips["arrived"] and trips["visited"] == ["Tomas Vale"]


def test_a_name_after_a_titles_posting_is_its_holder(nlp):
    from dateline.extractors.people import DocPeople

    doc = nlp("Keller arrived in Lima this morning. He was accompanied by British Ambassador to Peru Alan Pryce.")
    assert "Alan Pryce" in DocPeople(doc).people


def test_an_empress_named_beside_the_emperor_travels(nlp):
    text = "Ruritanian Emperor Tomas and Empress Mirela arrived in Lima on Thursday for a state visit."
    assert any(set(who) >= {"Tomas", "Mirela"} for _, who in _trips(nlp, text))


def test_a_countrys_king_and_queen_are_the_ones_the_story_named(nlp):
    text = ("Prince Tomas of Ruritania arrived in Peru on Thursday to meet Peru's King Ana Ruiz and Queen Bea Lopez. "
            "On Saturday, he had a private dinner with Peru's king and queen.")
    dinner = [e for e in run(nlp, text) if e.trigger == "dinner"]
    assert dinner and {"Ana Ruiz", "Bea Lopez"} <= {p.name for p in dinner[0].participants}
