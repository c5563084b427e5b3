"""Who the story's people are in a quotation and behind a title (issue 11's participant classes, eighteenth pass),
each on made-up text: a courtesy title after a title's comma does not hide its holder, a capitalised title in a party
slot is resolved like a lower-case one, a quotation's 'I' is its speaker and its 'he' is someone else."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

from dateline.extractors.cleaning import find_noise
from dateline.extractors.events import extract_events
from dateline.extractors.events.participants import Resolver
from dateline.extractors.events.parties import subtree_participants
from dateline.extractors.events.role_holders import named_right_after
from dateline.extractors.people import DocPeople
from dateline.extractors.temporal import resolve_timexes

DAY = date(2019, 5, 8)  # a Wednesday


def run(nlp, text, day=DAY):
    doc = nlp(text)
    return extract_events(doc, article_id="s1", timexes=resolve_timexes(doc, day), article_date=day,
                          noise=find_noise(text, None), scope="news")


def names(e):
    return {p.name for p in e.participants}


def of_type(events, kind):
    return [e for e in events if e.event_type == kind]


def _title_then_courtesy_name(nlp):
    """'Bosk spoke with the President of Ruritania, Mr. Luis Soto.' as the parser often leaves it: the name hangs on
    the verb, outside the title's phrase, with 'Mr.' before it."""
    words = ["Bosk", "spoke", "with", "the", "President", "of", "Ruritania", ",", "Mr.", "Luis", "Soto", "."]
    heads = [1, 1, 1, 4, 2, 4, 5, 1, 10, 10, 1, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "punct", "compound", "compound", "npadvmod",
            "punct"]
    pos = ["PROPN", "VERB", "ADP", "DET", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "IN", "DT", "NNP", "IN", "NNP", ",", "NNP", "NNP", "NNP", "."]
    spaces = [True] * 6 + [False] + [True] * 3 + [False, False]
    doc = Doc(nlp.vocab, words=words, lemmas=[w.lower() for w in words], heads=heads, deps=deps, pos=pos, tags=tags,
              spaces=spaces)
    doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 6, 7, "GPE"), Span(doc, 9, 11, "PERSON")]
    return doc, Resolver(DocPeople(doc))


def test_a_courtesy_title_after_a_titles_comma_does_not_hide_its_holder(nlp):
    doc, res = _title_then_courtesy_name(nlp)
    held = named_right_after(res, doc[4])
    assert held is not None and held.person.name == "Luis Soto"


def test_a_capitalised_title_in_a_party_slot_is_resolved(nlp):
    doc, res = _title_then_courtesy_name(nlp)  # 'President' is tagged a proper noun, as a capitalised title often is
    assert [p.name for p in subtree_participants(res, [doc[i] for i in range(2, 7)], doc[1])] == ["Luis Soto"]


def test_a_third_person_inside_a_quotation_is_not_its_speaker(nlp):
    text = ("President Luis Soto spoke with Prime Minister Karl Bosk by phone on Monday.\n\n"
            "\"We spoke at length today. He will travel to Lima in June,\" Soto told reporters.")
    trips = of_type(run(nlp, text), "travel")
    assert trips and all(names(t) == {"Karl Bosk"} for t in trips)


def test_a_quotations_first_person_is_its_speaker(nlp):
    text = ("Foreign Minister Ana Ruiz spoke to reporters in Lima on Monday.\n\n"
            "\"I toured Quito and Bogota in March,\" Ruiz said.")
    trips = of_type(run(nlp, text), "travel")
    assert trips and all(names(t) == {"Ana Ruiz"} for t in trips)
