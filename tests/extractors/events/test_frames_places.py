"""Where the argument frames put an event: described places, venues, nationality words the model tags as groups,
the scene and the trip a meeting belongs to, topics and homes. Small made-up texts through the real pipeline."""

from __future__ import annotations

import pytest
from frame_text import dated, names, one, run


@pytest.mark.parametrize("text, who, origin, dest", [
    ("Panicked fans fled the stadium into the streets.", "Panicked fans", "stadium", "streets"),
    ("Thousands of refugees fled abroad last year.", "Thousands of refugees", None, "abroad"),
    ("Officials brought the migrants to a camp outside the city.", "migrants", None, "camp"),
])
def test_described_places_without_coordinates(nlp, text, who, origin, dest):
    e = one(run(nlp, text), "travel")
    assert who in names(e)
    assert (e.origin.name if e.origin else None) == origin
    assert e.destination.name == dest and e.destination.latitude is None and e.destination.country_code is None


def test_gazetteer_place_wins_over_a_description(nlp):
    e = one(run(nlp, "Rebels moved 200 civilians from Aleppo to a camp in Idlib."), "travel")
    assert e.origin.name == "Aleppo" and e.destination.name == "Idlib" and e.destination.country_code == "SY"


def test_named_venue_is_the_place(nlp):
    e = one(run(nlp, "Hillary Clinton and Donald Trump met at Hofstra University."), "meeting")
    assert e.location.name == "Hofstra University" and e.location.latitude is None


def test_nominal_adjectives_travel_and_part_of_a_place(nlp):
    e = one(run(nlp, "Rescuers evacuated the sick and the elderly from the outskirts of Kyiv."), "travel")
    assert "sick and elderly" in names(e) and e.origin.name == "Kyiv"


def test_place_noun_with_its_name_in_apposition(nlp):
    e = one(run(nlp, "The rebel leader Riek Machar returned to the capital Juba on Tuesday."), "travel")
    assert e.destination.name == "Juba" and e.destination.latitude is not None


def test_a_country_the_model_tags_as_nationality_is_still_a_place(nlp):
    e = one(run(nlp, "Scharipow arranges the transport back to Tajikistan of three to four of his countrymen."),
            "travel")
    assert e.destination.name == "Tajikistan" and e.destination.country_code == "TJ"
    assert names(e) == {"countrymen"}  # the counted people, not the number


def test_a_meeting_before_a_trip_does_not_take_the_trips_destination(nlp):
    evs = run(nlp, "Following her meeting with Emmanuel Macron, Angela Merkel flew to Rome.")
    assert one(evs, "meeting").location is None and one(evs, "travel").destination.name == "Rome"


def test_a_phone_call_takes_no_place_from_the_scene(nlp):
    from datetime import date


    text = ("Olaf Scholz held talks with Narendra Modi at Hyderabad House on Saturday. "
            "Scholz spoke by phone with Emmanuel Macron on Friday.")
    evs = dated(nlp, text, date(2023, 2, 25))
    call = next(e for e in evs if e.subtype == "phone call")
    assert call.location is None and str(call.date_start) == "2023-02-24"


def test_a_meeting_on_a_trip_takes_the_trips_destination_over_the_scene(nlp):
    from datetime import date


    text = ("Olaf Scholz held talks with Narendra Modi at Hyderabad House on Saturday. "
            "Scholz is scheduled to travel to Bengaluru on Sunday to meet business leaders.")
    evs = dated(nlp, text, date(2023, 2, 25))
    meet = next(e for e in evs if e.trigger == "meet")
    assert meet.location.name == "Bengaluru" and meet.status == "planned"


def test_a_verb_coordinated_with_met_shares_its_place_but_is_its_own_meeting(nlp):
    evs = run(nlp, "In Cairo, Wang Yi met Egyptian President Abdel Fattah el-Sisi and held talks with his Egyptian "
                   "counterpart Sameh Shoukry.")
    meetings = sorted((e for e in evs if e.event_type == "meeting"), key=lambda e: e.start_char)
    assert [names(e) for e in meetings] == [{"Wang Yi", "Abdel Fattah el-Sisi"}, {"Wang Yi", "Sameh Shoukry"}]
    assert all(e.location.name == "Cairo" for e in meetings)


def test_a_city_the_model_tags_as_nationality_is_still_a_place(nlp):
    e = one(run(nlp, "Wang Yi is expected to arrive in Tunis later on Sunday."), "travel")
    assert e.destination.name == "Tunis" and e.destination.country_code == "TN"


def test_places_inside_the_topic_are_not_where_it_happened(nlp):
    e = one(run(nlp, "Joe Biden held talks with Xi Jinping on trade, clean energy and the war in Ukraine."), "meeting")
    assert e.location is None


def test_an_earlier_scene_in_the_past_perfect_is_not_where_the_story_is(nlp):
    from datetime import date


    text = ("Xi Jinping arrived in Kathmandu on Saturday from Chennai, where he had held an informal summit with "
            "Narendra Modi. On Sunday, Xi held talks with Prime Minister KP Sharma Oli.")
    evs = dated(nlp, text, date(2019, 10, 13))
    talks = next(e for e in evs if "KP Sharma Oli" in names(e))
    assert talks.location.name == "Kathmandu"


def test_arriving_for_an_event_goes_where_the_event_is(nlp):
    e = one(run(nlp, "In November 2018, Angela Merkel arrived late for a G20 summit in Buenos Aires."), "travel")
    assert e.destination.name == "Buenos Aires"


def test_a_meeting_takes_the_place_where_the_story_was_that_day(nlp):
    from datetime import date


    text = ("Xi Jinping left Kathmandu for Beijing on Sunday afternoon. Xi Jinping had arrived in Kathmandu from "
            "Chennai on Saturday. On Sunday morning, Xi Jinping held talks with Prime Minister KP Sharma Oli. "
            "Ana Ruiz and Tom Berg last met in November in Bali.")
    evs = dated(nlp, text, date(2019, 10, 13))
    talks = next(e for e in evs if "KP Sharma Oli" in names(e))
    assert talks.location.name == "Kathmandu"  # where he was on Sunday before leaving, not Beijing or Bali


@pytest.mark.parametrize("text, place", [
    ("David Cameron met Shavkat Mirziyoyev in the ancient city of Samarkand on Tuesday.", "Samarkand"),
    ("Ana Ruiz met Tom Berg in the Indonesian resort island of Bali.", "Bali"),
    ("Christopher Luxon met Ferdinand Marcos on the sidelines of the APEC summit in San Francisco.", "San Francisco"),
])
def test_places_behind_settlement_nouns_and_sidelines(nlp, text, place):
    e = next(e for e in run(nlp, text) if e.trigger == "met")
    assert e.location.name == place


@pytest.mark.parametrize("text, places", [
    ("Joe Biden will travel to Poland, Germany and France.", ["Poland", "Germany", "France"]),
    ("Wang Yi will also visit Mauritania and Togo.", ["Mauritania", "Togo"]),
    ("Antony Blinken flew to Anchorage, Alaska.", ["Anchorage"]),  # a place inside another is one leg
])
def test_each_listed_destination_is_a_leg_with_its_own_id(nlp, text, places):
    trips = sorted((e for e in run(nlp, text) if e.event_type == "travel"), key=lambda e: e.destination.name)
    assert sorted(e.destination.name for e in trips) == sorted(places)
    assert len({e.event_id for e in trips}) == len(trips)


def test_a_lowercase_word_is_no_gazetteer_place_and_a_named_town_stands_unmapped(nlp):
    e = one(run(nlp, "Joe Biden spent his time at the seaside temple town of Mamallapuram, where he and "
                     "Narendra Modi held talks."), "meeting")
    assert e.location.name == "Mamallapuram" and e.location.latitude is None  # not Temple, Texas


def test_a_town_the_gazetteer_lacks_is_not_put_inside_the_scene_city(nlp):
    from datetime import date

    text = ("Xi Jinping arrived in Kathmandu on Saturday. On Saturday, Xi Jinping recalled his time at the seaside "
            "temple town of Mamallapuram, where he and Narendra Modi held talks.")
    talks = next(e for e in dated(nlp, text, date(2019, 10, 13)) if e.trigger == "talks")
    assert talks.location.name == "Mamallapuram"


def test_how_many_countries_is_not_where(nlp):
    assert not [e for e in run(nlp, "President Joko Widodo visited four countries on the continent.")
                if e.destination is not None]


@pytest.mark.parametrize("text, origin, dest", [
    ("German Foreign Minister Annalena Baerbock will visit Cairo on Thursday before heading home.", None, "Germany"),
    ("Annalena Baerbock left home early.", "home", None),
])
def test_home_as_where_someone_heads_or_leaves(nlp, text, origin, dest):
    e = [e for e in run(nlp, text) if e.trigger in {"heading", "left"}][0]
    assert (e.origin.name if e.origin else None, e.destination.name if e.destination else None) == (origin, dest)
