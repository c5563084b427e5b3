"""``pipeline.ascii_apostrophes``: the tokenizer's input, with typographic apostrophes made ASCII and nothing else."""

from __future__ import annotations

import pytest

from dateline.extractors.pipeline import TYPOGRAPHIC_APOSTROPHES, ascii_apostrophes

TABLE = str.maketrans({mark: "'" for mark in TYPOGRAPHIC_APOSTROPHES})


@pytest.mark.parametrize("text", [
    "The envoy’s ‘short’ visit — to Malmö — was postponed, aides said.",
    "Oʼneill met the mayor of Zürich… on Friday “as planned”.",
    "‘’ʼ’", "", "café", "plain ASCII text, 'quoted' already",
])
def test_only_the_typographic_apostrophes_change(text: str) -> None:
    assert ascii_apostrophes(text) == text.translate(TABLE)
    assert len(ascii_apostrophes(text)) == len(text)  # offsets into the Doc are offsets into the input


def test_ascii_text_is_returned_as_it_is() -> None:
    text = "Leaders met in Accra on Monday."
    assert ascii_apostrophes(text) is text
