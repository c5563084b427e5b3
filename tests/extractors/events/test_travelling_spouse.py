"""A travelling spouse (``party``): named once beside the principal ('X and Queen Consort Y', 'X arrived with his
wife, Y', 'him and Y, the queen consort'), the spouse joins the principal's trips of the article and the welcomes
and banquets of those trips, not their talks; 'the couple' is then the two of them; a given name joined to a
person's name is a person. Made-up sentences."""

from __future__ import annotations

from made_up_text import run


def _events(nlp, text, kind):
    return [(e.trigger, sorted(p.name for p in e.participants)) for e in run(nlp, text) if e.event_type == kind]


def test_a_spouse_named_with_a_spouse_title_travels_with_the_principal(nlp):
    text = ("President Tomas Vale and first lady Maria Lopez will visit Peru next week, the palace said on "
            "Thursday. Vale arrived in Lima on Thursday for a three-day state visit.")
    trips = _events(nlp, text, "travel")
    assert trips and all(t != "arrived" or "Maria Lopez" in who for t, who in trips)


def test_a_spouse_the_principal_arrives_with_joins_the_welcome_but_not_the_talks(nlp):
    text = ("Ruritanian President Tomas Vale arrived in Lima on Thursday with his wife, Mira Holt. Peruvian President "
            "Ana Ruiz greeted Vale at the palace on Thursday. Vale held talks with Ruiz on Friday.")
    meetings = dict(_events(nlp, text, "meeting"))
    assert "Mira Holt" in meetings.get("greeted", [])
    assert "Mira Holt" not in meetings.get("talks", [])


def test_the_couple_is_the_principal_and_the_spouse(nlp):
    text = ("King Tomas Vale left Ruritania on Tuesday for a state visit to Peru. The visit will bring him and Mira, "
            "the queen consort, to Cusco on Friday. The couple arrived in Lima on Wednesday.")
    trips = _events(nlp, text, "travel")
    assert any(t == "arrived" and {"Tomas Vale", "Mira"} <= set(who) for t, who in trips)


def test_a_given_name_joined_to_a_persons_name_is_a_person(nlp):
    from dateline.extractors.people import DocPeople

    doc = nlp("President Ana Ruiz greeted Tomas Vale and Mira at the palace on Thursday.")
    assert "Mira" in DocPeople(doc).people


def test_someone_elses_wife_is_not_the_travellers_spouse(nlp):
    text = ("Ruritanian President Tomas Vale arrived in Lima on Thursday with Chancellor Hans Weber's wife. "
            "Vale will travel to Cusco on Saturday.")
    trips = _events(nlp, text, "travel")
    assert all(len(who) == 1 for _, who in trips if "Tomas Vale" in who)


def test_the_royals_are_the_travelling_couple(nlp):
    text = ("Emperor Tomas Vale and his wife, Mira Holt, arrived in Lima on Tuesday for a state visit. Besides "
            "meeting President Ana Ruiz, the royals will also take a side trip to Cusco.")
    trips = _events(nlp, text, "travel")
    assert any(t == "trip" and {"Tomas Vale", "Mira Holt"} <= set(who) for t, who in trips)
