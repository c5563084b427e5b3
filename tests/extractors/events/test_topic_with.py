"""A 'with' the parser hangs on the topic of a talk verb ('discuss a series of questions with X') is the verb's
counterpart, and every name of its list is a side, even one the parser split off as a second object of the verb.
Made-up text (and a hand-built parse for the split list)."""

from __future__ import annotations

from made_up_text import meetings, names
from spacy.tokens import Doc

from dateline.extractors.events.topic_with import topic_partners


def test_a_with_hung_on_the_topic_gives_the_talks_their_counterpart(nlp):
    text = ("Lorvian Foreign Minister Anton Belsky arrived in Tarsavia on Thursday.\n"
            "He will discuss a series of questions with President Marek Oduya.\n")
    assert any({"Anton Belsky", "Marek Oduya"} <= names(m) for m in meetings(nlp, text))


def test_every_coordinated_name_of_the_with_list_is_a_side(nlp):
    text = ("Lorvian Foreign Minister Anton Belsky arrived in Tarsavia on Thursday.\n"
            "While in the capital, he plans to discuss a series of questions with Acting President Lorenzo "
            "Makenga and Energy and Mines Minister, Ambassador Bruno Dava.\n")
    (talks,) = [m for m in meetings(nlp, text) if "Lorenzo Makenga" in names(m)]
    assert {"Anton Belsky", "Lorenzo Makenga", "Bruno Dava"} <= names(talks)


def test_a_with_that_names_no_one_makes_no_talks(nlp):
    text = "Anton Belsky hopes to discuss fisheries with the region on Thursday.\n"
    assert meetings(nlp, text) == []


def _broken_list(nlp) -> Doc:
    """'he will discuss a series of questions with President Marek Oduya and Trade Minister, Ambassador Piet Halvo .'
    as the parser breaks a long title list: the last name an object of 'discuss' after the 'with' phrase."""
    words = ["he", "will", "discuss", "a", "series", "of", "questions", "with", "President", "Marek", "Oduya", "and",
             "Trade", "Minister", ",", "Ambassador", "Piet", "Halvo", "."]
    heads = [2, 2, 2, 4, 2, 4, 5, 6, 10, 10, 7, 10, 13, 10, 10, 17, 17, 2, 2]
    deps = ["nsubj", "aux", "ROOT", "det", "dobj", "prep", "pobj", "prep", "compound", "compound", "pobj", "cc",
            "compound", "conj", "punct", "compound", "compound", "dobj", "punct"]
    pos = ["PRON", "AUX", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "CCONJ",
           "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT"]
    ents = ["O"] * 9 + ["B-PERSON", "I-PERSON"] + ["O"] * 5 + ["B-PERSON", "I-PERSON", "O"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def test_a_name_split_off_the_with_list_as_an_object_is_one_more_side(nlp):
    doc = _broken_list(nlp)
    assert [t.text for t in topic_partners(doc[2], lambda _: False)] == ["Oduya", "Halvo"]


def test_a_with_under_an_event_noun_is_that_nouns_own(nlp):
    doc = _broken_list(nlp)
    assert list(topic_partners(doc[2], lambda t: t.text == "questions")) == []
