"""``tree.children`` gives what ``Token.children`` gives (same tokens, same order), from a per-Doc index."""

from __future__ import annotations

import pytest

from dateline.extractors.tree import children, doc_text, sent_tokens, sentences, tokens


@pytest.fixture(scope="module")
def nlp():
    from dateline.extractors.pipeline import load_nlp

    return load_nlp()


def test_children_match_spacy_on_made_up_text(nlp) -> None:
    texts = ["The envoy met the minister in Quito on Monday, and she will fly to Oslo next week for more talks.",
             "Talks that were due on Friday were called off, officials said, but the two sides may meet later.",
             ", and ".join(["Ana Ruiz met Bo Lind in Lisbon for talks"] * 40) + "."]
    for doc in nlp.pipe(texts):
        for tok in doc:
            assert children(tok) == tuple(tok.children)


def test_index_follows_the_doc_asked_about(nlp) -> None:
    first, second = nlp("Leaders met in Accra."), nlp("The minister flew home on Sunday after the summit.")
    for doc in (first, second, first):
        assert [children(t) for t in doc] == [tuple(t.children) for t in doc]


def test_walk_gives_spacy_tokens_sentences_and_text(nlp) -> None:
    texts = ["The envoy met the minister in Quito on Monday. She will fly to Oslo next week.\n\nTalks resume then.",
             "Leaders met in Accra.", ""]
    for doc in nlp.pipe(texts):
        assert [t.i for t in tokens(doc)] == [t.i for t in doc]
        assert [(s.start, s.end) for s in sentences(doc)] == [(s.start, s.end) for s in doc.sents]
        assert all([t.i for t in sent_tokens(s)] == [t.i for t in s] for s in doc.sents)
        assert doc_text(doc) == doc.text


def test_the_doc_text_comes_from_the_tokenizer_input_and_the_source_is_kept_as_written(nlp):
    from dateline.extractors.pipeline import text_of
    from dateline.extractors.tree import source_text

    written = "The minister’s visit to Lisbon ‘was postponed’, aides said.\n\nShe will travel on Friday."
    doc = nlp(written)
    assert text_of(doc) == doc.text == doc_text(doc) == written.replace("’", "'").replace("‘", "'")
    assert source_text(doc) == written
    plain = nlp.make_doc("no source kept")
    plain.user_data.clear()
    assert text_of(plain) == "no source kept" == source_text(plain)
