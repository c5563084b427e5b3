"""Who 'the visitor' is: 'the visiting dignitary', 'his guest' and 'the visiting dignitaries' name the story's
visiting protagonist, never the host; and a headline's 'President of <country> <surname>' is that person, not a new
one named after the country. Made-up text."""

from __future__ import annotations

from made_up_text import run

VISIT = "President Maria Lopez arrived in Lima on Monday on a three-day state visit. "


def _names(event) -> list[str]:
    return [p.name for p in event.participants]


def test_the_visiting_dignitary_is_the_story_s_visitor(nlp):
    events = run(nlp, VISIT + "The visiting dignitary will also hold talks with Prime Minister John Carter.")
    (talks,) = [e for e in events if e.event_type == "meeting"]
    assert _names(talks) == ["Maria Lopez", "John Carter"]


def test_a_dinner_for_his_guest_is_with_the_visitor_not_the_host(nlp):
    events = run(nlp, VISIT + "Prime Minister John Carter will host a dinner for his guest on Tuesday.")
    (dinner,) = [e for e in events if e.event_type == "meeting"]
    assert sorted(_names(dinner)) == ["John Carter", "Maria Lopez"]


def test_the_visiting_dignitaries_are_the_visitor_and_her_companion(nlp):
    text = ("President Maria Lopez and her husband Hans Weber left for Lima on Monday. "
            "The visiting dignitaries will reach Cusco on Wednesday.")
    trips = [e for e in run(nlp, text) if e.event_type == "travel" and e.trigger == "reach"]
    assert trips and sorted(_names(trips[0])) == ["Hans Weber", "Maria Lopez"]


def test_a_guest_of_the_protagonist_is_not_the_protagonist(nlp):
    """The story is about the host here: 'his guest' is someone else, whom nothing names."""
    text = "Prime Minister John Carter flew to Lima on Monday. He will host a dinner for his guest on Tuesday."
    assert all("guest" not in [p.mention for p in e.participants] for e in run(nlp, text))


def test_a_headline_title_s_country_is_no_part_of_the_name(nlp):
    from dateline.extractors.people import DocPeople

    doc = nlp("President of Peru Lopez arrives in Chile\n\nPresident of Peru Maria Lopez arrived in Santiago on "
              "Monday. Lopez will meet business leaders.")
    assert {n for n in DocPeople(doc).people if "Lopez" in n} == {"Maria Lopez"}

