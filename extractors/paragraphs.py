"""``dateline_paragraphs``: a blank line ends a sentence.

News text arrives as paragraphs, captions and credit lines separated by blank lines. The statistical parser
sometimes runs one sentence across a blank line (a caption credit glued to the next paragraph), and every extractor
that works per sentence then sees the wrong clause. Runs before the parser, which keeps boundaries set before it.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc


@Language.component("dateline_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at the first token after any whitespace token holding two or more newlines. The whitespace
    tokens come from one ``IS_SPACE`` array, not from a Token made for every token of the Doc."""
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():
        if doc[i].text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
    return doc
