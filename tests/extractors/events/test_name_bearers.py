"""Whose a name is: a family name another person of the page shares, a double-barrelled family name, a long name the
model reads as two. Made-up text and people."""

from __future__ import annotations


def _doc(words, pos, heads, deps, ents, spaces=None):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos, heads=heads, deps=deps, ents=ents)


def test_a_family_name_after_another_given_name_is_another_person():
    from dateline.extractors.name_forms import other_bearers

    # "the Tomo Vasken arrived . Ana Vasken": only the second one tagged
    words = ["the", "Tomo", "Vasken", "arrived", ".", "Ana", "Vasken", "spoke", "."]
    pos = ["DET", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]
    heads = [2, 2, 3, 3, 3, 6, 7, 7, 7]
    deps = ["det", "compound", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "punct"]
    ents = ["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = _doc(words, pos, heads, deps, ents)
    found = other_bearers(doc, {"Vasken": {"Ana Vasken"}}, {5, 6})
    assert [[t.text for t in f] for f in found] == [["Tomo", "Vasken"]]


def test_the_bearer_s_own_given_name_or_a_title_is_no_other_bearer():
    from dateline.extractors.name_forms import other_bearers

    words = ["Ana", "Vasken", "and", "President", "Vasken", "spoke", "."]
    pos = ["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT"]
    heads = [1, 5, 1, 4, 1, 5, 5]
    deps = ["compound", "nsubj", "cc", "compound", "conj", "ROOT", "punct"]
    doc = _doc(words, pos, heads, deps, ["O"] * 7)
    assert other_bearers(doc, {"Vasken": {"Ana Vasken"}}, set()) == []  # 'Ana Vasken' untagged: her own name
    assert other_bearers(doc, {"Vasken": {"Ana Vasken"}}, {0, 1}) == []  # 'President Vasken': a title


def test_a_double_barrelled_family_name_is_one_name():
    from dateline.extractors.name_spans import _with_untagged_tail

    words = ["his", "counterpart", "Maria", "Okonkwo", "-", "Dembele", "and", "Lind", "-", "Weber", "talks"]
    spaces = [True, True, True, False, False, True, True, False, False, True, False]
    pos = ["PRON", "NOUN", "PROPN", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT", "PROPN", "NOUN"]
    heads = [1, 1, 5, 5, 5, 1, 5, 9, 9, 10, 5]
    deps = ["poss", "ROOT", "compound", "compound", "punct", "appos", "cc", "compound", "punct", "compound", "conj"]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O"]
    doc = _doc(words, pos, heads, deps, ents, spaces)
    assert [t.text for t in _with_untagged_tail([doc[2], doc[3]])] == ["Maria", "Okonkwo", "Dembele"]
    assert [t.text for t in _with_untagged_tail([doc[7]])] == ["Lind"]  # 'the Lind-Weber talks': two people


def test_two_person_entities_back_to_back_are_one_long_name():
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from dateline.extractors.name_spans import joined_adjacent_names

    words = ["He", "met", "Governor", "Syed", "Amir", "Ali", "Baig", "and", "Ana", "Ruiz", "."]
    heads = [1, 1, 6, 6, 6, 6, 1, 6, 9, 6, 1]
    deps = ["nsubj", "ROOT", "compound", "compound", "compound", "compound", "dobj", "cc", "compound", "conj",
            "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    ents = [Span(doc, 3, 5, label="PERSON"), Span(doc, 5, 7, label="PERSON"), Span(doc, 8, 10, label="PERSON")]
    joined = joined_adjacent_names(ents)
    assert [e.text for e in joined] == ["Syed Amir Ali Baig", "Ana Ruiz"]


def test_a_list_of_two_names_stays_two():
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from dateline.extractors.name_spans import joined_adjacent_names

    words = ["Ana", "Ruiz", "Hans", "Weber", "arrived"]  # two subjects the parser put side by side
    heads = [1, 4, 3, 1, 4]
    deps = ["compound", "nsubj", "compound", "appos", "ROOT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 2, 4, label="PERSON")]
    assert len(joined_adjacent_names(ents)) == 2
