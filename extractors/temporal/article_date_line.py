"""The page's own date line, told by its shape rather than by its layout.

Fourteen passes added one rule per header layout ('Published: ...', 'By X | date', 'date | Updated ...'), and every
new outlet brought furniture the rules did not expect around its date: a section label and a clock time before it,
a 'Posted:' clock and zone after it, a comment counter after it. What all of them share is the shape of the line: a
short line above the body holding one full date and otherwise only furniture (clock times, zones, numbers,
capitalised labels and names, punctuation, a few furniture words), no prose word. Such a line is the page's date line,
whatever its furniture; the inference (``article_date.py``) takes it as publication evidence after the labelled
rules, so a date line the page prints outranks a date read from a URL's story code. The vocabulary is data
(``data/article_date_line.json``)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .article_date_table import rule_fragments
from .article_date_values import PRODUCTIONS, Stated
from .tables import DATA, alternation, compile_rule

_CONF = json.loads((DATA / "article_date_line.json").read_text(encoding="utf-8"))
_DATES = json.loads((DATA / "article_date.json").read_text(encoding="utf-8"))
RULE_NAME: str = _CONF["date_pattern"]["name"]
MAX_WORDS: int = _CONF["max_words"]
MAX_CHARS: int = _CONF["max_chars"]
PROSE_WORDS: int = _DATES["prose_words"]

_FRAGMENTS = rule_fragments()
_DATE = compile_rule(_CONF["date_pattern"], _FRAGMENTS, PRODUCTIONS)
_CLOCK = re.compile(rf"(?<![\w:.]){_FRAGMENTS['TIME']}(?![\w:])")
_WORD = re.compile(r"[^\W\d_][\w.'’-]*|\d[\d,.:]*")
_FURNITURE = frozenset(w.lower() for w in _CONF["furniture_words"]) | frozenset(
    part for label in _DATES["publication_labels"] + _DATES["update_labels"] for part in label.split())
_UPDATE = re.compile(rf"\b(?i:{alternation(_DATES['update_labels'])})\b")
_CHROME = re.compile(rf"(?i:{alternation(_DATES['chrome_labels'])})\b")
_PROSE_END = re.compile(r"[.!?\"”’)]\s*$")


@dataclass(frozen=True)
class DateLine:
    """The one full date a furniture line holds: its text, what it states and where the match ends in the text."""

    text: str
    value: Stated
    end: int


def is_prose_line(line: str) -> bool:
    """A line of the body, not of the header: at least ``prose_words`` words, closed like a sentence. The header region
    (``article_date.head_end``) and the date lines above the body end at the first such line."""
    return len(line.split()) >= PROSE_WORDS and _PROSE_END.search(line) is not None


def lines_above_body(text: str, cut: int) -> Iterator[tuple[int, str]]:
    """The header's lines (start offset, line) up to the first line of prose: the body's own dates are reported days."""
    start = 0
    while start < cut:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if is_prose_line(line):
            return
        yield start, line
        start = end + 1


def _only_furniture(rest: str) -> bool:
    """Whether what the line holds besides its date is furniture: few words, none of them a lower-case prose word."""
    words = _WORD.findall(_CLOCK.sub(" ", rest))
    if len([w for w in words if not w[0].isdigit()]) > MAX_WORDS:
        return False
    return all(w[0].isdigit() or w[0].isupper() or w.lower().rstrip(".") in _FURNITURE or w.lower() in _FURNITURE
               for w in words)


def furniture_date_lines(text: str, cut: int) -> list[DateLine]:
    """Each header line above the body that holds one full date (a date an update label opens aside) and otherwise
    only furniture, in text order."""
    out = []
    for start, line in lines_above_body(text, cut):
        if len(line.strip()) > MAX_CHARS or _CHROME.search(line):
            continue
        dates = list(_DATE.regex.finditer(line))
        # a date an update label opens, with no other date between them, is the update's
        own = [m for i, m in enumerate(dates) if not _UPDATE.search(line, dates[i - 1].end() if i else 0, m.start())]
        values = {v for m in own if (v := PRODUCTIONS[_DATE.production](m)) is not None}
        if len(values) != 1 or not own:
            continue
        rest = line
        for m in reversed(dates):
            rest = rest[:m.start()] + " " + rest[m.end():]
        if not _only_furniture(rest):
            continue
        first = own[0]
        out.append(DateLine(" ".join(line.split()), values.pop(), start + first.end()))
    return out
