"""Names the story gives in full somewhere the body does not (its title, a title the model did not tag), and plural
descriptions of the story's two leaders before any event of theirs was told. Made-up text and people."""

from __future__ import annotations

from made_up_text import DAY, run

from dateline.extractors.cleaning import find_noise
from dateline.extractors.events import extract_events
from dateline.extractors.name_spans import headline_full_name
from dateline.extractors.people import DocPeople
from dateline.extractors.temporal import resolve_timexes


def _names(event) -> list[str]:
    return [p.name for p in event.participants]


def test_a_headline_gives_the_full_name_beside_the_body_s_one_word():
    assert headline_full_name("Ruritanian President Zu Wenbo left Oslo Friday, ending his visit", "Zu") == "Zu Wenbo"
    assert headline_full_name("Tomas Lind's visit to Oslo", "Lind") == "Tomas Lind"


def test_a_headline_verb_title_or_punctuation_ends_the_name():
    assert headline_full_name("Lind Lands in Oslo", "Lind") is None  # a title-case headline's verb
    assert headline_full_name("President Lind arrives in Oslo", "Lind") is None  # a title, not a given name
    assert headline_full_name("Lind, Ruiz Hold Talks", "Lind") is None  # two people listed
    assert headline_full_name("Lind: we will talk", "Lind") is None


def test_the_body_s_one_word_name_takes_the_title_s_full_name(nlp):
    title = "Ruritanian President Lee Wenbo left Oslo on Friday, ending his state visit"
    text = "Lee and his wife Ana Wenbo stayed at the palace in Oslo. Lee arrived in Bergen on Tuesday."
    doc = nlp(text)
    assert "Lee Wenbo" in DocPeople(doc, headline=title).people
    events = extract_events(doc, article_id="made-up", timexes=resolve_timexes(doc, DAY), article_date=DAY,
                            noise=find_noise(text, title))
    trips = [e for e in events if e.event_type == "travel"]
    assert trips and all("Lee Wenbo" in _names(e) for e in trips)


def test_without_a_title_the_one_word_name_stays(nlp):
    doc = nlp("Lee and his wife Ana Wenbo stayed at the palace in Oslo. Lee arrived in Bergen on Tuesday.")
    assert "Lee" in DocPeople(doc).people


def test_an_untagged_name_after_a_title_is_its_holder(nlp):
    doc = nlp("Confusion remains over who initiated the call between Prime Minister Ana Ruiz and "
              "Ruritania's Chief Executive Tomas Varga on Friday.")
    people = DocPeople(doc)
    assert "Tomas Varga" in people.people


def test_a_place_after_a_title_s_to_is_no_part_of_the_name(nlp):
    doc = nlp("Ruritania's High Commissioner to India Aziz Rahman Khan arrived here on Thursday.")
    assert list(DocPeople(doc).people) == ["Aziz Rahman Khan"]


def test_a_name_runs_through_its_particles(nlp):
    doc = nlp("On Tuesday, Prime Minister Ana Ruiz spoke to Commission President Greta van der Hoeven.")
    assert "Greta van der Hoeven" in DocPeople(doc).people


def test_the_two_leaders_are_the_last_two_leaders_mentioned(nlp):
    text = ("Prime Minister Ana Ruiz telephonic conversation with Ruritanian President Tomas Varga\n\n"
            "Ruritanian President Tomas Varga called the Prime Minister this morning. In a brief conversation, the "
            "two leaders discussed the situation in Ruritania. The two leaders also "
            "discussed the forthcoming summit on trade in Oslo.")
    (summit,) = [e for e in run(nlp, text) if e.trigger == "summit"]
    assert sorted(_names(summit)) == ["Ana Ruiz", "Tomas Varga"]
