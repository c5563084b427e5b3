"""Events an article tells again (fifteenth pass, helper 24f): a telling that adds no one, no place and no day to
an event told already is that event (``told_again.py``); a speaker remarking on an event noun is not its party
(``commentators.py``). Made-up sentences through the real pipeline."""

from __future__ import annotations

from datetime import date

from made_up_text import run as run_on

from dateline.extractors.events.told_again import STAY

DAY = date(2024, 5, 8)  # a Wednesday


def of_type(nlp, text, etype):
    return [e for e in run_on(nlp, text, DAY) if e.event_type == etype]


def names(e):
    return {p.name for p in e.participants}


def test_a_visit_told_again_without_a_day_is_the_visit_told(nlp):
    evs = of_type(nlp, "Prime Minister John Carter will visit Lima on Friday for talks with Maria Lopez. Carter's "
                       "visit to Lima has been in the works for months.", "travel")
    assert len(evs) == 1
    assert evs[0].date_start == date(2024, 5, 10) and evs[0].status == "planned"


def test_a_retelling_with_a_new_place_is_kept(nlp):
    evs = of_type(nlp, "Prime Minister John Carter will visit Lima on Friday. He will visit Quito on Saturday.",
                  "travel")
    assert {e.destination.name for e in evs if e.destination} >= {"Lima", "Quito"}


def test_an_arrival_is_not_the_stay_it_begins():
    assert "arrive" not in STAY and "depart" not in STAY and "visit" in STAY


def test_a_speaker_stressing_talks_during_a_summit_is_not_its_party(nlp):
    evs = of_type(nlp, "Foreign Minister Nadia Rahm underscored the importance of direct talks between John Carter "
                       "and Maria Lopez during the summit.", "meeting")
    assert not any(names(e) == {"Nadia Rahm"} for e in evs)
    assert any(names(e) == {"John Carter", "Maria Lopez"} for e in evs)


def test_a_summit_between_named_leaders_that_a_speaker_welcomed_keeps_them(nlp):
    evs = of_type(nlp, "Senator Nadia Rahm welcomed the summit between John Carter and Maria Lopez in Lima on "
                       "Tuesday.", "meeting")
    assert any({"John Carter", "Maria Lopez"} <= names(e) for e in evs)
