"""A country's own name before a title says whose office it is ('Peru Prime Minister Ana Ruiz', 'the Peru
premier'), 'the premier' is a prime minister, and a tour that includes meetings with several people is one meeting
of its traveller with each. Made-up sentences."""

from __future__ import annotations

from made_up_text import meetings

from dateline.extractors.people import DocPeople


def _sides(nlp, text):
    return sorted(sorted(p.name for p in e.participants) for e in meetings(nlp, text))


def test_a_country_name_before_a_title_is_the_holders_country(nlp):
    doc = nlp("Peru Prime Minister Ana Ruiz arrived in Quito on Monday for a three-day visit.")
    assert DocPeople(doc).people["Ana Ruiz"].country_code == "PE"


def test_a_posting_is_not_the_holders_country(nlp):
    doc = nlp("The High Commissioner to Peru Ana Ruiz met the press on Monday.")
    person = DocPeople(doc).people.get("Ana Ruiz")
    assert person is None or person.country_code != "PE"


def test_the_country_premier_is_that_countrys_prime_minister(nlp):
    text = ("Peru Prime Minister Ana Ruiz arrived in Quito on Monday for a three-day visit at the invitation of "
            "Prime Minister Tomas Vale. During her visit, the Peru premier is slated to meet with President "
            "Bo Lind.")
    assert ["Ana Ruiz", "Bo Lind"] in _sides(nlp, text)


def test_a_tour_with_meetings_is_one_meeting_of_the_traveller_with_each(nlp):
    text = ("Queen Mira of Lyr visits Peru on Tuesday for a four-day tour that includes meetings with Chancellor "
            "Ann Roe and President Bo Lind.")
    assert _sides(nlp, text) == [["Ann Roe", "Mira"], ["Bo Lind", "Mira"]]


def test_a_tour_with_talks_is_one_meeting_with_all(nlp):
    text = ("Queen Mira of Lyr visits Peru on Tuesday for a four-day tour that includes talks with Chancellor "
            "Ann Roe and President Bo Lind.")
    assert _sides(nlp, text) == [["Ann Roe", "Bo Lind", "Mira"]]
