"""Who speaks a direct quotation. '"We spoke at length today. He will travel to Lima in June," Weber told
reporters': inside a quotation a third-person pronoun cannot mean the one who speaks it (the speaker says 'I'), so
the pronoun resolver must look past the speaker even when the speaker was the story's last subject. The quotation
is read from the paragraph's quote marks; its speaker is the person subject of a reporting verb right outside it
in the same paragraph (after the closing mark, else before the opening one)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .clauses import reporting_verb

if TYPE_CHECKING:
    from ..people import DocPeople, Person

_OPEN = frozenset({"“"})
_CLOSE = frozenset({"”"})
_BOTH = frozenset({'"', "''", "``"})


@dataclass(frozen=True)
class Quotation:
    """Token range of a quotation's words (``start`` .. ``end``, exclusive) and of its paragraph."""

    start: int
    end: int
    para_start: int
    para_end: int


def _paragraph(tok: Token) -> tuple[int, int]:
    """Token range of ``tok``'s paragraph: between whitespace tokens that hold a line break."""
    doc = tok.doc
    lo = tok.i
    while lo > 0 and "\n" not in doc[lo - 1].text:
        lo -= 1
    hi = tok.i
    while hi < len(doc) and "\n" not in doc[hi].text:
        hi += 1
    return lo, hi


def quotation_of(tok: Token) -> Quotation | None:
    """The direct quotation ``tok`` stands in, if any, read from the quote marks of its paragraph."""
    doc = tok.doc
    lo, hi = _paragraph(tok)
    start: int | None = None
    for t in doc[lo:tok.i]:
        if t.text in _OPEN or t.text in _BOTH and start is None:
            start = t.i + 1
        elif t.text in _CLOSE or t.text in _BOTH:
            start = None
    if start is None:
        return None
    end = next((t.i for t in doc[tok.i:hi] if t.text in _CLOSE or t.text in _BOTH), None)
    return None if end is None else Quotation(start, end, lo, hi)


def speaker_of(q: Quotation, doc_people: DocPeople) -> Person | None:
    """The named subject of a reporting verb outside the quotation in its paragraph ('..., Weber told reporters';
    'Weber said: "..."'): the nearest after the closing mark, else the nearest before the opening one."""
    doc = doc_people.doc
    after = range(q.end + 1, q.para_end)
    before = range(q.start - 2, q.para_start - 1, -1)
    for span in (after, before):
        for i in span:
            t = doc[i]
            if t.text in _OPEN | _CLOSE | _BOTH:
                break  # another quotation: its speaker is not this one's
            if t.dep_ in {"nsubj", "nsubjpass"} and reporting_verb(t.head) and (m := doc_people.at(t)) is not None:
                return m.person
    return None


def quoted_speaker(tok: Token, doc_people: DocPeople) -> Person | None:
    """The speaker of the quotation ``tok`` stands in, when the paragraph names one."""
    q = quotation_of(tok)
    return speaker_of(q, doc_people) if q is not None else None
