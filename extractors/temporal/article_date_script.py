"""The page's date line printed in another script, read by dateparser.

Why: a page copied from an outlet abroad keeps the outlet's own date line above an English story ('28 <month> 2024
16:16' with the month named in Arabic, Cyrillic or Chinese). The rule table reads English month names only, so such a
page had no date at all, and every event on it lost its days. dateparser knows the month names of some two hundred
languages and their regional calendars; which languages to try follows from the line's script (data:
``data/article_date_script.json``), so a line is never read in a language it cannot be written in, and trying only
those languages keeps the look-up cheap. Only a short header line above the body (``article_date_line``'s header)
whose letters are all of one non-Latin script and that states a year counts, and only a full date with its year: a
line of prose in another script, or a bare month and day, says nothing here.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache

from .article_date_line import DateLine, lines_above_body
from .article_date_values import Stated
from .tables import DATA

_CONF = json.loads((DATA / "article_date_script.json").read_text(encoding="utf-8"))
MAX_CHARS: int = _CONF["max_chars"]
SCRIPTS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _CONF["scripts"].items()}
RULE_NAME = "script_date_line"
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]{4}")
_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first",
             "RETURN_TIME_AS_PERIOD": False}


def script_of(line: str) -> str | None:
    """The one non-Latin script the line's letters are written in (the first word of their Unicode names), else
    None: a Latin letter, or letters of two scripts (CJK ideographs and kana are one writing)."""
    found = set()
    for ch in line:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "").split(" ")[0]
        if name == "LATIN" or not name:
            return None
        found.add("CJK" if name in ("HIRAGANA", "KATAKANA") else name)
    return found.pop() if len(found) == 1 else None


@cache
def _locales(script: str) -> tuple[str, ...]:
    """dateparser's locales of the languages written in ``script``: each language, then its regional variants."""
    from dateparser.data import language_locale_dict

    langs = SCRIPTS.get(script, ())
    return tuple(dict.fromkeys(loc for lang in langs for loc in (lang, *language_locale_dict.get(lang, ()))))


@cache
def _parser(locale: str):
    from dateparser.date import DateDataParser

    return DateDataParser(locales=[locale], settings=_SETTINGS)


def read_script_date(line: str) -> Stated | None:
    """The full date a short non-Latin line states, read in the first of its script's locales that reads it."""
    script = script_of(line)
    if script is None or not _YEAR.search(line):
        return None
    for locale in _locales(script):
        got = _parser(locale).get_date_data(line.strip())
        if got.date_obj is not None and got.period == "day":
            d = got.date_obj.date()
            return Stated(d.month, d.day, d.year)
    return None


def script_date_lines(text: str, cut: int) -> list[DateLine]:
    """Each header line above the body that is a date written in another script, in text order."""
    out = []
    for start, line in lines_above_body(text, cut):
        if not line.strip() or len(line.strip()) > MAX_CHARS:
            continue
        if (value := read_script_date(line)) is not None:
            out.append(DateLine(" ".join(line.split()), value, start + len(line.rstrip())))
    return out
