"""Who takes part, as the argument frames read it: titles, appositions, pronouns, family names and group owners.
Small made-up texts through the real pipeline."""

from __future__ import annotations

import pytest
from frame_text import names, one, run


def test_unnamed_title_is_a_participant_and_coordination_keeps_status(nlp):
    text = ("The White House later canceled his meeting with Duterte, and President Barack Obama conferred "
            "instead with the President of South Korea.")
    e = one(run(nlp, text), "meeting")
    assert names(e) == {"Barack Obama", "President of South Korea"} and e.status == "occurred"


def test_a_body_next_to_a_named_person_takes_part(nlp):
    text = "On Friday Lord Sebastian Coe and the council convened to decide whether to suspend Russian athletes."
    e = one(run(nlp, text), "meeting")
    assert names(e) == {"Sebastian Coe", "council"}


def test_as_phrase_names_the_travellers(nlp):
    e = one(run(nlp, "Half of the population fled abroad as refugees."), "travel")
    assert "refugees" in names(e) and e.destination.name == "abroad"


def test_object_control_gives_the_subject(nlp):
    text = "The president asked Foreign Minister Ann Lee to travel to Paris."
    e = one(run(nlp, text), "travel")
    assert names(e) == {"Ann Lee"} and e.destination.name == "Paris" and e.status == "planned"


@pytest.mark.parametrize("text, sides, place", [
    ("The first Clinton-Trump debate was held at Hofstra University.", {"Clinton", "Trump"}, "Hofstra University"),
    ("Ruiz and Berg spoke ahead of the Ruiz-Berg summit in Bali.", {"Ruiz", "Berg"}, "Bali"),
    ("US-China talks in Geneva ended on Friday.", {"United States", "China"}, "Geneva"),
    ("The Trump–Kim Jong Un summit took place in Singapore.", {"Trump", "Kim Jong Un"}, "Singapore"),
])
def test_dash_joined_names_before_an_event_noun_are_its_sides(nlp, text, sides, place):
    e = one(run(nlp, text), "meeting")
    assert names(e) == sides and e.location.name == place


@pytest.mark.parametrize("text", [
    "The Camp David summit was a success.",  # a named event, not two sides
    "The G20 summit opened in Rome.",
])
def test_named_events_are_not_lists_of_sides(nlp, text):
    assert not [e for e in run(nlp, text) if e.event_type == "meeting" and len(e.participants) >= 2]


def test_a_title_before_a_name_is_not_a_side(nlp):
    e = one(run(nlp, "Former U.S. President Bill Clinton talks with his daughter Chelsea Clinton."), "meeting")
    assert names(e) == {"Bill Clinton", "Chelsea Clinton"}


def test_the_owner_of_what_is_negotiated_is_a_side(nlp):
    e = one(run(nlp, "The EU's leaders are expected to negotiate Britain's exit."), "meeting")
    assert names(e) == {"EU's leaders", "Britain"} and e.status == "planned"


def test_discussing_a_countrys_policy_does_not_make_it_a_side(nlp):
    e = one(run(nlp, "Blinken met Motegi in Tokyo and discussed China's assertiveness with him."), "meeting")
    assert "China" not in names(e)


def test_they_after_an_unnamed_plural_subject_is_that_group(nlp):
    from dateline.extractors.events.participants import Resolver
    from dateline.extractors.people import DocPeople

    doc = nlp("Police officers said they would travel to Paris.")
    got = Resolver(DocPeople(doc)).resolve(doc[3])
    assert [(p.name, p.mention) for p in got] == [("Police officers", "they")]


def test_a_one_word_name_tagged_person_once_is_that_person_everywhere(nlp):
    from dateline.extractors.people import DocPeople

    doc = nlp("Mr. Trump spoke in Ohio on Monday. Trump said the debate went well.")
    trumps = [t for t in doc if t.text == "Trump"]
    assert [t.ent_type_ for t in trumps] == ["PERSON", "ORG"]  # what en_core_web_sm does with this text
    people = DocPeople(doc)
    assert [people.at(t).person.name for t in trumps] == ["Trump", "Trump"]


def test_a_pronoun_before_the_subject_it_means_is_not_someone_earlier(nlp):
    from dateline.extractors.events.participants import Resolver
    from dateline.extractors.people import DocPeople

    doc = nlp("Olaf Scholz arrived on Monday. After her talks with Macron, Angela Merkel flew home.")
    res = Resolver(DocPeople(doc))
    res.note_sentence(next(iter(doc.sents)))
    her = next(t for t in doc if t.lower_ == "her")
    assert [p.name for p in res.resolve(her)] == ["Angela Merkel"]


def test_the_title_alone_refers_back_to_its_holder(nlp):
    evs = run(nlp, "German Chancellor Olaf Scholz arrived in Delhi on Monday. "
                   "The chancellor had postponed a planned visit to Beijing last month.")
    visit = next(e for e in evs if e.destination and e.destination.name == "Beijing")
    assert names(visit) == {"Olaf Scholz"} and visit.status == "cancelled"


def test_a_title_with_its_own_country_is_someone_else(nlp):
    from dateline.extractors.events.participants import Resolver
    from dateline.extractors.people import DocPeople

    doc = nlp("Foreign Minister Ann Lee arrived. She met the Japanese minister.")
    res = Resolver(DocPeople(doc))
    res.note_sentence(next(iter(doc.sents)))
    minister = [t for t in doc if t.lower_ == "minister"][-1]
    assert "Ann Lee" not in {p.name for p in res.resolve(minister)}


def test_a_subordinate_clause_before_the_subject_refers_forward(nlp):
    e = one(run(nlp, "Ann Lee spoke. As he headed to Laos, Barack Obama said he was undeterred."), "travel")
    assert names(e) == {"Barack Obama"}


def test_a_family_name_first_is_shortened_to_its_first_word(nlp):
    from dateline.extractors.people import DocPeople

    doc = nlp("Chinese Foreign Minister Wang Yi arrived on Monday. Wang met Olaf Scholz.")
    people = DocPeople(doc)
    wang = [t for t in doc if t.text == "Wang"][-1]
    assert people.at(wang).person.name == "Wang Yi"


def test_forms_of_address_are_not_part_of_the_name(nlp):
    evs = run(nlp, "Ambassador Mariam Sangaré travelled to Kigali, where she was received by H.E. Paul Kagame.")
    m = one(evs, "meeting")
    assert names(m) == {"Mariam Sangaré", "Paul Kagame"} and m.location.name == "Kigali"  # "received by" counts


def test_a_title_in_apposition_is_used_to_refer_back(nlp):
    evs = run(nlp, "Ambassador Mariam Sangaré, Special Envoy of the Chairperson, arrived. "
                   "The Special Envoy then proceeded to Bujumbura on Wednesday.")
    trip = next(e for e in evs if e.destination and e.destination.name == "Bujumbura")
    assert names(trip) == {"Mariam Sangaré"}


def test_the_first_leader_to_meet_is_not_a_reference_back(nlp):
    from dateline.extractors.events.participants import Resolver
    from dateline.extractors.people import DocPeople

    doc = nlp("North Korean leader Kim Jong Un spoke. It would make him the first foreign leader to meet Biden.")
    res = Resolver(DocPeople(doc))
    res.note_sentence(next(iter(doc.sents)))
    leader = [t for t in doc if t.lower_ == "leader"][-1]
    assert res.resolve(leader) == []


def test_a_name_with_a_title_in_apposition_is_a_person_even_when_the_model_missed_it(nlp):
    from dateline.extractors.people import DocPeople

    doc = nlp("Ann Lee held talks with H.E. Félix Antoine Tshisekedi Tshilombo, President of the Democratic "
              "Republic of the Congo.\n\nAddis Ababa, 9 June 2022 – The African Union Special Envoy, Ann Lee, left.")
    people = set(DocPeople(doc).people)
    assert "Félix Antoine Tshisekedi Tshilombo" in people and not any("Ababa" in p for p in people)


def test_the_title_a_name_is_given_in_apposition_first_refers_back(nlp):
    evs = run(nlp, "The African Union Special Envoy for the Great Lakes Region, Ambassador Mariam Sangaré, spoke. "
                   "The Special Envoy arrived in Kinshasa on Sunday.")
    assert names(one(evs, "travel")) == {"Mariam Sangaré"}


def test_a_possessive_group_name_has_no_stray_apostrophe(nlp):
    e = one(run(nlp, "India will host the group's leaders' summit in New Delhi on Sept. 9-10."), "meeting")
    assert names(e) == {"leaders"}


def test_a_name_introduced_as_what_the_president_is_known_as_is_that_person(nlp):
    evs = run(nlp, "President Joko Widodo spoke. Jokowi, as the president is widely known, left Jakarta on Sunday "
                   "and landed in Nairobi late that night.")
    assert {names(e) == {"Joko Widodo"} for e in evs} == {True} and len(evs) == 2


def test_a_name_suffix_is_not_the_surname(nlp):
    from dateline.extractors.people import DocPeople

    doc = nlp("Philippine President Ferdinand Marcos Jr. spoke on Monday. Marcos visited Tokyo in February.")
    people = DocPeople(doc)
    marcos = [t for t in doc if t.text == "Marcos"][-1]
    assert people.at(marcos).person.name == "Ferdinand Marcos Jr."


def test_a_title_inside_an_organisation_entity_introduces_a_person(nlp):
    from dateline.extractors.people import DocPeople

    doc = nlp("David Cameron held talks with Kazakh President Kassym-Jomart Tokayev in Astana. "
              "The Kazakh Foreign Ministry said the President Hotel was closed.")
    assert set(DocPeople(doc).people) == {"David Cameron", "Kassym-Jomart Tokayev"}


def test_the_owner_of_a_subject_is_who_he_is_next(nlp):
    evs = run(nlp, "Foreign Minister Tom Berg flew to Shanghai. Ruiz's idea of a peace club has been met with "
                   "scepticism in Washington. He held a video call with Ukrainian President Kofi Mensah.")
    assert names(one(evs, "meeting")) == {"Ruiz", "Kofi Mensah"}
