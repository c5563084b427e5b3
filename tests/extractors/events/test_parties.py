"""Who takes part: an event none of whose parties the article names stands only when the text pins it down (a place
and a date, or a named gathering held on a known day), and courtesy titles are no part of a name. Made-up text."""

from __future__ import annotations

import pytest
from made_up_text import run


@pytest.mark.parametrize("text", [
    "A meeting with provincial leaders is also on the cards, officials said.",
    "Their trade ministers, who will be meeting in Vienna on tariffs, are to set the date.",
    "Our respective teams will be meeting shortly at a place to be agreed.",
    "Health ministers of the bloc have already spoken to each other by video link.",
])
def test_unnamed_parties_without_place_and_day_make_no_event(nlp, text):
    assert run(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The foreign ministers of Chile, Peru and Bolivia met in Lima on Tuesday.",
    "It follows last week's summit of the leaders of Chile, Peru and Bolivia.",
])
def test_unnamed_parties_pinned_by_place_and_day_or_a_held_summit_stand(nlp, text):
    (meeting,) = [e for e in run(nlp, text) if e.event_type == "meeting"]
    assert meeting.date_start is not None


def test_a_named_party_is_enough(nlp):
    (meeting,) = run(nlp, "President Ana Ruiz will meet provincial leaders.")
    assert [p.name for p in meeting.participants][0] == "Ana Ruiz"



@pytest.mark.parametrize("words, name", [
    ("First Lady Maria Santos", "Maria Santos"),
    ("Crown Prince Omar Haddad", "Omar Haddad"),
    ("Sir John Carter", "John Carter"),
    ("Shri Ravi Kumar", "Ravi Kumar"),
    ("Ayatollah Ali Hosseini", "Ali Hosseini"),
])
def test_courtesy_titles_are_no_part_of_a_name(nlp, words, name):
    """The tagger often takes 'Lady' or 'Crown Prince' into the PERSON span; the name is what follows."""
    from spacy.tokens import Span

    from dateline.extractors.people import DocPeople

    doc = nlp(f"Prime Minister Bo Lind met {words} on Friday.")
    start = next(t.i for t in doc if t.text == words.split()[0])
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= start + len(words.split())] + [
        Span(doc, start, start + len(words.split()), label="PERSON")]
    assert name in DocPeople(doc).people


def test_a_shared_surname_with_an_office_before_it_is_the_office_holder(nlp):
    from dateline.extractors.people import DocPeople

    doc = nlp("US President John Carter met Prime Minister Lee Wong. Carter and First Lady Maria Carter then left. "
              "President Carter will visit Lima on Monday.")
    people = DocPeople(doc)
    last = [t for t in doc if t.text == "Carter"][-1]
    assert people.at(last).person.name == "John Carter"


@pytest.mark.parametrize("intro", ["Kenyan President William Otieno", "Kenya's President William Otieno"])
def test_the_nation_s_leader_is_its_president_or_prime_minister(nlp, intro):
    text = f"{intro} arrived in Ghana on Friday. The visiting Kenyan leader held talks with Prime Minister John Carter."
    (talks,) = [e for e in run(nlp, text) if e.event_type == "meeting"]
    assert {p.name for p in talks.participants} == {"William Otieno", "John Carter"}


@pytest.mark.parametrize("text", [
    "President Ana Ruiz spoke by telephone with Chancellor Hans Weber on Thursday.",
    "President Ana Ruiz spoke by phone with Chancellor Hans Weber on Thursday.",
    "President Ana Ruiz spoke with Chancellor Hans Weber by phone on Thursday.",
])
def test_both_sides_of_a_call_whatever_the_medium_s_attachment(nlp, text):
    (call,) = run(nlp, text)
    assert call.subtype == "phone call" and {p.name for p in call.participants} == {"Ana Ruiz", "Hans Weber"}


@pytest.mark.parametrize("text", [
    "Asked whether she would meet Chancellor Hans Weber, President Maria Lopez said no decision had been made.",
    "Thousands of migrants travelled to the border on Monday.",
])
def test_questions_and_unnamed_crowds_bound_for_no_known_place_are_no_events(nlp, text):
    assert run(nlp, text) == []


def test_he_goes_on_about_the_actor_not_someone_a_relative_clause_names(nlp):
    text = ("Prime Minister Hans Weber held talks in Lima on Wednesday. While there, Mr Weber answered questions "
            "about the report which said John Carter had misled parliament. He flew on later on Wednesday to Quito.")
    trips = [e for e in run(nlp, text) if e.event_type == "travel"]
    assert [[p.name for p in e.participants] for e in trips] == [["Hans Weber"]]


@pytest.mark.parametrize("text", [
    "President John Carter invited Prime Minister Hans Weber to visit Lima in July during a phone call on Monday.",
    "John Carter shared his concerns about the trip with Prime Minister Hans Weber during a phone call on Monday.",
    "In a telephone call on Monday, President John Carter told Hans Weber that the deal was off.",
])
def test_a_call_that_sets_the_scene_of_a_verb_is_between_its_subject_and_the_one_addressed(nlp, text):
    (call,) = [e for e in run(nlp, text) if e.event_type == "meeting"]
    assert {p.name for p in call.participants} == {"John Carter", "Hans Weber"}
    assert call.location is None and call.status == "occurred"  # held nowhere; Monday is before the report


@pytest.mark.parametrize("text", [
    "President Hans Weber came to power in Caracas in 2019.",
    "The talks came to an end in Geneva on Monday.",
])
def test_a_motion_verb_idiom_is_no_trip(nlp, text):
    assert [e for e in run(nlp, text) if e.event_type == "travel"] == []


def test_a_visiting_person_is_the_traveller_and_is_on_the_visit(nlp):
    text = "President Hans Weber told visiting Prime Minister John Carter at the White House that he would attend."
    trips = [e for e in run(nlp, text) if e.event_type == "travel"]
    assert trips and all([p.name for p in e.participants] == ["John Carter"] for e in trips)
    assert all(e.status == "occurred" for e in trips)


@pytest.mark.parametrize("text", [
    "Prime Minister Hans Weber arrived soon after the talks ended.",
    "They left a minute later, as silently as they arrived.",
])
def test_a_trip_to_nowhere_named_is_no_event(nlp, text):
    assert [e for e in run(nlp, text) if e.event_type == "travel"] == []


def test_a_city_visited_is_no_person_met(nlp):
    text = "Foreign Minister Hans Weber, who visited Colombo last month, invited President John Carter to Berlin."
    meetings = [e for e in run(nlp, text) if e.event_type == "meeting"]
    assert all("Colombo" not in {p.name for p in e.participants} for e in meetings)


@pytest.mark.parametrize("text", [
    "Foreign Minister Hans Weber said he hoped the meeting would reach common ground.",
    "But as Hans Weber opened the talks, he said the earliest date had slipped.",
])
def test_a_meeting_word_with_one_named_person_and_nobody_else_is_no_event(nlp, text):
    assert [e for e in run(nlp, text) if e.event_type == "meeting"] == []


def test_a_gathering_of_an_unnamed_group_pinned_by_place_and_day_stands(nlp):
    text = "Foreign ministers of the Group of 20 met in Rio de Janeiro on Wednesday."
    assert [e for e in run(nlp, text) if e.event_type == "meeting"]


@pytest.mark.parametrize("text", [
    "Prime Minister Hans Weber arrived here on his maiden visit to the province.",
    "Before entering the building, President Hans Weber posed for photos.",
])
def test_a_trip_to_a_described_place_only_is_no_event(nlp, text):
    assert [e for e in run(nlp, text) if e.event_type == "travel"] == []


@pytest.mark.parametrize("text", [
    "Nearly 50 world leaders have come to Washington to discuss nuclear security.",
    "It is the first state visit to Britain of a Chinese head of state in ten years.",
])
def test_unnamed_travellers_dated_only_by_the_report_make_no_event(nlp, text):
    assert [e for e in run(nlp, text) if e.event_type == "travel"] == []


def test_an_event_word_after_with_is_no_party(nlp):
    """'meeting the sultan, with the talks expected to focus on trade': the talks are the meeting, not its guests."""
    text = "In Muscat, Hans Weber will be meeting Sultan John Carter, with the talks expected to focus on trade."
    (meeting,) = [e for e in run(nlp, text) if e.event_type == "meeting"]
    assert [p.name for p in meeting.participants] == ["Hans Weber", "John Carter"]


@pytest.mark.parametrize("second", [
    "Talks between the two leaders are scheduled for Friday.",
    "The two met again in Lima on Friday.",
])
def test_the_two_are_the_pair_the_story_s_events_are_about(nlp, second):
    text = f"President Maria Lopez welcomed Prime Minister Hans Weber at the airport on Wednesday. {second}"
    meetings = [e for e in run(nlp, text) if e.event_type == "meeting"]
    assert len(meetings) == 2 and all({p.name for p in m.participants} == {"Maria Lopez", "Hans Weber"}
                                      for m in meetings)


def test_the_two_are_not_a_reporter_named_last(nlp):
    text = ("President Maria Lopez welcomed Prime Minister Hans Weber at the airport on Wednesday. "
            "Our correspondent John Carter is in the capital. Talks between the two leaders have ended.")
    assert all("John Carter" not in {p.name for p in e.participants} for e in run(nlp, text))


@pytest.mark.parametrize("text, name", [
    ("Prime Minister Tan Wei Keong met the envoy on Friday.", "Tan Wei Keong"),
    ("The envoy met Commission President Maria von der Berg on Friday.", "Maria von der Berg"),
])
def test_a_name_the_tagger_ends_early_keeps_its_last_word(nlp, text, name):
    """The small model stops a name before a rare last word, or on its particle: the next capitalised word with no
    entity type of its own (or any, after a particle) completes it."""
    from spacy.tokens import Span

    from dateline.extractors.people import DocPeople

    doc = nlp(text)
    words = name.split()
    start = next(t.i for t in doc if t.text == words[0])
    cut = start + len(words) - 1  # the tagger's span without the last word
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= cut + 1] + [Span(doc, start, cut, label="PERSON")]
    assert name in DocPeople(doc).people


def test_a_plural_party_listed_in_the_next_sentence_is_one_meeting_with_each(nlp):
    text = ("Hans Weber held bilateral meetings with several other leaders on Friday. These included President "
            "John Carter and Chancellor Maria Lopez.")
    meetings = [e for e in run(nlp, text) if e.event_type == "meeting"]
    assert sorted(tuple(p.name for p in e.participants) for e in meetings) == [
        ("Hans Weber", "John Carter"), ("Hans Weber", "Maria Lopez")]


def test_a_plural_that_qualifies_a_noun_takes_no_list(nlp):
    text = "Hans Weber attended the Leaders' Summit in Oslo on Friday. These included John Carter and Maria Lopez."
    for e in run(nlp, text):
        assert not {"John Carter", "Maria Lopez"} & {p.name for p in e.participants}


def test_a_name_that_qualifies_a_building_or_body_is_no_person(nlp):
    """'the [Maria Lopez] hotel', 'the [John Carter] Foundation': the name names the body, not someone present."""
    from spacy.tokens import Span

    from dateline.extractors.people import DocPeople

    doc = nlp("Hans Weber checked into the Maria Lopez hotel on Friday.")
    start = next(t.i for t in doc if t.text == "Maria")
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= start + 2] + [
        Span(doc, start, start + 2, label="PERSON")]
    assert "Maria Lopez" not in DocPeople(doc).people


@pytest.mark.parametrize("text, who", [
    ("President John Carter arrived in Lima on Monday. His engagements begin with talks with President Maria "
     "Lopez on Tuesday.", {"John Carter", "Maria Lopez"}),
    ("Hans Weber's plane landed in Vienna on Monday.", {"Hans Weber"}),
])
def test_a_persons_programme_or_conveyance_as_subject_is_that_person(nlp, text, who):
    events = run(nlp, text)
    assert any({p.name for p in e.participants} == who for e in events)


def test_talks_with_two_parties_are_one_meeting_but_meetings_with_two_are_one_each(nlp):
    """'held talks with A and B': talks are one meeting however many sides; 'held meetings with A and B' are two."""
    talks = [e for e in run(nlp, "Hans Weber held talks with President John Carter and Chancellor Maria Lopez on "
                                 "Friday.") if e.event_type == "meeting"]
    assert [sorted(p.name for p in e.participants) for e in talks] == [["Hans Weber", "John Carter", "Maria Lopez"]]
    meetings = [e for e in run(nlp, "Hans Weber held separate meetings with President John Carter and Chancellor "
                                    "Maria Lopez on Friday.") if e.event_type == "meeting"]
    assert sorted(tuple(sorted(p.name for p in e.participants)) for e in meetings) == [
        ("Hans Weber", "John Carter"), ("Hans Weber", "Maria Lopez")]


@pytest.mark.parametrize("text, kind", [
    ("Pope Maria Lopez, who calls herself a pilgrim of peace and goodwill,\narrived in Lima on Monday for a "
     "three-day visit.", "arrive"),
    ("President John Carter, on his first trip abroad since\ntaking office, will visit\nLima on Monday.", "visit"),
])
def test_a_hard_wrapped_line_goes_on_with_its_sentence_s_subject(nlp, text, kind):
    """Wire copy wrapped at a fixed width: a single line break before a lower-case word is no new segment, so the
    subject on the line above is the actor (a blank line still ends a paragraph)."""
    trips = [e for e in run(nlp, text) if e.subtype == kind]
    assert trips and {p.name for p in trips[0].participants} in ({"Maria Lopez"}, {"John Carter"})
    assert trips[0].destination is not None and trips[0].destination.name == "Lima"


@pytest.mark.parametrize("text, traveller", [
    ("President Maria Lopez greeted Hans Weber on his arrival in Lima on Tuesday.", "Hans Weber"),
    ("On his trip to Peru, businessman Hans Weber on Tuesday met President Maria Lopez.", "Hans Weber"),
    ("On her arrival in Lima, President Maria Lopez was greeted by Hans Weber.", "Maria Lopez"),
])
def test_the_one_welcomed_on_arrival_is_who_travels_unless_the_phrase_comes_first(nlp, text, traveller):
    (trip,) = [e for e in run(nlp, text) if e.event_type == "travel"]
    assert {p.name for p in trip.participants} == {traveller}
