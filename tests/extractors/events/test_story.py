"""The document-level story model and clause-level attachment (issue 11's error classes), each on made-up text:
datelines, 'here' and 'the capital', where a traveller is on a day, status from the clause, both sides of a
conversation, groups that name their members, and what is no meeting or trip in news."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extractors.cleaning import find_noise
from dateline.extractors.events import extract_events
from dateline.extractors.events.scene import Whereabouts
from dateline.extractors.events.story import find_dateline
from dateline.extractors.records import Place
from dateline.extractors.temporal import resolve_timexes

DAY = date(2019, 5, 8)  # a Wednesday


def run(nlp, text, day=DAY, scope="news"):
    doc = nlp(text)
    return extract_events(doc, article_id="s1", timexes=resolve_timexes(doc, day), article_date=day,
                          noise=find_noise(text, None), scope=scope)


def names(e):
    return {p.name for p in e.participants}


def of_type(evs, etype):
    return [e for e in evs if e.event_type == etype]


# --- the dateline ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("head, place", [
    ("LIMA (Reuters) - The minister arrived.", "Lima"),
    ("NAIROBI, May 7 - The minister arrived.", "Nairobi"),
    ("Lima : The minister arrived.", "Lima"),
    ("Lima/Cusco: The minister arrived.", "Lima"),
    ("ISLAMABAD, Sept 7 (APP): The minister arrived.", "Islamabad"),
    ("Some headline here\n\nMADRID — The minister arrived.", "Madrid"),
    ("OSLO • The minister arrived.", "Oslo"),
    ("A headline\nMaria Lopez in Lima\n\nThe minister arrived.", "Lima"),
    ("By John Carter/Reuters in Quito\n\nThe minister arrived.", "Quito"),
    ("A headline\n\nLondon - Prime Minister Hans Weber arrived.", "London"),
    ("LIMA, MARCH 19: The minister arrived.", "Lima"),  # the day in capitals too
    ("QUITO, SEPT. 4 - The minister arrived.", "Quito"),
])
def test_dateline_place(head, place):
    assert find_dateline(head).place.name == place


@pytest.mark.parametrize("head", [
    "President: we will talk.",
    "Talks - the first in years - began.",
    "The minister arrived in Lima on Monday.",
    "Talks in Lima\n\nThe minister arrived.",
    "Lima - the capital, was calm.",
    "The visit ended. Paris - The minister arrived.",
])
def test_no_dateline(head):
    assert find_dateline(head) is None


def test_dateline_prefix_is_never_a_person(nlp):
    (trip,) = of_type(run(nlp, "OSLO, May 7 - Indian Prime Minister Raj Kumar arrived on Tuesday."), "travel")
    assert names(trip) == {"Raj Kumar"}


@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - Spanish Prime Minister Pedro Alvarez arrived here on Sunday.",
    "LIMA (Reuters) - Spanish Prime Minister Pedro Alvarez arrived in the city on Sunday.",
    "LIMA (Reuters) - Spanish Prime Minister Pedro Alvarez arrived in the capital on Sunday.",
])
def test_here_and_the_city_are_the_dateline_place(nlp, text):
    (trip,) = of_type(run(nlp, text), "travel")
    assert trip.destination.name == "Lima" and trip.destination.country_code == "PE"
    assert trip.date_start == trip.date_end == date(2019, 5, 5)


def test_the_capital_of_a_datelined_story_from_another_city(nlp):
    text = "KARACHI, May 7 - Foreign Minister Ana Ruiz met President Tom Hale in the capital on Tuesday."
    (m,) = of_type(run(nlp, text), "meeting")
    assert m.location.name == "Islamabad"


# --- where a traveller is on a day ------------------------------------------------------------------------------------

def test_a_meeting_without_a_place_is_where_its_participants_are_that_day(nlp):
    text = ("Foreign Minister Ana Ruiz arrived in Accra on Monday. On Tuesday she held talks with President "
            "Tom Hale.")
    (m,) = of_type(run(nlp, text), "meeting")
    assert m.location.name == "Accra" and m.date_start == date(2019, 5, 7)


def test_whereabouts_keep_the_most_specific_place_of_the_latest_day():
    w = Whereabouts()
    ghana = Place("Ghana", "GH")
    accra = Place("Accra", "GH", 5.55, -0.2)
    w.note("Ana Ruiz", date(2019, 5, 6), ghana)
    w.note("Ana Ruiz", date(2019, 5, 6), accra)
    w.note("Ana Ruiz", date(2019, 5, 1), Place("Lome", "TG", 6.13, 1.22))
    assert w.where(["Ana Ruiz"], date(2019, 5, 7)) == accra
    assert w.where(["Ana Ruiz"], date(2019, 5, 2)).name == "Lome"
    assert w.where(["Ana Ruiz"], date(2019, 4, 30)) is None  # not yet anywhere the story knows
    assert w.where(["Tom Hale"], date(2019, 5, 7)) is None


def test_a_meeting_on_the_day_before_an_arrival_is_not_at_the_arrival_place(nlp):
    text = ("President Ivan Petrov arrived in Paris on Wednesday. On Tuesday, Petrov had talks with Chancellor "
            "Karin Vogel by video link.")
    meetings = of_type(run(nlp, text), "meeting")
    assert meetings and all(m.location is None or m.location.name != "Paris" for m in meetings)


# --- status from the clause -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chancellor Karin Vogel is to meet President Daniel Moi in Nairobi.",
    "The chancellor, Karin Vogel, said she would meet President Daniel Moi in Nairobi.",
    "The summit between President Ivan Petrov and Chancellor Karin Vogel is likely to be held in Geneva.",
    "Chancellor Karin Vogel is expected to meet President Ivan Petrov in Geneva.",
    "Chancellor Karin Vogel plans to meet President Ivan Petrov in Geneva.",
])
def test_plainly_planned_meetings(nlp, text):
    (m,) = of_type(run(nlp, text), "meeting")
    assert m.status == "planned"


def test_a_raised_predicate_gives_the_day_of_the_event_noun(nlp):
    text = "The summit between President Ivan Petrov and Chancellor Karin Vogel is likely to be held on Friday."
    (m,) = of_type(run(nlp, text), "meeting")
    assert (m.date_start, m.status) == (date(2019, 5, 10), "planned")


def test_a_past_announcement_of_a_future_trip_is_planned(nlp):
    text = "Officials outlined on Tuesday the visit of President Ivan Petrov to Kenya on May 20, 2019."
    (trip,) = of_type(run(nlp, text), "travel")
    assert trip.status == "planned" and trip.date_start == date(2019, 5, 20)


def test_has_arrived_is_dated_by_the_report(nlp):
    (trip,) = of_type(run(nlp, "Prime Minister Pedro Alvarez has arrived in Lima."), "travel")
    assert trip.date_start == trip.date_end == DAY and trip.status == "occurred"


# --- both sides of a conversation -------------------------------------------------------------------------------------

def test_spoke_with_a_named_person_is_talks(nlp):
    (m,) = of_type(run(nlp, "President Ana Ruiz spoke with Prime Minister Tom Hale on Tuesday."), "meeting")
    assert names(m) == {"Ana Ruiz", "Tom Hale"} and m.subtype == "talks" and m.status == "occurred"


def test_spoke_to_reporters_is_no_meeting(nlp):
    assert of_type(run(nlp, "President Ana Ruiz spoke to reporters on Tuesday."), "meeting") == []


def test_each_coordinated_conversation_keeps_its_own_kind(nlp):
    text = ("President Ana Ruiz held talks with Foreign Minister Lena Fischer and spoke by phone with President "
            "Ivan Petrov on Tuesday.")
    kinds = {frozenset(names(m)): m.subtype for m in of_type(run(nlp, text), "meeting")}
    assert kinds[frozenset({"Ana Ruiz", "Lena Fischer"})] == "talks"
    assert kinds[frozenset({"Ana Ruiz", "Ivan Petrov"})] == "phone call"


# --- groups ---------------------------------------------------------------------------------------------------------

def test_a_group_that_lists_its_members(nlp):
    text = "The foreign ministers of Austria and Italy, Karl Brandt and Marco Rossi, met in Vienna on Tuesday."
    (m,) = of_type(run(nlp, text), "meeting")
    assert {"Karl Brandt", "Marco Rossi"} <= names(m)


def test_a_group_named_by_role_and_countries(nlp):
    text = ("Austrian Foreign Minister Karl Brandt and Italian Foreign Minister Marco Rossi arrived in Vienna on "
            "Monday. The foreign ministers of Austria and Italy met on Tuesday.")
    (m,) = of_type(run(nlp, text), "meeting")
    assert names(m) == {"Karl Brandt", "Marco Rossi"} and m.location.name == "Vienna"


# --- what is no meeting or trip in news -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A court deported Jose Maria Garcia to Mexico on Tuesday.",
    "Thousands of refugees fled to Turkey.",
    "Mourners attended the funeral of Ali Khan on Tuesday.",
    "Rescuers evacuated 200 villagers to the town of Leeds.",
])
def test_no_event_in_news_scope(nlp, text):
    assert run(nlp, text) == []


def test_the_extended_scope_keeps_them_for_rams(nlp):
    (trip,) = run(nlp, "A court deported Jose Maria Garcia to Mexico on Tuesday.", scope="extended")
    assert trip.subtype == "deportation"


def test_unknown_scope_is_refused(nlp):
    with pytest.raises(ValueError, match="scope"):
        run(nlp, "Ana Ruiz met Tom Hale.", scope="everything")


# --- places from the story: the dateline around the article's day, a capital for talks with office holders ------------

def test_a_meeting_reported_from_a_dateline_happened_there(nlp):
    text = "CAIRO, May 7 - President Omar Said met Foreign Minister Lena Fischer on Tuesday."
    (m,) = of_type(run(nlp, text), "meeting")
    assert m.location.name == "Cairo"


def test_the_dateline_says_nothing_of_a_meeting_weeks_away(nlp):
    text = "CAIRO, May 7 - President Omar Said will meet Foreign Minister Lena Fischer on June 20."
    (m,) = of_type(run(nlp, text), "meeting")
    assert m.location is None


def test_talks_with_a_national_office_holder_in_a_country_are_in_its_capital(nlp):
    text = ("Foreign Minister Lena Fischer will pay a visit to Japan from July 12 to 14 and hold talks with "
            "Japanese Prime Minister Taro Sato.")
    (m,) = of_type(run(nlp, text), "meeting")
    assert m.location.name == "Tokyo"


def test_a_country_stays_a_country_without_its_office_holders():
    from dateline.extractors.events.story import seat_of_office

    japan = Place("Japan", "JP")
    assert seat_of_office(japan, [("Foreign Minister", "DE"), (None, None)]) == japan
    assert seat_of_office(japan, [("Prime Minister", "JP")]).name == "Tokyo"
    assert seat_of_office(None, [("Prime Minister", "JP")]) is None
    # beside a visitor, an office holder whose country the story does not give is the host's
    assert seat_of_office(japan, [("Prime Minister", "IL"), ("Prime Minister", None)]).name == "Tokyo"
    assert seat_of_office(japan, [("Prime Minister", None), ("Minister", None)]) == japan  # no visitor: unknown


@pytest.mark.parametrize("text", [
    "Foreign Minister Lena Fischer was expected to visit Japan in July, but the trip never materialized.",
    "Foreign Minister Lena Fischer was due to meet President Omar Said in Cairo, but the meeting was postponed.",
])
def test_a_later_clause_calls_the_event_off(nlp, text):
    evs = run(nlp, text)
    assert evs and all(e.status == "cancelled" for e in evs)


def test_a_plan_that_happened_is_not_called_off(nlp):
    (trip,) = run(nlp, "Foreign Minister Lena Fischer was expected to visit Japan in July, and the trip went ahead.")
    assert trip.status != "cancelled"


# --- a published programme ----------------------------------------------------------------------------------------

def test_programme_lines_take_the_day_heading_and_the_traveller(nlp):
    text = ("President Ana Ruiz will travel to Ghana next week. Ruiz will also stop in Togo.\n\n"
            "Wednesday, May 15\n\n9 a.m.: Meeting with President Kofi Mensah at Jubilee House.")
    (m,) = of_type(run(nlp, text), "meeting")
    assert names(m) == {"Ana Ruiz", "Kofi Mensah"}
    assert m.date_start == date(2019, 5, 15) and m.status == "planned"


def test_protagonist_is_the_most_mentioned_person():
    from dateline.extractors.events.story import protagonist

    assert protagonist([("Ana Ruiz", 0), ("Kofi Mensah", 5), ("Ana Ruiz", 9)]) == "Ana Ruiz"
    assert protagonist([("Ana Ruiz", 0), ("Kofi Mensah", 5)]) is None


# --- roles and subjects ------------------------------------------------------------------------------------------

def test_the_subject_of_a_raising_adjective_takes_part(nlp):
    (m,) = of_type(run(nlp, "Minister Lena Fischer is likely to hold talks with Omar Said on May 14 in Cairo."),
                   "meeting")
    assert names(m) == {"Lena Fischer", "Omar Said"}


def test_a_title_used_bare_as_a_subject_is_its_holder(nlp):
    text = ("Qatari Emir Hamad Al-Sabah arrived in Accra on Monday. Qatari Emir will depart from Accra on "
            "Wednesday.")
    trips = of_type(run(nlp, text), "travel")
    assert all(names(t) == {"Hamad Al-Sabah"} for t in trips) and len(trips) == 2


def test_the_title_of_several_holders_is_the_protagonists(nlp):
    text = ("President Kofi Mensah began a tour of the Volta Region on Monday. Mensah was welcomed by regional "
            "officials. President Ana Ruiz of Togo sent greetings. Mensah will open a school. "
            "After the event, the President will travel to Ho on Tuesday.")
    trips = [e for e in of_type(run(nlp, text), "travel") if e.destination and e.destination.name == "Ho"]
    assert trips and names(trips[0]) == {"Kofi Mensah"}


def test_the_day_of_the_report_does_not_date_the_reported_trip(nlp):
    text = "Prime Minister Omar Said will first go to Ghana, then Togo, diplomatic sources told reporters on Monday."
    trips = of_type(run(nlp, text), "travel")
    assert trips and all(t.date_start is None and t.date_end is None for t in trips)


# --- venues and arrivals ---------------------------------------------------------------------------------------------

def test_a_venue_named_after_its_city_is_in_that_city(nlp):
    text = ("Vice Minister Yang Wen greeted President Raj Kumar on his arrival at Beijing airport on Sunday. "
            "On Tuesday, Kumar will meet Premier Li Ming.")
    evs = run(nlp, text, day=date(2000, 5, 28))
    (trip,) = of_type(evs, "travel")
    assert names(trip) == {"Raj Kumar"} and trip.destination.country_code == "CN"
    assert trip.destination.name.endswith("Beijing")
    later = [m for m in of_type(evs, "meeting") if "Li Ming" in names(m)]
    assert later[0].location.name == "Beijing"  # where the traveller is, not the airport


def test_a_meeting_during_the_summit_is_where_the_summit_is(nlp):
    text = ("Leaders opened the APEC summit in Busan on Friday. Envoy Lin Mei met Premier Wen Hao on Saturday "
            "during the summit.")
    m = next(e for e in of_type(run(nlp, text), "meeting") if "Lin Mei" in names(e))
    assert m.location.name == "Busan"


def test_meetings_with_several_parties_are_one_meeting_each(nlp):
    text = ("President Hu Wei will hold the meetings with President Tom Bush and Prime Minister Sato Abe when all "
            "three attend the summit.")
    sides = {frozenset(names(m)) for m in of_type(run(nlp, text), "meeting") if "Hu Wei" in names(m)}
    assert sides == {frozenset({"Hu Wei", "Tom Bush"}), frozenset({"Hu Wei", "Sato Abe"})}


def test_a_meeting_with_two_parties_stays_one_meeting(nlp):
    (m,) = of_type(run(nlp, "President Hu Wei held a meeting with Tom Bush and Sato Abe in Hanoi."), "meeting")
    assert names(m) == {"Hu Wei", "Tom Bush", "Sato Abe"}


# --- a tour announced with its route; itineraries of named travellers only ----

def test_a_tour_announced_with_its_route_gives_one_planned_leg_per_country(nlp):
    text = ("Officials outlined on Tuesday the tour of President Ivan Petrov, which will take him to Kenya, Ghana "
            "and Senegal from May 20 to May 27.")
    trips = of_type(run(nlp, text), "travel")
    assert [t.destination.name for t in trips] == ["Kenya", "Ghana", "Senegal"]
    assert all(t.status == "planned" for t in trips)
    # the days are the tour's: it starts in Kenya; when it reaches Ghana and Senegal this sentence does not say
    assert [(t.date_start, t.date_end) for t in trips] == [(date(2019, 5, 20), date(2019, 5, 27)), (None, None),
                                                          (None, None)]


def test_an_unresolved_title_makes_no_itinerary(nlp):
    from dateline.extractors.events import build_itineraries, cluster_events

    evs = run(nlp, "The President will travel to Kampala on Tuesday, an aide said.")
    assert of_type(evs, "travel") and build_itineraries(cluster_events(evs)) == []


def test_an_arrival_is_dated_by_the_verb_it_hangs_on(nlp):
    text = "Minister Lena Fischer met President Omar Said on Monday shortly after arriving in Cairo."
    (trip,) = of_type(run(nlp, text), "travel")
    assert trip.date_start == trip.date_end == date(2019, 5, 6)


def test_an_arrival_a_report_only_mentions_keeps_its_day_open(nlp):
    text = "State media reported on Monday as Minister Lena Fischer arrived in Cairo."
    (trip,) = of_type(run(nlp, text), "travel")
    assert trip.date_start is None


def test_the_country_of_a_datelined_story(nlp):
    text = "DAMASCUS, May 7 - Envoy Lena Fischer arrived on Monday on her third visit to the country."
    trips = of_type(run(nlp, text), "travel")
    assert any(t.destination is not None and t.destination.country_code == "SY" for t in trips)


def test_an_arrival_told_again_keeps_the_day_the_story_gave_it(nlp):
    """'has arrived in Peru' dates the arrival today; 'landed at a base outside Lima' is the same arrival retold."""
    evs = of_type(run(nlp, "The Ruritanian president Karl Bosk has arrived in Peru for a state visit. Bosk landed at "
                           "Ferro Air Base outside Lima and was greeted by the vice president."), "travel")
    landed = next(e for e in evs if e.trigger == "landed")
    assert (landed.date_start, landed.date_end) == (DAY, DAY)


def test_an_arrival_with_no_dated_arrival_before_it_keeps_its_start_open(nlp):
    evs = of_type(run(nlp, "The Ruritanian minister Karl Bosk said on Wednesday they would push back. Bosk came to "
                           "Lima with his deputy in the first overseas trip of the new cabinet."), "travel")
    came = next(e for e in evs if e.trigger == "came")
    assert came.date_start is None and came.date_end == DAY


def test_a_capitalised_bare_title_is_the_story_s_protagonist_not_the_last_holder_named(nlp):
    """The lead is about the visiting president; the host president is named twice after it, yet "The President"
    of the programme is the visitor."""
    text = ("President Karl Bosk arrived in Lima this evening on a state visit. He will be welcomed by Peruvian "
            "President Ana Ruiz on Monday. Ruiz will host a banquet. On Tuesday, the President will meet Luis "
            "Soto, the speaker of the congress.")
    meetings = of_type(run(nlp, text), "meeting")
    soto = next(e for e in meetings if "Luis Soto" in names(e))
    assert "Karl Bosk" in names(soto) and "Ana Ruiz" not in names(soto)


def test_a_possessive_binds_to_the_person_named_in_its_own_clause(nlp):
    text = ("Deputy Minister Omar Said greeted President Karl Bosk at the airport. Accompanying the President on "
            "his week-long visit to Peru are three ministers.")
    visits = [e for e in of_type(run(nlp, text), "travel") if e.subtype == "visit"]
    assert visits and all("Omar Said" not in names(e) for e in visits)


def test_a_trip_the_story_calls_off_is_off_in_every_sentence_that_tells_it(nlp):
    text = ("Trade Minister Karl Bosk's visit to Peru has been postponed, the ministry said on Wednesday. Earlier, "
            "officials had announced Bosk's visit to Peru from May 20 and his May 21 meeting with President Ana "
            "Ruiz in Lima.")
    evs = run(nlp, text)
    assert evs and all(e.status == "cancelled" for e in evs)


@pytest.mark.parametrize("text, first, last", [
    ("Prime Minister Karl Bosk will make a four-day visit to Peru beginning May 20, officials said.",
     date(2019, 5, 20), date(2019, 5, 23)),
    ("President Karl Bosk began a three-day state visit to Peru on Monday.", date(2019, 5, 6), date(2019, 5, 8)),
    ("President Karl Bosk wrapped up a three-day visit to Peru on Monday.", date(2019, 5, 4), date(2019, 5, 6)),
])
def test_a_visit_that_says_how_many_days_it_lasts_gets_its_last_day(nlp, text, first, last):
    visit = next(e for e in of_type(run(nlp, text), "travel") if e.subtype == "visit")
    assert (visit.date_start, visit.date_end) == (first, last)


def test_a_meeting_with_no_day_of_its_own_falls_in_the_visit_the_story_dated(nlp):
    text = ("Prime Minister Karl Bosk will make a four-day visit to Peru beginning May 20, officials said. He will "
            "meet President Ana Ruiz and business leaders.")
    (meeting,) = of_type(run(nlp, text), "meeting")
    assert (meeting.date_start, meeting.date_end) == (date(2019, 5, 20), date(2019, 5, 23))
    assert meeting.location is not None and meeting.location.name == "Peru"


def test_a_story_that_opens_on_a_role_and_names_its_protagonist_later_means_them(nlp):
    text = ("The UN envoy for Ruritania held talks on Sunday in Lima with Foreign Minister Luis Soto. \"The talks "
            "were useful,\" Norwegian diplomat Karl Bosk told reporters. Bosk arrived in Lima on Saturday.")
    (meeting,) = of_type(run(nlp, text), "meeting")
    assert names(meeting) == {"Karl Bosk", "Luis Soto"}


def test_a_role_of_another_country_is_not_the_protagonist(nlp):
    text = ("The Peruvian envoy held talks on Sunday in Lima with Foreign Minister Ana Ruiz. Norwegian diplomat "
            "Karl Bosk told reporters the talks were useful. Bosk arrived in Lima on Saturday.")
    meetings = of_type(run(nlp, text), "meeting")
    assert all("Karl Bosk" not in names(e) for e in meetings)


@pytest.mark.parametrize("text", [
    # 'U.S. peace envoy Karl Bosk' is American, so 'the U.S. envoy' later is him
    "U.S. peace envoy Karl Bosk shuttled between the two sides on Sunday. The U.S. envoy and his team met Prime "
    "Minister Luis Soto in Lima on Sunday.",
    # a title and its synonym both find their holder: the envoy is the special representative
    "U.S. Special Representative for Ruritania, Karl Bosk, arrived in Lima on Monday. Before arriving, the envoy met "
    "Foreign Minister Luis Soto in Quito.",
])
def test_the_envoy_is_the_envoy_the_story_introduced(nlp, text):
    meeting = next(e for e in of_type(run(nlp, text), "meeting") if "Luis Soto" in names(e))
    assert "Karl Bosk" in names(meeting)


def test_a_reference_to_a_told_meeting_is_that_meeting_not_another_event(nlp):
    text = ("President Karl Bosk met Prime Minister Luis Soto in Lima on Wednesday. Following the talks, Bosk "
            "visited a school.")
    meetings = of_type(run(nlp, text), "meeting")
    assert len(meetings) == 1 and names(meetings[0]) == {"Karl Bosk", "Luis Soto"}


@pytest.mark.parametrize("text", [
    "President Karl Bosk will meet Prime Minister Luis Soto and President Ana Ruiz separately next week.",
    "President Karl Bosk is scheduled to have bilateral meetings with President Ana Ruiz and Premier Luis Soto.",
    # a visitor who meets two office-holders holds a call on each: news reports them as separate meetings
    "Prime Minister Karl Bosk will also meet President Maria Lopez and opposition leader Luis Soto on Tuesday.",
    "President Karl Bosk met Prime Minister Luis Soto and President Maria Lopez in Lima on Sunday.",
])
def test_meeting_two_people_separately_is_one_meeting_with_each(nlp, text):
    sides = sorted(sorted(names(e)) for e in of_type(run(nlp, text), "meeting"))
    other = "Maria Lopez" if "Maria Lopez" in text else "Ana Ruiz"
    assert sides == sorted([sorted([other, "Karl Bosk"]), ["Karl Bosk", "Luis Soto"]])


@pytest.mark.parametrize("text", [
    "President Karl Bosk met Prime Minister Luis Soto and President Maria Lopez together in Lima on Sunday.",
    "President Karl Bosk will hold trilateral talks with Prime Minister Luis Soto and President Maria Lopez.",
    "Karl Bosk, Luis Soto and Maria Lopez met in Lima on Sunday.",
])
def test_a_meeting_told_as_joint_stays_one_meeting(nlp, text):
    meetings = of_type(run(nlp, text), "meeting")
    assert len(meetings) == 1 and names(meetings[0]) == {"Karl Bosk", "Luis Soto", "Maria Lopez"}


def test_a_meeting_during_a_gathering_told_later_takes_its_place_and_days(nlp):
    text = ("President Karl Bosk will meet Prime Minister Luis Soto during the regional summit this month. Officials "
            "said the leaders will attend the summit in Lima on May 20-21.")
    meeting = next(e for e in of_type(run(nlp, text), "meeting") if "Luis Soto" in names(e))
    assert meeting.location is not None and meeting.location.name == "Lima"
    assert (meeting.date_start, meeting.date_end) == (date(2019, 5, 20), date(2019, 5, 21))


def test_leaders_of_named_nationalities_are_the_heads_the_story_names(nlp):
    text = ("President Karl Bosk met Peruvian and Chilean leaders in Lima on Wednesday. Peruvian President Ana Ruiz "
            "arrived first; Chilean Prime Minister Luis Soto came an hour later.")
    meetings = of_type(run(nlp, text), "meeting")  # one meeting with each leader, the visitor in both
    assert all("Karl Bosk" in names(m) for m in meetings)
    assert {"Karl Bosk", "Ana Ruiz", "Luis Soto"} <= set().union(*(names(m) for m in meetings))


@pytest.mark.parametrize("text, status", [
    ("President Karl Bosk arrives in Lima on May 8, 2019, greeted by President Ana Ruiz.", "occurred"),  # a caption
    ("President Karl Bosk arrives in Lima on Wednesday for talks with President Ana Ruiz.", "planned"),
])
def test_a_present_tense_dated_in_full_on_the_article_s_day_is_a_caption_of_what_happened(nlp, text, status):
    (trip,) = of_type(run(nlp, text), "travel")
    assert trip.status == status


def test_a_day_range_written_day_first_starts_on_its_first_day(nlp):
    (visit,) = of_type(run(nlp, "President Karl Bosk will visit Peru from 20-23 May."), "travel")
    assert (visit.date_start, visit.date_end) == (date(2019, 5, 20), date(2019, 5, 23))


def test_a_title_whose_holder_is_named_inside_it_is_that_person(nlp):
    (trip,) = of_type(run(nlp, "President of Ruritania Karl Bosk arrived in Lima on Monday."), "travel")
    assert names(trip) == {"Karl Bosk"}


def test_a_bare_capitalised_title_from_the_start_is_the_first_holder_named(nlp):
    """A press statement calls its president "the President" throughout and names both presidents once: the
    traveller of "The President will depart" is the first one named, not the last."""
    text = ("Because of the President's injury, the President has asked to delay his trip. President Ana Ruiz and "
            "President Bo Lind agreed to meet a day later. The President will depart Lima on Wednesday.")
    (trip,) = [e for e in run(nlp, text) if e.event_type == "travel"]
    assert names(trip) == {"Ana Ruiz"}


def test_a_departure_heads_for_the_next_arrival_told(nlp):
    text = "Hans Weber left Bonn on Monday. She arrived in Vienna on Tuesday."
    (dep,) = [e for e in run(nlp, text) if e.subtype == "depart"]
    assert (dep.origin.name, dep.destination.name) == ("Bonn", "Vienna")


@pytest.mark.parametrize("text", [
    "Hans Weber left Bonn on Monday. She returned to Bonn on Friday.",
    "Hans Weber left Bonn on Tuesday. She had arrived in Vienna on Monday.",
])
def test_a_departure_takes_no_round_trip_or_earlier_arrival(nlp, text):
    (dep,) = [e for e in run(nlp, text) if e.subtype == "depart"]
    assert dep.destination is None
