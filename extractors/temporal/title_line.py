"""The temporal expressions of a page's title line, which the .txt reader strips from the text the parser reads.

Why: a saved page often opens with its date ("Wed, Mar 14, 2012 - Page 3 Local News", "Fri, 07 Feb 2003") or with a
headline that names a day ("What the minister did in Velmora on February 4"). The reader takes that first line as the
title (``ingest.split_txt``), so the body's Doc never holds it and the timex table had no row for a date every reader
of the page sees first. Article-date inference already reads the title as evidence; this reads it for timexes with
the same rule table, resolved against the same anchor as the body's.

The title is tokenised by a blank English pipeline, not parsed: a title is a fragment the parser reads badly, the
model would cost a second pass per article, and the rows a title carries are dates written out, which the rules find
without entities or tenses (a bare weekday or month takes its nearest occurrence, as with no parse anywhere).
The rows go to the timex table only: events are dated from the body, where a headline's day is told again.

The reader strips a `` date YYYY-MM-DD`` header line too (``ingest.split_txt`` keeps only its date, as
``header_date``): a date every reader of the page sees, annotated as one by both real-news golds when they annotate
it (never with another value), so it has its row as the title's do (``header_timexes``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache

from spacy.language import Language

from ..records import Timex
from .component import SPANS_KEY
from .detect import TEMPORAL_HINT, detect
from .resolve import default_rules, resolve_timexes

TITLE_NOTE = "in the title (offsets into the title)"
HEADER_NOTE = "the header line's date (the reader strips the line; offsets into the date)"
HEADER_RULE = "header_line"  # the rule name of a header row: the timex table gives it an id of its own


@lru_cache(maxsize=1)
def _blank() -> Language:
    """spaCy's blank English pipeline: the model's tokenizer rules without its cost."""
    import spacy

    return spacy.blank("en")


def title_timexes(title: str | None, anchor: date | None) -> tuple[Timex, ...]:
    """Each temporal expression of ``title`` resolved against ``anchor``, its offsets into the title and its note
    saying so; none for no title or one with no time word."""
    if not title or not TEMPORAL_HINT.search(title):
        return ()
    doc = _blank().make_doc(title)
    doc.spans[SPANS_KEY] = detect(doc, default_rules(), use_entities=False)
    return tuple(replace(t, note=TITLE_NOTE if t.note is None else f"{t.note}; {TITLE_NOTE}")
                 for t in resolve_timexes(doc, anchor))


def header_timexes(header: date | None) -> tuple[Timex, ...]:
    """The header line's date as a timex (its ISO text, as the line writes it); none for a page with no header line.
    Not resolved: the line writes a full date, which is its own value."""
    if header is None:
        return ()
    text = header.isoformat()
    return (Timex(0, len(text), text, "DATE", text, start_date=header, end_date=header, granularity="day",
                  rule=HEADER_RULE, note=HEADER_NOTE),)
