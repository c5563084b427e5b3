"""Who a title or a relative pronoun points to: a title's country written after 'of' ('President of the Federal
Republic of Germany') is its holder's, so a later 'the German president' finds them; and the object of a relative
clause ('Ana Ruiz, whom John Carter met') is the person the clause hangs on. Made-up text."""

from __future__ import annotations

from made_up_text import run


def _names(event) -> list[str]:
    return [p.name for p in event.participants]


def test_a_title_s_country_after_of_is_the_holder_s_country(nlp):
    """'President of Peru Maria Lopez', 'Hans Weber, President of the Federal Republic of Germany': the country an
    'of' names after the title is the holder's, so a later 'the German president' finds him."""
    from dateline.extractors.people import DocPeople

    doc = nlp("President of Peru Maria Lopez arrived in Berlin on Monday. Hans Weber, President of the Federal "
              "Republic of Germany, welcomed her.")
    people = DocPeople(doc).people
    assert people["Maria Lopez"].country_code == "PE"
    assert people["Hans Weber"].country_code == "DE"


def test_the_national_president_resolves_to_the_holder_named_with_of(nlp):
    text = ("Hans Weber, President of the Federal Republic of Germany, will visit Tokyo on Monday. "
            "In May, John Carter held talks with the German president in Berlin.")
    (talks,) = [e for e in run(nlp, text) if e.event_type == "meeting"]
    assert sorted(_names(talks)) == ["Hans Weber", "John Carter"]


def test_a_relative_pronoun_object_is_the_person_the_clause_hangs_on(nlp):
    """'President Ana Ruiz, whom John Carter met on Saturday': the one met is Ana Ruiz, not nobody."""
    events = run(nlp, "Police escorted President Ana Ruiz, whom John Carter met on Saturday in Lima.")
    (meeting,) = [e for e in events if e.event_type == "meeting"]
    assert sorted(_names(meeting)) == ["Ana Ruiz", "John Carter"]
