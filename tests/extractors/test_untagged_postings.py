"""A title's posting the model left untagged is no part of its holder's name (``name_spans._past_posting``): 'Prime
Minister of <country> A B' with no entity at all. Hand-built Docs, made-up names only."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc


def _hand_built(words: list[str]) -> Doc:
    """No entities at all, as the small model leaves 'of <country> <Name>' when the two run together."""
    pos = ["PROPN" if w[:1].isupper() else ("ADP" if w == "of" else "VERB") for w in words]
    return Doc(spacy.blank("en").vocab, words=words, pos=pos)  # English lexical attributes (lower_)


def test_untagged_country_of_a_posting_is_no_part_of_the_name() -> None:
    from dateline.extractors.name_spans import _titled_untagged

    doc = _hand_built(["held", "talks", "with", "Prime", "Minister", "of", "Norway", "Ilse", "Marenko", "today"])
    assert [s.text for s in _titled_untagged(doc)] == ["Ilse Marenko"]


def test_posting_of_a_word_no_country_names_reads_no_name() -> None:
    from dateline.extractors.name_spans import _titled_untagged

    doc = _hand_built(["held", "talks", "with", "Minister", "of", "Culture", "Ilse", "Marenko", "today"])
    assert _titled_untagged(doc) == []
