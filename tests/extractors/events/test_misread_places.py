"""A place the small model tags PERSON (issue 11, twenty-second pass): a 'person' whose name the gazetteer knows as
a place and whom the article only ever puts in a place slot is a place; one who also acts, or carries a title, stays
a person. On hand-built Docs, so the test does not depend on what the model tags."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.extractors.people import DocPeople

_LEMMAS = {"flew": "fly", "visited": "visit", "wrote": "write", "said": "say"}


def _doc(nlp, rows, ents):
    """A Doc from (word, head, dep, pos) rows and (start, end, label) entities."""
    words = [r[0] for r in rows]
    doc = Doc(nlp.vocab, words=words, lemmas=[_LEMMAS.get(w, w.lower()) for w in words], heads=[r[1] for r in rows],
              deps=[r[2] for r in rows], pos=[r[3] for r in rows], spaces=[True] * len(rows))
    doc.ents = [Span(doc, s, e, label) for s, e, label in ents]
    return doc


# "Ana Weber flew to Alba Iulia ." with the town tagged PERSON
FLEW_TO = [("Ana", 1, "compound", "PROPN"), ("Weber", 2, "nsubj", "PROPN"), ("flew", 2, "ROOT", "VERB"),
           ("to", 2, "prep", "ADP"), ("Alba", 5, "compound", "PROPN"), ("Iulia", 3, "pobj", "PROPN"),
           (".", 2, "punct", "PUNCT")]


def test_a_multi_word_place_tagged_a_person_in_a_place_slot_is_no_person(nlp):
    doc = _doc(nlp, FLEW_TO, [(0, 2, "PERSON"), (4, 6, "PERSON")])
    people = DocPeople(doc)
    assert not people.is_person_token(doc[5]) and not people.is_person_token(doc[4])
    assert people.is_person_token(doc[1])


def test_a_province_tagged_a_person_after_a_visit_is_no_person(nlp):
    rows = [("Ana", 1, "compound", "PROPN"), ("Weber", 2, "nsubj", "PROPN"), ("visited", 2, "ROOT", "VERB"),
            ("Tarragona", 4, "compound", "PROPN"), ("Province", 2, "dobj", "PROPN"), (".", 2, "punct", "PUNCT")]
    doc = _doc(nlp, rows, [(0, 2, "PERSON"), (3, 5, "PERSON")])
    assert not DocPeople(doc).is_person_token(doc[4])


def test_a_name_that_also_acts_stays_a_person(nlp):
    # "... flew to Alba Iulia . Alba Iulia said no ." : the same name speaks, so it is someone
    rows = FLEW_TO + [("Alba", 8, "compound", "PROPN"), ("Iulia", 9, "nsubj", "PROPN"), ("said", 9, "ROOT", "VERB"),
                      ("no", 9, "dobj", "INTJ"), (".", 9, "punct", "PUNCT")]
    doc = _doc(nlp, rows, [(0, 2, "PERSON"), (4, 6, "PERSON"), (7, 9, "PERSON")])
    people = DocPeople(doc)
    assert people.is_person_token(doc[5]) and people.is_person_token(doc[8])


def test_a_titled_name_in_a_place_slot_stays_a_person(nlp):
    # "Ana Weber wrote to President Alba Iulia ."
    rows = [("Ana", 1, "compound", "PROPN"), ("Weber", 2, "nsubj", "PROPN"), ("wrote", 2, "ROOT", "VERB"),
            ("to", 2, "prep", "ADP"), ("President", 6, "compound", "PROPN"), ("Alba", 6, "compound", "PROPN"),
            ("Iulia", 3, "pobj", "PROPN"), (".", 2, "punct", "PUNCT")]
    doc = _doc(nlp, rows, [(0, 2, "PERSON"), (5, 7, "PERSON")])
    assert DocPeople(doc).is_person_token(doc[6])


# "Ana Weber praised Skill Peru . Investors in Peru agreed ." with the campaign tagged PERSON
CAMPAIGN = [("Ana", 1, "compound", "PROPN"), ("Weber", 2, "nsubj", "PROPN"), ("praised", 2, "ROOT", "VERB"),
            ("Skill", 4, "compound", "PROPN"), ("Peru", 2, "dobj", "PROPN"), (".", 2, "punct", "PUNCT"),
            ("Investors", 9, "nsubj", "NOUN"), ("in", 6, "prep", "ADP"), ("Peru", 7, "pobj", "PROPN"),
            ("agreed", 9, "ROOT", "VERB"), (".", 9, "punct", "PUNCT")]


def test_a_country_the_page_puts_in_a_place_slot_is_no_short_name(nlp):
    doc = _doc(nlp, CAMPAIGN, [(0, 2, "PERSON"), (3, 5, "PERSON")])
    assert not DocPeople(doc).is_person_token(doc[8])


def test_a_country_named_surname_stays_the_persons_short_name(nlp):
    # "Ana Peru praised Lima . Peru agreed ." : no place slot holds the bare word, so it is her
    rows = [("Ana", 1, "compound", "PROPN"), ("Peru", 2, "nsubj", "PROPN"), ("praised", 2, "ROOT", "VERB"),
            ("Lima", 2, "dobj", "PROPN"), (".", 2, "punct", "PUNCT"), ("Peru", 6, "nsubj", "PROPN"),
            ("agreed", 6, "ROOT", "VERB"), (".", 6, "punct", "PUNCT")]
    doc = _doc(nlp, rows, [(0, 2, "PERSON")])
    assert DocPeople(doc).at(doc[5]).person.name == "Ana Peru"


def test_a_surname_the_gazetteer_reads_as_a_country_code_stays_the_persons(nlp):
    # "Lin Ma praised Lima . Ana Weber wrote to Ma ." : 'Ma' is a code the gazetteer knows, not a country's name
    rows = [("Lin", 1, "compound", "PROPN"), ("Ma", 2, "nsubj", "PROPN"), ("praised", 2, "ROOT", "VERB"),
            ("Lima", 2, "dobj", "PROPN"), (".", 2, "punct", "PUNCT"), ("Ana", 6, "compound", "PROPN"),
            ("Weber", 7, "nsubj", "PROPN"), ("wrote", 7, "ROOT", "VERB"), ("to", 7, "prep", "ADP"),
            ("Ma", 8, "pobj", "PROPN"), (".", 7, "punct", "PUNCT")]
    doc = _doc(nlp, rows, [(0, 2, "PERSON"), (5, 7, "PERSON")])
    assert DocPeople(doc).at(doc[9]).person.name == "Lin Ma"
