"""An event named as what a journey is for (``status_cues.journey_purpose``) and its 'for' after an arrival, which
the merge reads (``status_cues.arrival_purpose``): one check, so a word the tagger does not take for a verb is
neither. Hand-built Docs of made-up sentences (no statistical model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dateline.extractors.events.status_cues import arrival_purpose, journey_purpose

VOCAB = spacy.blank("en").vocab


def _doc(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """rows: (word, head index, dep, pos, tag, lemma)."""
    words, heads, deps, pos, tags, lemmas = map(list, zip(*rows, strict=True))
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def _arrived_for(noun: str, verb_pos: str = "VERB", verb_tag: str = "VBD") -> Doc:
    """She arrived on Monday for <noun> ."""
    return _doc([
        ("She", 1, "nsubj", "PRON", "PRP", "she"), ("arrived", 1, "ROOT", verb_pos, verb_tag, "arrive"),
        ("on", 1, "prep", "ADP", "IN", "on"), ("Monday", 2, "pobj", "PROPN", "NNP", "Monday"),
        ("for", 1, "prep", "ADP", "IN", "for"), (noun, 4, "pobj", "NOUN", "NN", noun),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])


def _to_attend(verb: str, lemma: str) -> Doc:
    """She <verb> to attend the summit ."""
    return _doc([
        ("She", 1, "nsubj", "PRON", "PRP", "she"), (verb, 1, "ROOT", "VERB", "VBD", lemma),
        ("to", 3, "aux", "PART", "TO", "to"), ("attend", 1, "advcl", "VERB", "VB", "attend"),
        ("the", 5, "det", "DET", "DT", "the"), ("summit", 3, "dobj", "NOUN", "NN", "summit"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])


def test_the_purpose_of_an_arrival_through_for_is_read_by_both() -> None:
    talks = _arrived_for("talks")[5]
    assert journey_purpose(talks) == "arrival"
    assert arrival_purpose(talks)


@pytest.mark.parametrize("pos, tag", [("ADJ", "JJ"), ("NOUN", "NN")])
def test_a_head_the_tagger_does_not_take_for_a_verb_is_no_journey(pos: str, tag: str) -> None:
    talks = _arrived_for("talks", pos, tag)[5]
    assert journey_purpose(talks) is None
    assert not arrival_purpose(talks)


def test_a_trip_named_as_the_purpose_is_the_journey_itself() -> None:
    visit = _arrived_for("visit")[5]
    assert journey_purpose(visit) is None
    assert not arrival_purpose(visit)


def test_a_to_clause_is_a_journey_s_purpose_but_not_the_arrival_s_for() -> None:
    assert journey_purpose(_to_attend("left", "leave")[5]) == "departure"
    arrived = _to_attend("arrived", "arrive")[5]
    assert journey_purpose(arrived) == "arrival"
    assert not arrival_purpose(arrived)
