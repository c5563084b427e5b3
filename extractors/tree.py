"""Child lists of a parsed Doc, built once per Doc: ``children(tok)`` is ``tuple(tok.children)`` in linear time.

spaCy's ``Token.children`` finds a token's children by walking every token between its leftmost and rightmost
descendant, so asking it of a verb that heads a long run-on sentence costs the sentence's length each time. The
event extractors ask it of the verbs governing every trigger (status, participants, places), which made one sentence
with 1,200 triggers quadratic (issue 12, ``benchmarks/long_sentence.py``). Here every child list comes from one pass
over the Doc, in spaCy's order (by position). The index of the last Doc asked about is kept (a weak reference, so
the Doc is not held alive), which is all the extractors need: they work through one Doc at a time.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_last: tuple[weakref.ref, int, list[tuple[Token, ...]]] | None = None


def _index(doc: Doc) -> list[tuple[Token, ...]]:
    global _last
    if _last is not None and _last[0]() is doc and _last[1] == len(doc):
        return _last[2]
    kids: list[list[Token]] = [[] for _ in range(len(doc))]
    for tok in doc:
        if tok.head.i != tok.i:
            kids[tok.head.i].append(tok)
    index = [tuple(k) for k in kids]
    _last = (weakref.ref(doc), len(doc), index)
    return index


def children(tok: Token) -> tuple[Token, ...]:
    """The syntactic children of ``tok``, in text order, as ``Token.children`` gives them."""
    return _index(tok.doc)[tok.i]
