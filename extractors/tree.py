"""A parsed Doc walked once: its tokens, its sentences and every token's children, built once per Doc.

Why: spaCy creates a new ``Token`` object each time a Doc or Span is iterated or indexed, and ``doc.sents`` creates
one for every token to find the sentence starts. The extractors used to walk each Doc about a dozen times that way
(profile in ``benchmarks/RESULTS_throughput.md``: a third of ``extract_events`` was spaCy creating ``Token``
objects); ``tokens(doc)``, ``sent_tokens(sent)`` and ``sentences(doc)`` give the same tokens and spans, in the
same order, from lists made once.

``children(tok)`` is ``tuple(tok.children)`` in linear time. spaCy's ``Token.children`` finds a token's children by
walking every token between its leftmost and rightmost descendant, so asking it of a verb that heads a long run-on
sentence costs the sentence's length each time. The event extractors ask it of the verbs governing every trigger
(status, participants, places), which made one sentence with 1,200 triggers quadratic (issue 12,
``benchmarks/long_sentence.py``). Here every child list comes from one pass over the Doc, in spaCy's order (by
position).

Only the last Doc asked about is kept (a weak reference, so the Doc is not held alive), which is all the extractors
need: they work through one Doc at a time.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from spacy.attrs import HEAD

from .pipeline import SOURCE_TEXT, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class _Walk:
    """What one Doc's walk has built so far (each part on first use)."""

    def __init__(self, doc: Doc) -> None:
        self.ref = weakref.ref(doc)
        self.length = len(doc)
        self.tokens: list[Token] = list(doc)
        self.sents: list[Span] | None = None
        self.text: str | None = None
        self.kids: list[tuple[Token, ...]] | None = None


_last: _Walk | None = None


def _walk(doc: Doc) -> _Walk:
    global _last
    if _last is not None and _last.ref() is doc and _last.length == len(doc):
        return _last
    _last = _Walk(doc)
    return _last


def tokens(doc: Doc) -> list[Token]:
    """``list(doc)``, made once per Doc (do not modify it)."""
    return _walk(doc).tokens


def sent_tokens(span: Span) -> list[Token]:
    """``list(span)`` for a span (a sentence) of the Doc, from the Doc's one token list."""
    return _walk(span.doc).tokens[span.start:span.end]


def sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, made once per Doc."""
    walk = _walk(doc)
    if walk.sents is None:
        walk.sents = list(doc.sents)
    return walk.sents


def doc_text(doc: Doc) -> str:
    """``doc.text``, made once per Doc (spaCy joins every token's text again on each access)."""
    walk = _walk(doc)
    if walk.text is None:
        walk.text = text_of(doc)
    return walk.text


def source_text(doc: Doc) -> str:
    """The text the Doc was made from, as written (``pipeline.AsciiApostropheTokenizer`` keeps it), so evidence
    quoted from it is verbatim; else ``doc_text``."""
    return doc.user_data.get(SOURCE_TEXT) or doc_text(doc)


def _index(doc: Doc) -> list[tuple[Token, ...]]:
    walk = _walk(doc)
    if walk.kids is None:
        kids: list[list[Token]] = [[] for _ in range(walk.length)]
        toks = walk.tokens
        # heads as offsets from one array, not a new Token per ``tok.head``; a root's offset is 0
        for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
            if offset:
                kids[i + offset].append(toks[i])
        walk.kids = [tuple(k) for k in kids]
    return walk.kids


def child_lists(doc: Doc) -> list[tuple[Token, ...]]:
    """Every token's children, indexed by ``Token.i`` (``children(tok)`` for all tokens at once)."""
    return _index(doc)


def children(tok: Token) -> tuple[Token, ...]:
    """The syntactic children of ``tok``, in text order, as ``Token.children`` gives them."""
    return _index(tok.doc)[tok.i]


def entity_at(tok: Token) -> Span | None:
    """The named entity ``tok`` is part of ('Rwanda' in 'Rwanda's President'), or None."""
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
