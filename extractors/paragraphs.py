"""``dateline_paragraphs``: a blank line ends a sentence, and so does a line break after a finished line.

News text arrives as paragraphs, captions and credit lines separated by blank lines. The statistical parser
sometimes runs one sentence across a blank line (a caption credit glued to the next paragraph), and every extractor
that works per sentence then sees the wrong clause. Runs before the parser, which keeps boundaries set before it.

A single line break ends a sentence too when the line before it is finished and the next begins as a sentence does
(``line_ends_sentence``): a page's heading block in capitals ("VISIT BY PRESIDENT X OF Y, 3 TO 4 MAY") or a photo
credit was read as the subject of the first sentence of the story, so the event that sentence tells had no clause of
its own. Hard-wrapped text (a line ends mid-sentence, often on a name: "met his counterpart Ana" / "Ortiz on
Wednesday") never ends a line that way, so it is left alone.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

# the last token of a finished line: a split-off full stop (an abbreviation such as "Wash." keeps its stop in the
# token), a question or exclamation mark, a colon, a closing quote or bracket ("(AP File photo)")
_LINE_END_TOKENS = frozenset({".", "!", "?", ":", '"', "\u201d", "\u2019", "'", ")", "]"})


def line_ends_sentence(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a whitespace token holding one line break: does a sentence start at ``doc[i + 1]``? Yes when the
    next line begins as a sentence does (not lower case) and the line before is finished: it ends on a full stop,
    colon, closing quote or bracket, or it has no lower-case letter at all (a heading, a date line). A list item
    after its heading is not split off: a bullet under a headline ("X cancels trip" / "• A and B were on the
    itinerary") was then read as a clause of its own and gave events no reader counts."""
    if i == 0 or doc[i + 1].is_space:
        return False
    text = doc.text
    start = doc[i + 1].idx
    end_of_next = text.find("\n", start)
    nxt = text[start:end_of_next if end_of_next >= 0 else len(text)].strip()
    if not nxt or nxt[0].islower():
        return False
    last = doc[i - 1]
    if last.is_space:
        return False
    line = text[text.rfind("\n", 0, last.idx) + 1:last.idx + len(last.text)].strip()
    if last.text in _LINE_END_TOKENS:
        return True
    return any(ch.isalpha() for ch in line) and not any(ch.islower() for ch in line)


@Language.component("dateline_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at the first token after any whitespace token holding two or more newlines, or one newline
    after a finished line (``line_ends_sentence``). The whitespace tokens come from one ``IS_SPACE`` array, not from
    a Token made for every token of the Doc."""
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():
        breaks = doc[i].text.count("\n")
        if breaks >= 2 or breaks == 1 and line_ends_sentence(doc, i):
            doc[i + 1].is_sent_start = True
    return doc
